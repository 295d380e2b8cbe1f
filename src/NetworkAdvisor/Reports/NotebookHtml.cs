using System.Collections.Immutable;
using System.Globalization;
using Microsoft.Data.Analysis;
using NetworkAdvisor.Analysis;
using NetworkAdvisor.Charts;
using NetworkAdvisor.Goals;
using NetworkAdvisor.Import;

namespace NetworkAdvisor.Reports;

/// <summary>
/// HTML for notebook outputs: readable tables for DataFrames and analysis results, inline charts, and a goal fit's
/// verdict with its checks. The package's .NET Interactive extension registers <see cref="Render"/> for every type in
/// <see cref="Types"/>; nothing here depends on .NET Interactive. Every string from an export is HTML-encoded and
/// chart data is JSON inside a script, so untrusted text never becomes markup.
/// </summary>
public static class NotebookHtml
{
    /// <summary>The plotly.js a chart loads when the page has none (the version Plotly.NET bundles).</summary>
    public static string PlotlyCdnUrl => "https://cdn.plot.ly/plotly-" + PlotlyScript.Version + ".min.js";

    /// <summary>The types <see cref="Render"/> knows.</summary>
    public static ImmutableArray<Type> Types { get; } =
    [
        typeof(DataFrame), typeof(ChartFigure), typeof(GoalFit), typeof(SegmentMix), typeof(CrossTab), typeof(GrowthResult),
        typeof(EngagementResult), typeof(PruneResult), typeof(InvitationTriageResult), typeof(ExportDiff), typeof(ImportSummary),
        typeof(ImmutableArray<Goal>), typeof(ImmutableArray<GoalFit>), typeof(NetworkReport), typeof(IEnumerable<ChartFigure>),
    ];

    /// <summary>Renders a value of one of <see cref="Types"/> as an HTML fragment.</summary>
    /// <param name="value">The value.</param>
    /// <param name="maxRows">The most table rows to show; the rest are counted.</param>
    /// <returns>The HTML fragment.</returns>
    /// <exception cref="ArgumentException">The value's type is not one of <see cref="Types"/>.</exception>
    public static string Render(object value, int maxRows = 20)
    {
        ArgumentNullException.ThrowIfNull(value);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(maxRows);
        var html = new Html();
        switch (value)
        {
            case DataFrame frame: Table(html, frame, maxRows); break;
            case ChartFigure chart: Chart(html, chart); break;
            case GoalFit fit: Fit(html, fit); break;
            case SegmentMix mix: Mix(html, mix, maxRows); break;
            case CrossTab cross: Table(html, cross.ToDataFrame(), maxRows); break;
            case GrowthResult growth: Growth(html, growth, maxRows); break;
            case EngagementResult engagement: Engagement(html, engagement, maxRows); break;
            case PruneResult prune: Prune(html, prune, maxRows); break;
            case InvitationTriageResult triage: Invitations(html, triage, maxRows); break;
            case ExportDiff diff: Diff(html, diff, maxRows); break;
            case ImportSummary summary: Import(html, summary, maxRows); break;
            case ImmutableArray<Goal> goals: Goals(html, goals); break;
            case ImmutableArray<GoalFit> fits: Fits(html, fits); break;
            case NetworkReport report: Report(html, report, maxRows); break;
            case IEnumerable<ChartFigure> charts:
                foreach (var chart in charts)
                {
                    Chart(html, chart);
                }

                break;
            default: throw new ArgumentException($"NotebookHtml cannot render {value.GetType().FullName}.", nameof(value));
        }

        return html.ToString();
    }

    /// <summary>A standalone offline page showing values as a notebook would (a script's HTML output).</summary>
    /// <param name="title">The page title.</param>
    /// <param name="values">Values of <see cref="Types"/>, or strings shown as paragraphs.</param>
    /// <param name="plotlyJs">The plotly.js source to inline (see <see cref="PlotlyScript"/>).</param>
    /// <returns>The HTML document.</returns>
    public static string Page(string title, IEnumerable<object> values, string plotlyJs)
    {
        ArgumentNullException.ThrowIfNull(values);
        return HtmlPage.Render(title, values.Select(v => v is string text ? "<p>" + Html.Text(text) + "</p>" : Render(v)), plotlyJs);
    }

