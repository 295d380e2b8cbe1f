using System.Collections.Immutable;
using NetworkAdvisor.Classification;

namespace NetworkAdvisor.Goals;

/// <summary>
/// What a network needs besides size, as measurable thresholds (each null or empty when the goal does
/// not ask for it). Shares are fractions of all connections, 0 to 1.
/// </summary>
/// <param name="MinDecisionMakerShare">Least share of Director-and-above connections (sales, senior job seeking).</param>
/// <param name="TargetCompanies">Companies the user wants to reach (hiring companies, accounts); normalised keys are compared.</param>
/// <param name="MinTargetCompanyCoverage">Least share of target companies with at least one connection.</param>
/// <param name="TargetFunctions">Job functions the user needs (recruiting: the functions being hired for).</param>
/// <param name="MinTargetFunctionShare">Least share of connections in the target functions.</param>
/// <param name="MinNicheShare">Thought leadership: least share of the largest function (depth in a niche).</param>
/// <param name="MaxSingleCompanyShare">Most share of one company (a diverse mix; colleagues included).</param>
/// <param name="MaxUnknownFunctionShare">Most share of connections whose title says no function (irrelevant or unclear contacts).</param>
/// <param name="RegionTags">Tags the user gives local (or regional) contacts; location is not in the export.</param>
/// <param name="MinRegionShare">Least share of connections with one of <paramref name="RegionTags"/>.</param>
public sealed record GoalTargets(
    double? MinDecisionMakerShare = null,
    ImmutableArray<string> TargetCompanies = default,
    double? MinTargetCompanyCoverage = null,
    ImmutableArray<JobFunction> TargetFunctions = default,
    double? MinTargetFunctionShare = null,
    double? MinNicheShare = null,
    double? MaxSingleCompanyShare = null,
    double? MaxUnknownFunctionShare = null,
    ImmutableArray<string> RegionTags = default,
    double? MinRegionShare = null)
{
    /// <summary>Companies whose people the goal needs (never a default array, so it can be enumerated and displayed).</summary>
    public ImmutableArray<string> TargetCompanies { get; init; } = TargetCompanies.IsDefault ? [] : TargetCompanies;

    /// <summary>Job functions the goal needs (never a default array).</summary>
    public ImmutableArray<JobFunction> TargetFunctions { get; init; } = TargetFunctions.IsDefault ? [] : TargetFunctions;

    /// <summary>Tags that mark regions, for goals about reach (never a default array).</summary>
    public ImmutableArray<string> RegionTags { get; init; } = RegionTags.IsDefault ? [] : RegionTags;

    /// <summary>Target companies, never default.</summary>
    public ImmutableArray<string> Companies => TargetCompanies.IsDefault ? [] : TargetCompanies;

    /// <summary>Target functions, never default.</summary>
    public ImmutableArray<JobFunction> Functions => TargetFunctions.IsDefault ? [] : TargetFunctions;

    /// <summary>Region tags, never default.</summary>
    public ImmutableArray<string> Regions => RegionTags.IsDefault ? [] : RegionTags;
}
