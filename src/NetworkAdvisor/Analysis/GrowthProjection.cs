namespace NetworkAdvisor.Analysis;

/// <summary>
/// When a network reaches a target count if it keeps growing at its trailing-12-month monthly rate.
/// See <see cref="GrowthTimeline"/> for the rule.
/// </summary>
/// <param name="Target">Which count this is.</param>
/// <param name="Count">The target connection count.</param>
/// <param name="Remaining">Connections still missing (0 when reached).</param>
/// <param name="Status">Reached, projected or never.</param>
/// <param name="MonthsNeeded">Whole months needed at the current rate, rounded up; null unless projected.</param>
/// <param name="Date">
/// The as-of date plus <paramref name="MonthsNeeded"/> calendar months (the end of the month when that day
/// does not exist); null unless projected, and null when the date would lie after the year 9999.
/// </param>
public sealed record GrowthProjection(
    GrowthTarget Target,
    int Count,
    int Remaining,
    GrowthProjectionStatus Status,
    long? MonthsNeeded,
    DateOnly? Date);
