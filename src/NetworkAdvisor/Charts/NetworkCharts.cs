using NetworkAdvisor.Analysis;

namespace NetworkAdvisor.Charts;

/// <summary>
/// Pure functions from analysis results to Plotly figures (built with Plotly.NET), for the HTML report,
/// notebooks and scripts. Every function accepts empty results (the figure then says "No data") and gives the
/// same JSON for the same input. Colours come from the colour-blind-safe Okabe-Ito palette.
/// </summary>
public static class NetworkCharts
{
    /// <summary>Horizontal bars of the top segments, largest on top, with count and share on hover.</summary>
    /// <param name="mix">A segment mix, e.g. from <see cref="SegmentAnalysis.Mix(IReadOnlyList{Classification.ClassifiedConnection}, SegmentDimension, int)"/>.</param>
    /// <param name="title">The chart title (plain text).</param>
    /// <returns>A figure with id <c>segment-&lt;dimension&gt;</c>, e.g. <c>segment-function</c>.</returns>
    /// <remarks>Labels longer than 40 characters are shortened with an ellipsis; the hover shows the full name.</remarks>
    public static ChartFigure SegmentBars(SegmentMix mix, string title) => SegmentCharts.SegmentBars(mix, title);

    /// <summary>A sunburst of a cross tabulation: rows (e.g. job function) in the middle, columns (e.g. seniority) outside.</summary>
    /// <param name="functionBySeniority">Counts from <see cref="SegmentAnalysis.Cross"/>, usually function x seniority.</param>
    /// <returns>A figure with id <c>function-seniority</c> (or <c>crosstab-&lt;rows&gt;-&lt;columns&gt;</c> for other dimensions).</returns>
    public static ChartFigure FunctionSeniority(CrossTab functionBySeniority) => SegmentCharts.FunctionSeniority(functionBySeniority);

    /// <summary>Columns of the top companies ("Other" left out) with their cumulative share of the network as a line on a second axis.</summary>
    /// <param name="companyMix">A segment mix by <see cref="SegmentDimension.Company"/>.</param>
    /// <returns>A figure with id <c>company-pareto</c>.</returns>
    public static ChartFigure CompanyPareto(SegmentMix companyMix) => SegmentCharts.CompanyPareto(companyMix);

    /// <summary>
    /// Connections added per period as columns, the running total as a line on a second axis, the goal's range as
    /// a shaded band on that axis, and a dashed projection from today at the last 12 months' monthly rate toward
    /// the goal's dates (at most ten years ahead; twelve months ahead when no goal date lies ahead).
    /// </summary>
    /// <param name="growth">A growth timeline from <see cref="GrowthTimeline.Compute(IReadOnlyList{Classification.ClassifiedConnection}, GrowthPeriod, DateOnly, int?, int?)"/>.</param>
    /// <param name="goalMin">The goal's minimum, or null.</param>
    /// <param name="goalMax">The goal's maximum, or null.</param>
    /// <returns>A figure with id <c>growth</c>.</returns>
    public static ChartFigure Growth(GrowthResult growth, int? goalMin, int? goalMax) => GrowthCharts.Growth(growth, goalMin, goalMax);

    /// <summary>A gauge of the connection count against the goal's recommended range, with the 0-100 fit score and the verdict.</summary>
    /// <param name="fit">A goal fit from <see cref="GoalFitAnalysis"/>.</param>
    /// <returns>A figure with id <c>goal-gauge</c>.</returns>
    public static ChartFigure GoalGauge(GoalFit fit) => GoalCharts.GoalGauge(fit);

    /// <summary>Horizontal bars of each check's fulfilment (0-100%), coloured passed / failed / not measurable, with value, target and explanation on hover.</summary>
    /// <param name="fit">A goal fit from <see cref="GoalFitAnalysis"/>.</param>
    /// <returns>A figure with id <c>goal-checks</c>.</returns>
    public static ChartFigure FitChecks(GoalFit fit) => GoalCharts.FitChecks(fit);

    /// <summary>A heatmap of year connected x job function: each cell is the function's share of that year's identified new connections.</summary>
    /// <param name="growth">A growth timeline; its <see cref="GrowthResult.Years"/> are used.</param>
    /// <returns>A figure with id <c>growth-cohorts</c>.</returns>
    public static ChartFigure Cohorts(GrowthResult growth) => GrowthCharts.Cohorts(growth);

    /// <summary>Columns of identified connections by when they were last messaged: under 3 months, 3-12 months, 1-2 years, over 2 years, never.</summary>
    /// <param name="engagement">An engagement result from <see cref="EngagementAnalysis"/>.</param>
    /// <param name="asOf">The day to measure from (normally the engagement's own as-of date).</param>
    /// <returns>A figure with id <c>engagement-recency</c>.</returns>
    public static ChartFigure EngagementRecency(EngagementResult engagement, DateOnly asOf) => ActivityCharts.EngagementRecency(engagement, asOf);

    /// <summary>Stacked columns of incoming invitations by category (personal note, no note, recruiter, sales pitch, spam-like), split by suggestion.</summary>
    /// <param name="triage">A triage from <see cref="InvitationTriage"/>.</param>
    /// <returns>A figure with id <c>invitations</c>.</returns>
    public static ChartFigure InvitationBreakdown(InvitationTriageResult triage) => ActivityCharts.InvitationBreakdown(triage);
}
