using NetworkAdvisor.Charts;

namespace NetworkAdvisor.Reports;

/// <summary>The charts of the report, in reading order.</summary>
public static class ReportCharts
{
    /// <summary>Builds every chart for a report.</summary>
    /// <param name="report">The analysed network.</param>
    /// <returns>The charts.</returns>
    public static IReadOnlyList<ChartFigure> For(NetworkReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var charts = new List<ChartFigure>();
        if (report.Fit is { } fit)
        {
            charts.Add(NetworkCharts.GoalGauge(fit));
            charts.Add(NetworkCharts.FitChecks(fit));
        }

        charts.Add(NetworkCharts.Growth(report.Growth, report.Goal?.Min, report.Goal?.Max));
        charts.Add(NetworkCharts.SegmentBars(report.Functions, "Connections by job function"));
        charts.Add(NetworkCharts.SegmentBars(report.Seniorities, "Connections by seniority"));
        charts.Add(NetworkCharts.FunctionSeniority(report.FunctionBySeniority));
        charts.Add(NetworkCharts.CompanyPareto(report.Companies));
        charts.Add(NetworkCharts.Cohorts(report.Growth));
        charts.Add(NetworkCharts.EngagementRecency(report.Engagement, report.AsOf));
        charts.Add(NetworkCharts.InvitationBreakdown(report.Invitations));
        return charts;
    }
}
