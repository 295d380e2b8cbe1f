using System.Collections.Immutable;
using NetworkAdvisor.Import;

namespace NetworkAdvisor.Model;

/// <summary>
/// Everything read from one LinkedIn export, plus an account of what was read: recognised files
/// with row counts, skipped files and rejected rows. Nothing is dropped silently.
/// </summary>
/// <param name="Source">The path the export was read from (zip, folder or CSV file).</param>
/// <param name="Connections">First-degree connections, in file order.</param>
/// <param name="Invitations">Pending invitations.</param>
/// <param name="Messages">Messages from every messages file (parts are concatenated).</param>
/// <param name="Positions">The owner's jobs.</param>
/// <param name="Profile">The owner's profile, when the export has one.</param>
/// <param name="Endorsements">Endorsements received.</param>
/// <param name="Recommendations">Recommendations received.</param>
/// <param name="Skills">The owner's skills.</param>
/// <param name="CompanyFollows">Companies the owner follows.</param>
/// <param name="Files">Every recognised file and its row counts.</param>
/// <param name="Skipped">Paths of files the reader does not use (not an error).</param>
/// <param name="Issues">Every rejected row, with file, line and reason.</param>
public sealed record ExportBundle(
    string Source,
    ImmutableArray<Connection> Connections,
    ImmutableArray<Invitation> Invitations,
    ImmutableArray<Message> Messages,
    ImmutableArray<Position> Positions,
    Profile? Profile,
    ImmutableArray<Endorsement> Endorsements,
    ImmutableArray<Recommendation> Recommendations,
    ImmutableArray<Skill> Skills,
    ImmutableArray<CompanyFollow> CompanyFollows,
    ImmutableArray<ImportedFile> Files,
    ImmutableArray<string> Skipped,
    ImmutableArray<ImportIssue> Issues)
{
    /// <summary>An empty bundle for <paramref name="source"/>; use <c>with</c> to fill it.</summary>
    /// <param name="source">Where the data came from (or a label for generated data).</param>
    /// <returns>A bundle with every list empty and no profile.</returns>
    public static ExportBundle Empty(string source) => new(
        source, [], [], [], [], null, [], [], [], [], [], [], []);
}
