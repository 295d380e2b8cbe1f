namespace NetworkAdvisor.Analysis;

/// <summary>New connections in one period of a <see cref="GrowthResult"/>.</summary>
/// <param name="Label">The period, e.g. <c>2024-02</c>, <c>2020-W53</c>, <c>2024-Q1</c> (see <see cref="GrowthPeriod"/>).</param>
/// <param name="Start">First day of the period.</param>
/// <param name="End">Last day of the period (the whole period, even when the as-of date falls inside it).</param>
/// <param name="Added">Connections made in the period (hidden profiles included); 0 for a quiet period.</param>
/// <param name="Cumulative">Connections made up to the end of the period (or up to the as-of date for the last one).</param>
/// <param name="IsPartial">True for the period that holds the as-of date when that date is not its last day: the period is not over yet.</param>
public sealed record GrowthRow(string Label, DateOnly Start, DateOnly End, int Added, int Cumulative, bool IsPartial);
