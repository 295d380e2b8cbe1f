using System.IO.Compression;
using System.Text;
using NetworkAdvisor.Model;

namespace NetworkAdvisor.Export;

/// <summary>
/// Writes an <see cref="ExportBundle"/> as a LinkedIn export in today's format (UTF-8 without BOM,
/// LF line ends, no final newline), as a folder or a zip archive. The output depends only on the
/// bundle, so the same bundle always gives the same bytes.
/// </summary>
public static class ExportWriter
{
    private static readonly UTF8Encoding Utf8NoBom = new(encoderShouldEmitUTF8Identifier: false);

    /// <summary>Renders every file of the export; files whose lists are empty are still written with their header.</summary>
    /// <param name="bundle">What to write.</param>
    /// <returns>The files in LinkedIn's names, in a fixed order.</returns>
    public static IReadOnlyList<ExportFile> Render(ExportBundle bundle)
    {
        ArgumentNullException.ThrowIfNull(bundle);
        var files = new List<ExportFile>
        {
            new ExportFile("Connections.csv", ConnectionsCsv.Render(bundle.Connections, ConnectionsEra.Current)),
            Csv(
                "Invitations.csv",
                ["From", "To", "Sent At", "Message", "Direction", "inviterProfileUrl", "inviteeProfileUrl"],
                bundle.Invitations.Select(i => new[]
                {
                    i.From, i.To, ExportFormats.InvitationSentAt(i.SentAt), i.Message,
                    i.Direction switch { InvitationDirection.Incoming => "INCOMING", InvitationDirection.Outgoing => "OUTGOING", _ => string.Empty },
                    i.InviterProfileUrl, i.InviteeProfileUrl,
                })),
            Csv(
                "messages.csv",
                ["CONVERSATION ID", "CONVERSATION TITLE", "FROM", "SENDER PROFILE URL", "TO", "RECIPIENT PROFILE URLS", "DATE", "SUBJECT", "CONTENT", "FOLDER"],
                bundle.Messages.Select(m => new[]
                {
                    m.ConversationId, m.ConversationTitle, m.From, m.SenderProfileUrl, m.To, m.RecipientProfileUrls,
                    ExportFormats.MessageDate(m.SentAt), m.Subject, m.Content, m.Folder,
                })),
            Csv(
                "Positions.csv",
                ["Company Name", "Title", "Description", "Location", "Started On", "Finished On"],
                bundle.Positions.Select(p => new[]
                {
                    p.CompanyName, p.Title, p.Description, p.Location, ExportFormats.PositionDate(p.StartedOn), ExportFormats.PositionDate(p.FinishedOn),
                })),
            Csv(
                "Profile.csv",
                ["First Name", "Last Name", "Maiden Name", "Address", "Birth Date", "Headline", "Summary", "Industry", "Zip Code", "Geo Location", "Twitter Handles", "Websites", "Instant Messengers"],
                bundle.Profile is { } p
                    ? [[p.FirstName, p.LastName, string.Empty, string.Empty, string.Empty, p.Headline, p.Summary, p.Industry, string.Empty, p.GeoLocation, string.Empty, string.Empty, string.Empty]]
                    : []),
            Csv(
                "Endorsement_Received_Info.csv",
                ["Endorsement Date", "Skill Name", "Endorser First Name", "Endorser Last Name", "Endorser Public Url", "Endorsement Status"],
                bundle.Endorsements.Select(e => new[]
                {
                    ExportFormats.EndorsementDate(e.EndorsedOn), e.SkillName, e.EndorserFirstName, e.EndorserLastName, e.EndorserProfileUrl, e.Status,
                })),
            Csv(
                "Recommendations_Received.csv",
                ["First Name", "Last Name", "Company", "Job Title", "Text", "Creation Date", "Status"],
                bundle.Recommendations.Select(r => new[]
                {
                    r.FirstName, r.LastName, r.Company, r.JobTitle, r.Text, ExportFormats.RecommendationDate(r.CreatedAt), r.Status,
                })),
            Csv("Skills.csv", ["Name"], bundle.Skills.Select(s => new[] { s.Name })),
            Csv(
                "Company Follows.csv",
                ["Organization", "Followed On"],
                bundle.CompanyFollows.Select(f => new[] { f.Organization, ExportFormats.FollowedOn(f.FollowedOn) })),
        };
        return files;
    }

    /// <summary>Writes the export's files into <paramref name="folder"/> (created when missing).</summary>
    /// <param name="bundle">What to write.</param>
    /// <param name="folder">The target folder.</param>
    public static void WriteFolder(ExportBundle bundle, string folder)
    {
        Directory.CreateDirectory(folder);
        foreach (var file in Render(bundle))
        {
            File.WriteAllBytes(Path.Combine(folder, file.Name), file.Content);
        }
    }

    /// <summary>Writes the export as a zip archive with every entry dated <paramref name="timestamp"/>, so the bytes are reproducible.</summary>
    /// <param name="bundle">What to write.</param>
    /// <param name="zipPath">The archive to create or overwrite.</param>
    /// <param name="timestamp">The entries' modification time (e.g. the export date).</param>
    public static void WriteZip(ExportBundle bundle, string zipPath, DateTime timestamp)
    {
        using var stream = File.Create(zipPath);
        WriteZip(Render(bundle), stream, timestamp);
    }

    /// <summary>Writes <paramref name="files"/> as a zip archive into <paramref name="stream"/>.</summary>
    /// <param name="files">The files.</param>
    /// <param name="stream">Where to write the archive.</param>
    /// <param name="timestamp">The entries' modification time.</param>
    public static void WriteZip(IEnumerable<ExportFile> files, Stream stream, DateTime timestamp)
    {
        ArgumentNullException.ThrowIfNull(files);
        using var archive = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true);
        // Zip timestamps can only hold 1980-2107.
        var clamped = timestamp < new DateTime(1980, 1, 1) ? new DateTime(1980, 1, 1) : timestamp > new DateTime(2107, 12, 31) ? new DateTime(2107, 12, 31) : timestamp;
        var stamp = new DateTimeOffset(DateTime.SpecifyKind(clamped, DateTimeKind.Unspecified), TimeSpan.Zero);
        foreach (var file in files)
        {
            var entry = archive.CreateEntry(file.Name, CompressionLevel.Optimal);
            entry.LastWriteTime = stamp;
            using var entryStream = entry.Open();
            entryStream.Write(file.Content);
        }
    }

    private static ExportFile Text(string name, string text) => new(name, Utf8NoBom.GetBytes(text));

    private static ExportFile Csv(string name, string[] header, IEnumerable<string[]> rows) =>
        Text(name, CsvText.Join(rows.Prepend(header)));
}
