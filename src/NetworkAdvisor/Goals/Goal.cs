using System.Collections.Immutable;
using System.Globalization;

namespace NetworkAdvisor.Goals;

/// <summary>A networking goal: the recommended size range, what the mix should look like, and the advice behind it.</summary>
/// <param name="Id">Identifier, e.g. <c>sales-pipeline</c>.</param>
/// <param name="Title">Readable title, e.g. "Build a robust sales pipeline".</param>
/// <param name="Min">Fewest recommended connections.</param>
/// <param name="Max">Most recommended connections.</param>
/// <param name="Targets">Composition thresholds.</param>
/// <param name="Advice">The article's advice for this goal, in plain language.</param>
public sealed record Goal(string Id, string Title, int Min, int Max, GoalTargets Targets, ImmutableArray<string> Advice)
{
    /// <summary>LinkedIn's hard limit on first-degree connections.</summary>
    public const int LinkedInCap = 30_000;

    /// <summary>The range as text, e.g. "500-2,000".</summary>
    public string Range => string.Create(CultureInfo.InvariantCulture, $"{Min:N0}-{Max:N0}");
}
