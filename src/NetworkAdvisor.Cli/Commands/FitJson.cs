using System.Collections.Immutable;
using NetworkAdvisor.Analysis;

namespace NetworkAdvisor.Cli.Commands;

/// <summary>The JSON shape of <c>fit --format json</c>.</summary>
internal sealed record FitJson(
    string Goal,
    string Title,
    int Min,
    int Max,
    int Connections,
    string Status,
    double PositionInRange,
    int Score,
    string Verdict,
    IReadOnlyList<FitJson.GoalCheckRow> Checks,
    ImmutableArray<string> Recommendations)
{
    public static FitJson From(GoalFit fit) => new(
        fit.Goal.Id,
        fit.Goal.Title,
        fit.Goal.Min,
        fit.Goal.Max,
        fit.Connections,
        fit.Status.ToString().ToLowerInvariant(),
        Math.Round(fit.PositionInRange, 3),
        fit.Score,
        fit.Verdict,
        [.. fit.Checks.Select(c => new GoalCheckRow(c.Name, c.Value, c.Target, c.Passed, c.Explanation))],
        fit.Recommendations);

    /// <summary>One goal check; <see cref="Passed"/> is null when the check does not apply.</summary>
    internal sealed record GoalCheckRow(string Name, string Value, string Target, bool? Passed, string Explanation);
}
