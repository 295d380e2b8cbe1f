using System.Collections.Immutable;
using Microsoft.Data.Analysis;
using NetworkAdvisor.Frames;

namespace NetworkAdvisor.Analysis;

/// <summary>How a network grew: new connections per period, the recent rate, bursts, who joined each year, and where the rate leads.</summary>
/// <param name="Period">The length of a row of <paramref name="Periods"/>.</param>
/// <param name="AsOf">The day the analysis looks from; connections made after it are left out.</param>
/// <param name="Periods">
/// Every period from the one holding the first connection through the one holding <paramref name="AsOf"/>,
/// quiet periods included; empty when no connection was made by <paramref name="AsOf"/>.
/// </param>
/// <param name="Total">Connections made on or before <paramref name="AsOf"/>, hidden profiles included.</param>
/// <param name="ExcludedAfterAsOf">Connections dated after <paramref name="AsOf"/>, left out of everything.</param>
/// <param name="FirstConnectedOn">The day of the first connection, or null when there is none.</param>
/// <param name="Trailing12Months">Connections made after <paramref name="AsOf"/> minus 12 months, up to and including <paramref name="AsOf"/>.</param>
/// <param name="MonthlyRate"><paramref name="Trailing12Months"/> / 12: new connections per month lately.</param>
/// <param name="Bursts">Months of unusually many new connections, oldest first (always computed on months).</param>
/// <param name="Years">Every calendar year from the first connection's through the as-of year, quiet years included.</param>
/// <param name="Projections">The goal minimum and maximum (when given), then LinkedIn's limit.</param>
public sealed record GrowthResult(
    GrowthPeriod Period,
    DateOnly AsOf,
    ImmutableArray<GrowthRow> Periods,
    int Total,
    int ExcludedAfterAsOf,
    DateOnly? FirstConnectedOn,
    int Trailing12Months,
    double MonthlyRate,
    ImmutableArray<GrowthBurst> Bursts,
    ImmutableArray<GrowthYear> Years,
    ImmutableArray<GrowthProjection> Projections)
{
    /// <summary>
    /// The periods as a DataFrame: <c>Period</c> (string), <c>Start</c> and <c>End</c> (DateTime, midnight),
    /// <c>Added</c> and <c>Cumulative</c> (int).
    /// </summary>
    /// <returns>One row per period.</returns>
    public DataFrame ToDataFrame() => new(
        FrameColumns.Strings("Period", Periods, p => p.Label),
        FrameColumns.Values("Start", Periods, p => p.Start.ToDateTime(TimeOnly.MinValue)),
        FrameColumns.Values("End", Periods, p => p.End.ToDateTime(TimeOnly.MinValue)),
        FrameColumns.Values("Added", Periods, p => p.Added),
        FrameColumns.Values("Cumulative", Periods, p => p.Cumulative));
}