    private static void Table(Html html, DataFrame frame, int maxRows)
    {
        var shown = (int)Math.Min(frame.Rows.Count, maxRows);
        var header = new List<string> { string.Empty };
        header.AddRange(frame.Columns.Select(c => c.Name));
        var numeric = Enumerable.Range(0, frame.Columns.Count).Where(i => IsNumeric(frame.Columns[i])).Select(i => i + 1).Prepend(0).ToArray();
        var rows = Enumerable.Range(0, shown).Select(r =>
        {
            var row = new List<string>(frame.Columns.Count + 1) { Count(r) };
            row.AddRange(frame.Columns.Select(c => Cell(c[r])));
            return (IReadOnlyList<string>)row;
        });
        html.Table(header, rows, numeric);
        Note(html, shown < frame.Rows.Count
            ? Invariant($"{frame.Rows.Count:N0} rows × {frame.Columns.Count} columns; the first {shown} shown.")
            : Invariant($"{frame.Rows.Count:N0} rows × {frame.Columns.Count} columns."));
    }

    private static void Chart(Html html, ChartFigure chart)
    {
        var id = "networkadvisor-" + chart.Id + "-" + Guid.NewGuid().ToString("N")[..12];
        html.Raw("<div id=\"").Add(id).Raw("\" data-networkadvisor-chart role=\"img\" aria-label=\"").Add(chart.Title).Raw("\" style=\"width:100%;min-height:380px\"></div>")
            .Raw("<script type=\"text/javascript\">(function () {\nvar id = \"").Add(id).Raw("\";\nvar figure = ").Raw(Html.ScriptJson(chart.Json))
            .Raw(";\nvar cdn = \"").Raw(PlotlyCdnUrl).Raw("\";\n").Raw(DrawChart).Raw("})();</script>");
    }

    private static void Fit(Html html, GoalFit fit)
    {
        html.Raw("<div>").Element("h3", fit.Verdict)
            .Element("p", Invariant($"Goal: {fit.Goal.Title} ({fit.Goal.Id}), range {fit.Goal.Range}. {fit.Connections:N0} connections: {Status(fit.Status)} the range. Fit score {fit.Score}/100."));
        html.Table(
            ["check", "value", "target", "result", "why"],
            fit.Checks.Select(c => (IReadOnlyList<string>)[c.Name, c.Value, c.Target, c.Passed switch { true => "pass", false => "fail", null => "not measurable" }, c.Explanation]));
        if (!fit.Recommendations.IsEmpty)
        {
            html.Element("strong", "What to do next").Raw("<ol>");
            foreach (var recommendation in fit.Recommendations)
            {
                html.Element("li", recommendation);
            }

            html.Raw("</ol>");
        }

        html.Raw("</div>");
    }

    private static void Mix(Html html, SegmentMix mix, int maxRows)
    {
        html.Table(
            [mix.Dimension.ToString(), "connections", "share"],
            mix.Top.Take(maxRows).Select(s => (IReadOnlyList<string>)[s.Name, Count(s.Count), ShareText.Percent(s.Share)]),
            1, 2);
        Note(html, Invariant($"{mix.Total:N0} connections in {mix.All.Length:N0} segments; the top 5 hold {ShareText.Percent(mix.Top5Share)}; effective number of segments {mix.EffectiveSegments:0.0}."));
    }

