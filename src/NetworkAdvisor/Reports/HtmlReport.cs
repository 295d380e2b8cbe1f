using System.Globalization;
using System.Reflection;
using System.Text;
using NetworkAdvisor.Analysis;
using NetworkAdvisor.Charts;
using NetworkAdvisor.Classification;

namespace NetworkAdvisor.Reports;

/// <summary>
/// The self-contained HTML report: one file that works offline and forever. plotly.js is inlined once
/// for all charts, a Content-Security-Policy forbids every external request, and every string that
/// came from an export is encoded for its context (HTML text, or JSON inside a script element).
/// </summary>
public static class HtmlReport
{
    private const int RowsShown = 20;

    /// <summary>Renders the report.</summary>
    /// <param name="report">The analysed network.</param>
    /// <param name="charts">The charts to show, in order.</param>
    /// <param name="plotlyJs">The plotly.js source to inline (see <see cref="PlotlyScript"/>).</param>
    /// <returns>The HTML document.</returns>
    public static string Render(NetworkReport report, IReadOnlyList<ChartFigure> charts, string plotlyJs)
    {
        using var writer = new StringWriter(CultureInfo.InvariantCulture);
        Write(writer, report, charts, plotlyJs);
        return writer.ToString();
    }

    /// <summary>
    /// Writes the report, exactly as <see cref="Render"/> returns it, to <paramref name="writer"/> (a file, say): the
    /// page is never held whole, and plotly.js (about 3.5 MB) goes to the writer without being copied.
    /// </summary>
    /// <param name="writer">Where to write the HTML document.</param>
    /// <param name="report">The analysed network.</param>
    /// <param name="charts">The charts to show, in order.</param>
    /// <param name="plotlyJs">The plotly.js source to inline (see <see cref="PlotlyScript"/>).</param>
    public static void Write(TextWriter writer, NetworkReport report, IReadOnlyList<ChartFigure> charts, string plotlyJs)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(charts);
        ArgumentNullException.ThrowIfNull(plotlyJs);
        Head(report, charts).WriteTo(writer);
        Html.WriteScript(writer, plotlyJs);
        writer.Write(Tail);
    }

    /// <summary>
    /// Writes the report with the bundled plotly.js (<see cref="PlotlyScript"/>) to <paramref name="destination"/> as
    /// UTF-8 without a byte order mark: the same bytes as <see cref="Render"/>'s text encoded so, with plotly.js
    /// copied from its UTF-8 resource instead of being decoded and encoded again.
    /// </summary>
    /// <param name="destination">Where to write the HTML document (a file, say).</param>
    /// <param name="report">The analysed network.</param>
    /// <param name="charts">The charts to show, in order.</param>
    public static void Write(Stream destination, NetworkReport report, IReadOnlyList<ChartFigure> charts)
    {
        ArgumentNullException.ThrowIfNull(destination);
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(charts);
        var utf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);
        using (var head = new StreamWriter(destination, utf8, bufferSize: 1 << 16, leaveOpen: true))
        {
            Head(report, charts).WriteTo(head);
        }

        Html.WriteScript(destination, PlotlyScript.Utf8.Span);
        using var tail = new StreamWriter(destination, utf8, bufferSize: 1 << 12, leaveOpen: true);
        tail.Write(Tail);
    }

    /// <summary>Everything before plotly.js: the page up to the opening tag of the script that holds it.</summary>
    private static Html Head(NetworkReport report, IReadOnlyList<ChartFigure> charts)
    {
        var html = new Html();
        html.OfflineHead(Title(report), Css).Raw("</head><body><main>");

        Header(html, report);
        Verdict(html, report);
        Kpis(html, report);
        Charts(html, charts);
        Checks(html, report);
        Segments(html, report);
        Prune(html, report);
        Invitations(html, report);
        DataQuality(html, report);

        html.Raw("<footer>").Add(Invariant($"Made by NetworkAdvisor {Version} on your own computer from your LinkedIn export, as of {report.AsOf:yyyy-MM-dd}. This file makes no network requests.")).Raw("</footer></main>");
        foreach (var chart in charts)
        {
            html.Raw("<script type=\"application/json\" data-chart=\"").Add(chart.Id).Raw("\">").Raw(Html.ScriptJson(chart.Json)).Raw("</script>");
        }

        return html.Raw("<script>");
    }

    private static string Version =>
        typeof(HtmlReport).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion.Split('+')[0] ?? "0.0.0";

    private static string Title(NetworkReport r) =>
        r.Goal is null ? "Your LinkedIn network" : "Your LinkedIn network for: " + r.Goal.Title;

    private static void Header(Html html, NetworkReport r)
    {
        html.Raw("<header>").Element("h1", Title(r))
            .Element("p", Invariant($"{r.Source} · as of {r.AsOf:yyyy-MM-dd}{(r.Anonymized ? " · anonymised: people are pseudonyms, no e-mails or profile links" : string.Empty)}"), "muted")
            .Raw("</header>");
    }

    private static void Verdict(Html html, NetworkReport r)
    {
        html.Raw("<section class=\"verdict\">");
        if (r.Fit is { } fit)
        {
            html.Element("h2", fit.Verdict);
            html.Element("p", fit.Status switch
            {
                SizeStatus.Within => "Your network's size suits this goal; the checks below show whether its mix does too.",
                SizeStatus.Below => "Your network is smaller than this goal suggests; grow it with relevant people rather than random invitations.",
                _ => "Your network is larger than this goal suggests; prune before adding more, and keep the relationships real.",
            });
        }
        else
        {
            html.Element("h2", Invariant($"{r.Connections.Count:N0} connections. No goal chosen, so here is how your network fits each goal."));
            html.Element("p", "There is no universal ideal number of connections: the right size depends on your goal. Pick the goal that matches what you want from LinkedIn and run the report again with --goal <id>.");
            html.Table(
                ["goal id", "goal", "range", "size", "score"],
                r.CatalogueFits.Select(f => (IReadOnlyList<string>)[f.Goal.Id, f.Goal.Title, f.Goal.Range, f.Status.ToString().ToLowerInvariant(), Invariant($"{f.Score}")]),
                4);
        }

        html.Raw("</section>");
    }

    private static void Kpis(Html html, NetworkReport r)
    {
        var engaged = r.Engagement.HasMessages ? ShareText.Percent(r.Engagement.EngagedShare, 0) : "n/a";
        (string Label, string Value, string Note)[] tiles =
        [
            ("Connections", Invariant($"{r.Connections.Count:N0}"), r.Goal is null ? "all goals compared below" : "range " + r.Goal.Range),
            ("Added in 12 months", Invariant($"{r.Growth.Trailing12Months:N0}"), Invariant($"{r.Growth.MonthlyRate:0.0} per month")),
            ("Engaged share", engaged, r.Engagement.HasMessages ? "messaged in the last 12 months" : "needs messages.csv"),
            ("Decision-makers", ShareText.Percent(r.DecisionMakerShare, 0), "Director and above"),
            ("Fit score", r.Fit is { } fit ? Invariant($"{fit.Score}/100") : "n/a", r.Fit is null ? "choose a goal" : r.Fit.Status.ToString().ToLowerInvariant() + " the range"),
        ];
        html.Raw("<section class=\"kpis\">");
        foreach (var (label, value, note) in tiles)
        {
            html.Raw("<div class=\"kpi\">").Element("div", label, "label").Element("div", value, "value").Element("div", note, "muted").Raw("</div>");
        }

        html.Raw("</section>");
    }

    private static void Charts(Html html, IReadOnlyList<ChartFigure> charts)
    {
        html.Raw("<section class=\"charts\">");
        foreach (var chart in charts)
        {
            html.Raw("<figure>").Element("figcaption", chart.Title).Raw("<div class=\"chart\" id=\"").Add(chart.Id).Raw("\"></div></figure>");
        }

        html.Raw("</section>");
    }

    private static void Checks(Html html, NetworkReport r)
    {
        if (r.Fit is not { } fit)
        {
            return;
        }

        html.Raw("<section>").Element("h2", "Goal-fit checks");
        html.Table(
            ["check", "value", "target", "result", "why"],
            fit.Checks.Select(c => (IReadOnlyList<string>)[c.Name, c.Value, c.Target, c.Passed switch { true => "pass", false => "fail", null => "not measurable" }, c.Explanation]));
        html.Element("h2", "What to do next").Raw("<ol>");
        foreach (var recommendation in fit.Recommendations)
        {
            html.Element("li", recommendation);
        }

        html.Raw("</ol></section>");
    }

    private static void Segments(Html html, NetworkReport r)
    {
        html.Raw("<section class=\"columns\">");
        foreach (var (title, mix) in new[] { ("Job functions", r.Functions), ("Seniority", r.Seniorities), ("Companies", r.Companies) })
        {
            html.Raw("<div>").Element("h2", title).Table(
                ["segment", "connections", "share"],
                mix.Top.Select(s => (IReadOnlyList<string>)[s.Name, Invariant($"{s.Count:N0}"), ShareText.Percent(s.Share, 1)]),
                1, 2).Raw("</div>");
        }

        html.Raw("</section>");
    }

    private static void Prune(Html html, NetworkReport r)
    {
        html.Raw("<section>").Element("h2", Invariant($"Connections to review ({r.Prune.Candidates.Length:N0})"));
        html.Element("p", Invariant($"Ranked by how many reasons apply. Never proposed: {r.Prune.ProtectedColleagues:N0} colleagues and {r.Prune.ProtectedKeepers:N0} keepers.{(r.Prune.MessagesAvailable ? string.Empty : " Without messages.csv, 'never messaged' and 'dormant' could not be judged.")}"), "muted");
        html.Table(
            ["name", "company", "position", "connected", "reasons"],
            r.Prune.Candidates.Take(RowsShown).Select(c => (IReadOnlyList<string>)[
                c.Connection.Connection.IsHidden ? "(hidden profile)" : c.Connection.Connection.FullName,
                c.Connection.Connection.Company, c.Connection.Connection.Position,
                Invariant($"{c.Connection.Connection.ConnectedOn:yyyy-MM-dd}"), string.Join("; ", c.Reasons)]));
        html.Raw("</section>");
    }

    private static void Invitations(Html html, NetworkReport r)
    {
        var t = r.Invitations;
        html.Raw("<section>").Element("h2", Invariant($"Pending invitations ({t.Summary.Incoming:N0} incoming, {t.Summary.Outgoing:N0} sent)"));
        html.Table(
            ["from", "sent", "category", "suggestion", "reason"],
            t.Incoming.Take(RowsShown).Select(a => (IReadOnlyList<string>)[
                a.Invitation.From, Invariant($"{a.Invitation.SentAt:yyyy-MM-dd}"), a.Category.ToString(), a.Suggestion.ToString(), a.Reason]));
        if (!t.Withdraw.IsEmpty)
        {
            html.Element("p", Invariant($"{t.Withdraw.Length:N0} invitations you sent are older than {t.WithdrawAfterDays} days: consider withdrawing them."), "muted");
        }

        html.Raw("</section>");
    }

    private static void DataQuality(Html html, NetworkReport r)
    {
        var i = r.Import;
        html.Raw("<section>").Element("h2", "Data quality");
        html.Table(
            ["file", "kind", "rows", "loaded", "rejected"],
            i.Files.Select(f => (IReadOnlyList<string>)[f.Path, f.Kind.ToString(), Invariant($"{f.RowsRead:N0}"), Invariant($"{f.RowsLoaded:N0}"), Invariant($"{f.RowsRejected:N0}")]),
            2, 3, 4);
        if (!i.Skipped.IsEmpty)
        {
            html.Element("p", Invariant($"Not used ({i.Skipped.Length}): {string.Join(", ", i.Skipped.Take(30))}{(i.Skipped.Length > 30 ? ", ..." : string.Empty)}"), "muted");
        }

        if (i.Rejected.IsEmpty)
        {
            html.Element("p", "Every row was loaded.");
        }
        else
        {
            html.Element("p", Invariant($"{i.Rejected.Length:N0} rows could not be read:"));
            html.Table(
                ["file", "line", "reason", "row"],
                i.Rejected.Take(50).Select(x => (IReadOnlyList<string>)[x.File, Invariant($"{x.Line}"), x.Reason, x.Excerpt]),
                1);
        }

        html.Raw("</section>");
    }

    private static string Invariant(FormattableString text) => FormattableString.Invariant(text);

    /// <summary>Everything after plotly.js.</summary>
    private const string Tail = "</script><script>" + DrawCharts + "</script></body></html>\n";

    private const string DrawCharts = """
        (function () {
          var specs = document.querySelectorAll('script[type="application/json"][data-chart]');
          for (var i = 0; i < specs.length; i++) {
            var id = specs[i].getAttribute('data-chart');
            var target = document.getElementById(id);
            if (!target || typeof Plotly === 'undefined') { continue; }
            var figure = JSON.parse(specs[i].textContent);
            figure.layout = figure.layout || {};
            delete figure.layout.width;
            figure.layout.autosize = true;
            var width = target.getBoundingClientRect().width;
            if (width > 0) { figure.layout.width = Math.floor(width); }
            Plotly.newPlot(target, figure.data, figure.layout, { responsive: true, displaylogo: false });
          }
        })();
        """;

    private const string Css = """
        :root { --fg: #1d2330; --muted: #5b6475; --line: #dfe3ea; --accent: #0072B2; --bg: #fff; --tile: #f5f7fa; }
        * { box-sizing: border-box; }
        body { margin: 0; font: 15px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: var(--fg); background: var(--bg); }
        main { max-width: 1100px; margin: 0 auto; padding: 16px; }
        h1 { font-size: 1.6rem; margin: 0.2em 0; } h2 { font-size: 1.15rem; margin: 1.2em 0 0.4em; }
        .muted { color: var(--muted); font-size: 0.9rem; }
        .verdict { border-left: 4px solid var(--accent); padding: 4px 12px; background: var(--tile); }
        .kpis { display: grid; grid-template-columns: repeat(auto-fit, minmax(170px, 1fr)); gap: 10px; margin: 14px 0; }
        .kpi { background: var(--tile); border-radius: 8px; padding: 10px 12px; }
        .kpi .label { color: var(--muted); font-size: 0.85rem; } .kpi .value { font-size: 1.6rem; font-weight: 600; }
        .charts { display: grid; grid-template-columns: repeat(auto-fit, minmax(min(100%, 520px), 1fr)); gap: 14px; }
        .charts > figure { min-width: 0; overflow: hidden; }
        figure { margin: 0; border: 1px solid var(--line); border-radius: 8px; padding: 8px; break-inside: avoid; }
        figcaption { font-weight: 600; } .chart { width: 100%; min-height: 360px; }
        .columns { display: grid; grid-template-columns: repeat(auto-fit, minmax(min(100%, 320px), 1fr)); gap: 14px; }
        .table { overflow-x: auto; } table { border-collapse: collapse; width: 100%; font-size: 0.9rem; }
        th, td { text-align: left; padding: 4px 8px; border-bottom: 1px solid var(--line); vertical-align: top; overflow-wrap: anywhere; }
        th { background: var(--tile); } .num { text-align: right; white-space: nowrap; }
        footer { margin-top: 2em; color: var(--muted); font-size: 0.85rem; }
        @media print { main { max-width: none; } .charts { display: block; } figure { margin-bottom: 12px; } .table { overflow: visible; } }
        """;
}
