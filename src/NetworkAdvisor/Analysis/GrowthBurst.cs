namespace NetworkAdvisor.Analysis;

/// <summary>
/// A month of unusually many new connections: the article's "indiscriminate connecting" that grows
/// a vanity count instead of a useful network. See <see cref="GrowthTimeline"/> for the rule.
/// </summary>
/// <param name="Month">The month, <c>yyyy-MM</c>.</param>
/// <param name="Start">First day of the month.</param>
/// <param name="Added">Connections made in the month.</param>
/// <param name="TrailingMedian">Median of the monthly adds of the up to 12 months before it (quiet months count as 0).</param>
/// <param name="Factor"><paramref name="Added"/> / <paramref name="TrailingMedian"/>; null when the median is 0 (a burst out of nothing).</param>
public sealed record GrowthBurst(string Month, DateOnly Start, int Added, double TrailingMedian, double? Factor);