    private static void Growth(Html html, GrowthResult growth, int maxRows)
    {
        var recent = growth.Periods.Skip(Math.Max(0, growth.Periods.Length - maxRows));
        html.Table(
            ["period", "added", "total"],
            recent.Select(p => (IReadOnlyList<string>)[p.Label + (p.IsPartial ? " (so far)" : string.Empty), Count(p.Added), Count(p.Cumulative)]),
            1, 2);
        Note(html, Invariant($"{growth.Total:N0} connections as of {growth.AsOf:yyyy-MM-dd}; {growth.Trailing12Months:N0} added in the last 12 months ({growth.MonthlyRate:0.0} a month); the last {Math.Min(maxRows, growth.Periods.Length)} of {growth.Periods.Length} {growth.Period.ToString().ToLowerInvariant()}s shown."));
        if (!growth.Bursts.IsEmpty)
        {
            html.Element("strong", Invariant($"Bursts: months with at least 10 new connections and at least 3 times the usual pace ({growth.Bursts.Length})"));
            html.Table(
                ["month", "added", "usual (median of the previous 12 months)", "times the usual"],
                growth.Bursts.TakeLast(maxRows).Select(b => (IReadOnlyList<string>)[b.Month, Count(b.Added), Invariant($"{b.TrailingMedian:0.#}"), b.Factor is { } f ? Invariant($"{f:0.#}x") : "new"]),
                1, 2, 3);
        }

        if (!growth.Projections.IsEmpty)
        {
            html.Element("strong", "At the pace of the last 12 months");
            html.Table(
                ["target", "connections", "to go", "outlook", "months", "date"],
                growth.Projections.Select(p => (IReadOnlyList<string>)[
                    p.Target switch { GrowthTarget.GoalMin => "goal minimum", GrowthTarget.GoalMax => "goal maximum", _ => "LinkedIn's 30,000 limit" },
                    Count(p.Count), Count(p.Remaining), Words(p.Status.ToString()), p.MonthsNeeded is { } m ? Count(m) : string.Empty,
                    p.Date is { } d ? Invariant($"{d:yyyy-MM-dd}") : string.Empty]),
                1, 2, 4);
        }
    }

    private static void Engagement(Html html, EngagementResult e, int maxRows)
    {
        Note(html, e.HasMessages
            ? Invariant($"{e.Messages:N0} messages, {e.MatchedMessages:N0} matched to connections. Engaged in the last 12 months: {ShareText.Percent(e.EngagedShare)}; dormant: {ShareText.Percent(e.DormantShare)}; never messaged: {ShareText.Percent(e.NeverMessagedShare)}; two-way: {ShareText.Percent(e.TwoWayShare)}.")
            : "The export has no messages, so engagement cannot be measured.");
        html.Table(
            ["contact", "company", "sent", "received", "last contact"],
            e.TopContacts.Take(maxRows).Select(c => (IReadOnlyList<string>)[c.Name, c.Connection.Connection.Company, Count(c.Sent), Count(c.Received), c.LastContact is { } d ? Invariant($"{d:yyyy-MM-dd}") : string.Empty]),
            2, 3);
    }

    private static void Prune(Html html, PruneResult prune, int maxRows)
    {
        Note(html, Invariant($"{prune.Candidates.Length:N0} of {prune.Considered:N0} connections to review; never proposed: {prune.ProtectedColleagues:N0} colleagues and {prune.ProtectedKeepers:N0} keepers.{(prune.MessagesAvailable ? string.Empty : " Without messages, 'never messaged' and 'dormant' could not be judged.")}"));
        html.Table(
            ["name", "company", "position", "connected", "score", "reasons"],
            prune.Candidates.Take(maxRows).Select(c => (IReadOnlyList<string>)[
                c.Connection.Connection.IsHidden ? "(hidden profile)" : c.Connection.Connection.FullName, c.Connection.Connection.Company,
                c.Connection.Connection.Position, Invariant($"{c.Connection.Connection.ConnectedOn:yyyy-MM-dd}"), Count(c.Score), string.Join("; ", c.Reasons)]),
            4);
    }

    private static void Invitations(Html html, InvitationTriageResult t, int maxRows)
    {
        var s = t.Summary;
        Note(html, Invariant($"{s.Incoming:N0} incoming: {s.Accept:N0} to accept, {s.Review:N0} to review, {s.Ignore:N0} to ignore ({s.Recruiter:N0} recruiters, {s.SalesPitch:N0} sales pitches, {s.SpamLike:N0} spam-like). {s.Outgoing:N0} sent, {t.Withdraw.Length:N0} older than {t.WithdrawAfterDays} days to withdraw."));
        html.Table(
            ["from", "sent", "category", "suggestion", "reason"],
            t.Incoming.Take(maxRows).Select(a => (IReadOnlyList<string>)[a.Invitation.From, Invariant($"{a.Invitation.SentAt:yyyy-MM-dd}"), a.Category.ToString(), a.Suggestion.ToString(), a.Reason]));
        if (!t.Withdraw.IsEmpty)
        {
            html.Element("strong", Invariant($"Sent invitations to withdraw ({t.Withdraw.Length:N0}, oldest first)"));
            html.Table(
                ["to", "sent", "days pending"],
                t.Withdraw.Take(maxRows).Select(w => (IReadOnlyList<string>)[w.Invitation.To, Invariant($"{w.Invitation.SentAt:yyyy-MM-dd}"), Count(w.AgeDays)]),
                2);
        }

        Note(html, Invariant($"This week (from {t.CurrentWeek.Start:yyyy-MM-dd}) you sent {t.CurrentWeek.Sent:N0} invitations; LinkedIn limits about 100 a week. Weeks near the limit: {s.NearLimitWeeks:N0}."));
    }

