using System.Globalization;

namespace NetworkAdvisor.Analysis;

/// <summary>
/// The article's warning against vanity growth as a goal-fit check: <c>recent-growth</c> passes when
/// none of the last 12 months was a burst (see <see cref="GrowthTimeline"/> for the rule).
/// </summary>
public static class GrowthPaceCheck
{
    /// <summary>Builds the check from a growth result.</summary>
    /// <param name="growth">Growth as of the analysis date (any period: bursts are always on months).</param>
    /// <returns>The check; not measurable when the network has no connections.</returns>
    public static FitCheck From(GrowthResult growth)
    {
        ArgumentNullException.ThrowIfNull(growth);
        var since = growth.AsOf.AddMonths(-12);
        var recent = growth.Bursts.Where(b => b.Start > since).ToList();
        var value = string.Create(CultureInfo.InvariantCulture, $"{growth.Trailing12Months:N0} added in 12 months ({growth.MonthlyRate:0.0}/month), {recent.Count} burst month(s)");
        if (growth.Total == 0)
        {
            return new FitCheck("recent-growth", value, "no burst in the last 12 months", null, 0, "There are no connections to judge the growth pace by.", string.Empty);
        }

        var passed = recent.Count == 0;
        return new FitCheck(
            "recent-growth",
            value,
            "no burst in the last 12 months",
            passed,
            passed ? 1 : 0.5,
            passed
                ? "You grew steadily: no month in the last year added far more connections than usual."
                : string.Create(CultureInfo.InvariantCulture, $"Bursts of adds ({string.Join(", ", recent.Select(b => b.Month))}) look like indiscriminate connecting, which the article warns grows a vanity count."),
            passed ? string.Empty
                : "Connect selectively rather than in bursts: review the people added in the burst months and keep the relevant ones.");
    }
}
