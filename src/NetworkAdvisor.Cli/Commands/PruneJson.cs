using System.Collections.Immutable;
using NetworkAdvisor.Analysis;

namespace NetworkAdvisor.Cli.Commands;

/// <summary>The JSON shape of <c>prune --format json</c>: the counts and the first candidates.</summary>
internal sealed record PruneJson(
    int Considered,
    int Candidates,
    int ProtectedColleagues,
    int ProtectedKeepers,
    bool MessagesAvailable,
    IReadOnlyList<PruneJson.CandidateRow> Top)
{
    public static PruneJson From(PruneResult result, IEnumerable<PruneCandidate> shown) => new(
        result.Considered,
        result.Candidates.Length,
        result.ProtectedColleagues,
        result.ProtectedKeepers,
        result.MessagesAvailable,
        [.. shown.Select(c => new CandidateRow(
            c.Connection.Connection.FullName,
            c.Connection.Connection.ProfileUrl,
            c.Connection.Connection.Company,
            c.Connection.Connection.Position,
            c.Connection.Connection.ConnectedOn,
            c.Score,
            c.Reasons))]);

    /// <summary>One connection worth reviewing, with every reason.</summary>
    internal sealed record CandidateRow(
        string Name, string ProfileUrl, string Company, string Position, DateOnly ConnectedOn, int Score, ImmutableArray<string> Reasons);
}