    private static void Diff(Html html, ExportDiff d, int maxRows)
    {
        Note(html, Invariant($"{d.OldCount:N0} → {d.NewCount:N0} connections ({d.NetGrowth:+#,0;-#,0;0}){(d.Days is { } days ? Invariant($" in {days:N0} days") : string.Empty)}: {d.Added.Length:N0} added, {d.Removed.Length:N0} removed, {d.Changed.Length:N0} changed jobs, {d.Unchanged:N0} unchanged."));
        html.Table(
            [d.Dimension.ToString(), "before", "after", "change", "share before", "share after"],
            d.Segments.Take(maxRows).Select(c => (IReadOnlyList<string>)[c.Segment, Count(c.Before), Count(c.After), Invariant($"{c.Delta:+#,0;-#,0;0}"), ShareText.Percent(c.ShareBefore), ShareText.Percent(c.ShareAfter)]),
            1, 2, 3, 4, 5);
        if (!d.Changed.IsEmpty)
        {
            html.Element("strong", Invariant($"Changed jobs ({d.Changed.Length:N0}): a reason to congratulate, and to check whether they still fit your goal"));
            html.Table(
                ["name", "before", "now", "matched by"],
                d.Changed.Take(maxRows).Select(c => (IReadOnlyList<string>)[c.After.FullName, Job(c.Before), Job(c.After), c.MatchedBy]));
        }

        foreach (var (title, people) in new[] { ("Added", d.Added), ("Removed (they disconnected or left LinkedIn)", d.Removed) })
        {
            if (!people.IsEmpty)
            {
                html.Element("strong", Invariant($"{title} ({people.Length:N0})"));
                html.Table(
                    ["name", "company", "position", "connected"],
                    people.Take(maxRows).Select(c => (IReadOnlyList<string>)[c.FullName, c.Company, c.Position, Invariant($"{c.ConnectedOn:yyyy-MM-dd}")]));
            }
        }
    }

    private static string Job(Model.Connection c) =>
        c.Position.Length > 0 && c.Company.Length > 0 ? c.Position + " at " + c.Company : c.Position + c.Company;

    private static void Goals(Html html, ImmutableArray<Goal> goals)
    {
        html.Table(
            ["goal id", "goal", "range", "advice"],
            goals.Select(g => (IReadOnlyList<string>)[g.Id, g.Title, g.Range, g.Advice.IsDefaultOrEmpty ? string.Empty : g.Advice[0]]));
    }

    private static void Fits(Html html, ImmutableArray<GoalFit> fits)
    {
        html.Table(
            ["goal id", "goal", "range", "size", "checks passed", "score"],
            fits.Select(f => (IReadOnlyList<string>)[
                f.Goal.Id, f.Goal.Title, f.Goal.Range, Status(f.Status),
                Invariant($"{f.Checks.Count(c => c.Passed == true)} of {f.Checks.Count(c => c.Passed is not null)}"), Count(f.Score)]),
            5);
    }

