using System.Collections.Immutable;
using NetworkAdvisor.Goals;

namespace NetworkAdvisor.Analysis;

/// <summary>How well a network fits a goal.</summary>
/// <param name="Goal">The goal.</param>
/// <param name="Connections">Connections counted (as of the analysis date).</param>
/// <param name="Status">Below, within or above the recommended range.</param>
/// <param name="PositionInRange">(connections - min) / (max - min): below 0 under the range, above 1 over it.</param>
/// <param name="Score">0 to 100; see <see cref="GoalFitAnalysis"/> for the formula.</param>
/// <param name="Verdict">One sentence: the headline answer.</param>
/// <param name="Checks">The size check first, then the composition checks.</param>
/// <param name="Recommendations">Concrete next steps, most important first.</param>
public sealed record GoalFit(
    Goal Goal,
    int Connections,
    SizeStatus Status,
    double PositionInRange,
    int Score,
    string Verdict,
    ImmutableArray<FitCheck> Checks,
    ImmutableArray<string> Recommendations);
