using System.Collections.Immutable;

namespace NetworkAdvisor.Analysis;

/// <summary>
/// Who joined the network in one calendar year, so that a drift toward (or away from) the goal shows:
/// more decision-makers, more of the functions that matter, or more noise.
/// </summary>
/// <param name="Year">The calendar year.</param>
/// <param name="Added">Connections made in the year up to the as-of date (hidden profiles included).</param>
/// <param name="Functions">Functions that occur, most frequent first (ties in LinkedIn's order, Unknown last).</param>
/// <param name="Seniorities">Seniorities that occur, lowest to highest, Unknown last.</param>
/// <param name="DecisionMakers">New connections at Director level and above.</param>
/// <param name="DecisionMakerShare"><paramref name="DecisionMakers"/> / <paramref name="Added"/> (0 when nothing was added); hidden profiles count in the denominator.</param>
public sealed record GrowthYear(
    int Year,
    int Added,
    ImmutableArray<GrowthFunctionCount> Functions,
    ImmutableArray<GrowthSeniorityCount> Seniorities,
    int DecisionMakers,
    double DecisionMakerShare);
