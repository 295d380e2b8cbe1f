using System.Collections.Immutable;
using NetworkAdvisor.Model;

namespace NetworkAdvisor.Import;

/// <summary>What an export holds and what reading it cost: the counts a user checks first.</summary>
/// <param name="Source">The path that was read.</param>
/// <param name="Connections">Connections loaded.</param>
/// <param name="HiddenProfiles">Connections with a date only (hidden or closed profiles).</param>
/// <param name="Invitations">Invitations loaded (0 when the file is absent).</param>
/// <param name="Messages">Messages loaded (0 when absent).</param>
/// <param name="Positions">Positions loaded (0 when absent).</param>
/// <param name="Endorsements">Endorsements received (0 when absent).</param>
/// <param name="Recommendations">Recommendations received (0 when absent).</param>
/// <param name="Skills">Skills (0 when absent).</param>
/// <param name="CompanyFollows">Companies followed (0 when absent).</param>
/// <param name="HasProfile">True when the export has the owner's profile.</param>
/// <param name="FirstConnectedOn">Earliest connection date, or null when there are no connections.</param>
/// <param name="LastConnectedOn">Latest connection date, or null when there are no connections.</param>
/// <param name="Files">Recognised files with their row counts.</param>
/// <param name="Skipped">Files not used.</param>
/// <param name="Rejected">Every rejected row.</param>
public sealed record ImportSummary(
    string Source,
    int Connections,
    int HiddenProfiles,
    int Invitations,
    int Messages,
    int Positions,
    int Endorsements,
    int Recommendations,
    int Skills,
    int CompanyFollows,
    bool HasProfile,
    DateOnly? FirstConnectedOn,
    DateOnly? LastConnectedOn,
    ImmutableArray<ImportedFile> Files,
    ImmutableArray<string> Skipped,
    ImmutableArray<ImportIssue> Rejected)
{
    /// <summary>Summarises a bundle.</summary>
    /// <param name="bundle">A bundle from <see cref="ExportReader"/>.</param>
    /// <returns>The summary.</returns>
    public static ImportSummary Of(ExportBundle bundle)
    {
        ArgumentNullException.ThrowIfNull(bundle);
        // One pass over the connections (a million at team scale).
        var hidden = 0;
        DateOnly? first = null, last = null;
        foreach (var connection in bundle.Connections)
        {
            hidden += connection.IsHidden ? 1 : 0;
            first = first is { } f && f <= connection.ConnectedOn ? f : connection.ConnectedOn;
            last = last is { } l && l >= connection.ConnectedOn ? l : connection.ConnectedOn;
        }

        return new ImportSummary(
            bundle.Source,
            bundle.Connections.Length,
            hidden,
            bundle.Invitations.Length,
            bundle.Messages.Length,
            bundle.Positions.Length,
            bundle.Endorsements.Length,
            bundle.Recommendations.Length,
            bundle.Skills.Length,
            bundle.CompanyFollows.Length,
            bundle.Profile is not null,
            first,
            last,
            bundle.Files,
            bundle.Skipped,
            bundle.Issues);
    }
}