    private static void Report(Html html, NetworkReport r, int maxRows)
    {
        if (r.Fit is { } fit)
        {
            Fit(html, fit);
        }
        else
        {
            html.Element("h3", Invariant($"{r.Connections.Count:N0} connections. No goal chosen, so here is how the network fits each goal."));
            Fits(html, r.CatalogueFits);
        }

        Note(html, Invariant($"As of {r.AsOf:yyyy-MM-dd}: {r.Growth.Trailing12Months:N0} added in 12 months; decision-makers {ShareText.Percent(r.DecisionMakerShare)}; engaged {(r.Engagement.HasMessages ? ShareText.Percent(r.Engagement.EngagedShare) : "n/a (no messages)")}; {r.Prune.Candidates.Length:N0} connections to review; {r.Invitations.Summary.Incoming:N0} pending invitations."));
        Mix(html, r.Functions, maxRows);
    }

    private static string Words(string pascal)
    {
        var text = new System.Text.StringBuilder(pascal.Length + 8);
        foreach (var c in pascal)
        {
            if (char.IsUpper(c) && text.Length > 0)
            {
                text.Append(' ');
            }

            text.Append(char.ToLowerInvariant(c));
        }

        return text.ToString();
    }

    private static void Import(Html html, ImportSummary i, int maxRows)
    {
        Note(html, Invariant($"{i.Connections:N0} connections ({i.HiddenProfiles:N0} hidden profiles), {i.Messages:N0} messages, {i.Invitations:N0} invitations, {i.Positions:N0} positions{(i.FirstConnectedOn is { } first ? Invariant($"; connected from {first:yyyy-MM-dd} to {i.LastConnectedOn:yyyy-MM-dd}") : string.Empty)}."));
        html.Table(
            ["file", "kind", "rows", "loaded", "rejected"],
            i.Files.Select(f => (IReadOnlyList<string>)[f.Path, f.Kind.ToString(), Count(f.RowsRead), Count(f.RowsLoaded), Count(f.RowsRejected)]),
            2, 3, 4);
        if (i.Rejected.IsEmpty)
        {
            Note(html, "Every row was loaded.");
            return;
        }

        Note(html, Invariant($"{i.Rejected.Length:N0} rows could not be read{(i.Rejected.Length > maxRows ? Invariant($"; the first {maxRows} shown") : string.Empty)}:"));
        html.Table(
            ["file", "line", "reason", "row"],
            i.Rejected.Take(maxRows).Select(x => (IReadOnlyList<string>)[x.File, Count(x.Line), x.Reason, x.Excerpt]),
            1);
    }

    private static void Note(Html html, string text) => html.Element("p", text);

    private static string Status(SizeStatus status) => status switch
    {
        SizeStatus.Below => "below",
        SizeStatus.Above => "above",
        _ => "within",
    };

    private static bool IsNumeric(DataFrameColumn column) =>
        column.DataType != typeof(string) && column.DataType != typeof(bool) && column.DataType != typeof(DateTime) && column.DataType != typeof(char);

    private static string Cell(object? value) => value switch
    {
        null => string.Empty,
        DateTime d when d.TimeOfDay == TimeSpan.Zero => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        DateTime d => d.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture),
        double x => x.ToString("0.####", CultureInfo.InvariantCulture),
        float x => x.ToString("0.####", CultureInfo.InvariantCulture),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? string.Empty,
    };

    private static string Count(long value) => value.ToString("N0", CultureInfo.InvariantCulture);

    private static string Invariant(FormattableString text) => FormattableString.Invariant(text);

    // Draws with the page's plotly.js when it has one (an exported page inlines it), else loads it once from the CDN
    // (through require.js where the notebook front end uses it).
    private const string DrawChart = """
        function draw() {
          var target = document.getElementById(id);
          if (target) { Plotly.newPlot(target, figure.data, figure.layout || {}, { responsive: true, displaylogo: false }); }
        }
        if (typeof window.Plotly !== "undefined") { draw(); return; }
        if (typeof window.requirejs === "function" && typeof window.require === "function") {
          window.require.config({ paths: { plotly: cdn.replace(/\.js$/, "") } });
          window.require(["plotly"], function (plotly) { window.Plotly = plotly; draw(); });
          return;
        }
        var tag = document.querySelector("script[data-networkadvisor-plotly]");
        if (!tag) {
          tag = document.createElement("script");
          tag.src = cdn;
          tag.setAttribute("data-networkadvisor-plotly", "");
          document.head.appendChild(tag);
        }
        tag.addEventListener("load", draw);

        """;
}
