using System.Collections.Immutable;
using System.Security.Cryptography;
using System.Text;
using NetworkAdvisor.Model;

namespace NetworkAdvisor.Reports;

/// <summary>
/// Replaces people with stable pseudonyms before analysis, so nothing personal reaches a shared report:
/// names become "Person 3f9a1c" (the same person always gets the same pseudonym, in connections,
/// messages and invitations), profile URLs become opaque <c>anon:</c> keys that still match across files,
/// e-mail addresses and message texts are removed. Companies and job titles stay: they are what the
/// analysis is about.
/// </summary>
public static class Anonymizer
{
    /// <summary>Anonymises an export.</summary>
    /// <param name="bundle">The export as read.</param>
    /// <returns>The same export with people replaced by pseudonyms.</returns>
    public static ExportBundle Apply(ExportBundle bundle)
    {
        ArgumentNullException.ThrowIfNull(bundle);
        return bundle with
        {
            Source = "anonymised export",
            Connections = [.. bundle.Connections.Select(c => c.IsHidden ? c : c with
            {
                FirstName = Pseudonym(c.ProfileUrl, c.FullName),
                LastName = string.Empty,
                ProfileUrl = Url(c.ProfileUrl),
                Email = string.Empty,
            })],
            Invitations = [.. bundle.Invitations.Select(i => i with
            {
                From = Pseudonym(i.InviterProfileUrl, i.From),
                To = Pseudonym(i.InviteeProfileUrl, i.To),
                InviterProfileUrl = Url(i.InviterProfileUrl),
                InviteeProfileUrl = Url(i.InviteeProfileUrl),
            })],
            Messages = [.. bundle.Messages.Select(m => m with
            {
                ConversationTitle = string.Empty,
                From = Pseudonym(m.SenderProfileUrl, m.From),
                SenderProfileUrl = Url(m.SenderProfileUrl),
                To = string.Join(", ", m.To.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries).Select(name => Pseudonym(string.Empty, name))),
                RecipientProfileUrls = string.Join(",", m.RecipientProfileUrls.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries).Select(Url)),
                Subject = string.Empty,
                Content = string.Empty,
            })],
            Profile = bundle.Profile is { } p ? p with { FirstName = "You", LastName = string.Empty, Summary = string.Empty } : null,
            Endorsements = [.. bundle.Endorsements.Select(e => e with
            {
                EndorserFirstName = Pseudonym(e.EndorserProfileUrl, e.EndorserFirstName + " " + e.EndorserLastName),
                EndorserLastName = string.Empty,
                EndorserProfileUrl = Url(e.EndorserProfileUrl),
            })],
            Recommendations = [.. bundle.Recommendations.Select(r => r with
            {
                FirstName = Pseudonym(string.Empty, r.FirstName + " " + r.LastName),
                LastName = string.Empty,
                Text = string.Empty,
            })],
            Issues = [.. bundle.Issues.Select(i => i with { Excerpt = "(hidden: anonymised)" })],
        };
    }

    /// <summary>The pseudonym of a person: from the profile URL when there is one, else from the name.</summary>
    /// <param name="profileUrl">The profile URL (may be empty).</param>
    /// <param name="name">The name.</param>
    /// <returns>"Person xxxxxx", or empty when both are empty.</returns>
    public static string Pseudonym(string profileUrl, string name)
    {
        var key = ProfileUrl.Normalize(profileUrl);
        if (key.Length == 0)
        {
            key = "name:" + string.Join(' ', name.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)).ToLowerInvariant();
            if (key.Length == "name:".Length)
            {
                return string.Empty;
            }
        }

        return "Person " + Hash(key)[..6];
    }

    private static string Url(string url)
    {
        var key = ProfileUrl.Normalize(url);
        return key.Length == 0 ? string.Empty : "anon:" + Hash(key)[..12];
    }

    private static string Hash(string text) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));
}
