using System.Globalization;
using NetworkAdvisor.Analysis;

namespace NetworkAdvisor.Cli.Commands;

/// <summary>The JSON shape of <c>growth --format json</c>.</summary>
internal sealed record GrowthJson(
    string Period,
    string AsOf,
    string? FirstConnectedOn,
    int Total,
    int ExcludedAfterAsOf,
    int Trailing12Months,
    double MonthlyRate,
    IReadOnlyList<GrowthJson.PeriodRow> Periods,
    IReadOnlyList<GrowthJson.BurstRow> Bursts,
    IReadOnlyList<GrowthJson.YearRow> Years,
    IReadOnlyList<GrowthJson.ProjectionRow> Projections)
{
    public static GrowthJson From(GrowthResult growth) => new(
        growth.Period.ToString().ToLowerInvariant(),
        Date(growth.AsOf),
        growth.FirstConnectedOn is { } first ? Date(first) : null,
        growth.Total,
        growth.ExcludedAfterAsOf,
        growth.Trailing12Months,
        Math.Round(growth.MonthlyRate, 2),
        [.. growth.Periods.Select(p => new PeriodRow(p.Label, Date(p.Start), Date(p.End), p.Added, p.Cumulative, p.IsPartial))],
        [.. growth.Bursts.Select(b => new BurstRow(b.Month, b.Added, b.TrailingMedian, b.Factor is { } factor ? Math.Round(factor, 2) : null))],
        [.. growth.Years.Select(y => new YearRow(
            y.Year,
            y.Added,
            y.Hidden,
            y.DecisionMakers,
            Math.Round(y.DecisionMakerShare, 4),
            [.. y.Functions.Select(f => new FunctionShareRow(f.Name, f.Count, Math.Round(f.Share, 4)))],
            [.. y.Seniorities.Select(s => new SeniorityShareRow(s.Name, s.Count, Math.Round(s.Share, 4)))]))],
        [.. growth.Projections.Select(p => new ProjectionRow(
            p.Target, p.Count, p.Remaining, p.Status, p.MonthsNeeded, p.Date is { } date ? Date(date) : null))]);

    private static string Date(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>New connections in one period.</summary>
    internal sealed record PeriodRow(string Period, string Start, string End, int Added, int Cumulative, bool Partial);

    /// <summary>A burst month; <see cref="Factor"/> is null when the months before added none.</summary>
    internal sealed record BurstRow(string Month, int Added, double TrailingMedian, double? Factor);

    /// <summary>Who joined in one year.</summary>
    internal sealed record YearRow(
        int Year,
        int Added,
        int Hidden,
        int DecisionMakers,
        double DecisionMakerShare,
        IReadOnlyList<FunctionShareRow> Functions,
        IReadOnlyList<SeniorityShareRow> Seniorities);

    /// <summary>One job function's share of a year's new connections.</summary>
    internal sealed record FunctionShareRow(string Function, int Count, double Share);

    /// <summary>One seniority's share of a year's new connections.</summary>
    internal sealed record SeniorityShareRow(string Seniority, int Count, double Share);

    /// <summary>When a target is reached at the current rate (target and status written as camelCase names).</summary>
    internal sealed record ProjectionRow(
        GrowthTarget Target, int Count, int Remaining, GrowthProjectionStatus Status, long? MonthsNeeded, string? Date);
}
