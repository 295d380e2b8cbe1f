using System.Collections.Immutable;

namespace NetworkAdvisor.Analysis;

/// <summary>
/// Who joined the network in one calendar year, so that a drift toward (or away from) the goal shows:
/// more decision-makers, more of the functions that matter, or more noise. Like the goal-fit checks,
/// the mix is measured on identified connections: hidden profiles count in <paramref name="Added"/>
/// and <paramref name="Hidden"/> but have no title to classify.
/// </summary>
/// <param name="Year">The calendar year.</param>
/// <param name="Added">Connections made in the year up to the as-of date, hidden profiles included.</param>
/// <param name="Hidden">Of those, hidden profiles (no name, no title).</param>
/// <param name="Functions">Functions of the identified new connections, most frequent first (ties in LinkedIn's order, Unknown last); shares of the identified ones.</param>
/// <param name="Seniorities">Seniorities of the identified new connections, lowest to highest, Unknown last; shares of the identified ones.</param>
/// <param name="DecisionMakers">New connections at Director level and above.</param>
/// <param name="DecisionMakerShare"><paramref name="DecisionMakers"/> / (<paramref name="Added"/> - <paramref name="Hidden"/>); 0 when no identified connection was added.</param>
public sealed record GrowthYear(
    int Year,
    int Added,
    int Hidden,
    ImmutableArray<GrowthFunctionCount> Functions,
    ImmutableArray<GrowthSeniorityCount> Seniorities,
    int DecisionMakers,
    double DecisionMakerShare);
