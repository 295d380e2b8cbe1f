using System.Text.RegularExpressions;
using Microsoft.Data.Analysis;
using NetworkAdvisor.Analysis;
using NetworkAdvisor.Charts;
using NetworkAdvisor.Goals;
using NetworkAdvisor.Reports;
using NetworkAdvisor.Tests.Robustness;
using Xunit.Abstractions;

namespace NetworkAdvisor.Tests.Reports;

/// <summary>What notebooks show: every registered type renders as readable, inert HTML, even with hostile text everywhere.</summary>
public sealed class NotebookHtmlTests(ITestOutputHelper output)
{
    private static readonly Lazy<Network> HostileNetwork = new(() => Network.Of(HostileCorpus.Bundle(300), new DateOnly(2026, 11, 1)));

    private static readonly Regex InjectedElement = new("<(script|img|svg|iframe|xss|a|b)\\b(?![^>]*type=\"text/javascript\")", RegexOptions.IgnoreCase);

    public static TheoryData<string> Kinds => [.. Values().Select(v => v.Kind)];

    [Fact]
    public void Every_registered_type_has_a_rendering_test()
    {
        Assert.Equal(
            NotebookHtml.Types.Select(t => t.ToString()).Order(StringComparer.Ordinal),
            Values().Select(v => v.Value.GetType()).Select(t => NotebookHtml.Types.First(r => r.IsAssignableFrom(t)).ToString()).Distinct().Order(StringComparer.Ordinal));
    }

    [Theory]
    [MemberData(nameof(Kinds))]
    public void Each_type_renders_a_table_or_a_chart_and_no_payload_becomes_markup(string kind)
    {
        var value = Values().Single(v => v.Kind == kind).Value;

        var html = NotebookHtml.Render(value);

        Assert.True(html.Contains("<table", StringComparison.Ordinal) || html.Contains("data-networkadvisor-chart", StringComparison.Ordinal), html[..Math.Min(300, html.Length)]);
        var markup = Regex.Replace(html, "<script type=\"text/javascript\">.*?</script>", string.Empty, RegexOptions.Singleline);
        Assert.DoesNotMatch(InjectedElement, markup);
        Assert.DoesNotContain('\u2028', html);
        foreach (Match script in Regex.Matches(html, "<script type=\"text/javascript\">(.*?)</script>", RegexOptions.Singleline))
        {
            Assert.DoesNotContain("<", script.Groups[1].Value, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void A_long_frame_shows_the_first_rows_and_says_how_many_there_are()
    {
        var frame = new DataFrame(new PrimitiveDataFrameColumn<int>("N", Enumerable.Range(0, 1000)), new StringDataFrameColumn("Name", Enumerable.Range(0, 1000).Select(i => "<b>" + i)));

        var html = NotebookHtml.Render(frame, maxRows: 5);

        Assert.Equal(5, Regex.Matches(html, "<tr><td").Count);
        Assert.Contains("1,000 rows × 2 columns; the first 5 shown.", html, StringComparison.Ordinal);
        Assert.Contains("&lt;b&gt;4", html, StringComparison.Ordinal);
        Assert.DoesNotContain("&lt;b&gt;5", html, StringComparison.Ordinal);
    }

    [Fact]
    public void A_goal_fit_shows_its_verdict_checks_and_recommendations()
    {
        var fit = HostileNetwork.Value.Fit(GoalCatalogue.Get("sales-new-clients"));

        var html = NotebookHtml.Render(fit);

        Assert.Contains("<h3>" + System.Net.WebUtility.HtmlEncode(fit.Verdict).Replace("&#39;", "'", StringComparison.Ordinal), html.Replace("&#x27;", "'", StringComparison.Ordinal), StringComparison.Ordinal);
        Assert.Equal(fit.Checks.Length, Regex.Matches(html, "<tr><td>").Count);
        Assert.Equal(fit.Recommendations.Length, Regex.Matches(html, "<li>").Count);
    }

    [Fact]
    public void A_diff_lists_job_changes_added_and_removed_people()
    {
        var n = HostileNetwork.Value;
        var older = Network.Of(n.Export with { Connections = [.. n.Export.Connections.Skip(10).Select((c, i) => i == 0 ? c with { Company = "Earlier Ltd" } : c)] }, n.AsOf);

        var html = NotebookHtml.Render(n.ChangesSince(older));

        Assert.Contains("Changed jobs (1)", html, StringComparison.Ordinal);
        Assert.Contains(" at Earlier Ltd", html, StringComparison.Ordinal);
        Assert.Contains("Added (", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Types_it_does_not_know_are_refused()
    {
        Assert.Throws<ArgumentException>(() => NotebookHtml.Render("text"));
        Assert.Throws<ArgumentOutOfRangeException>(() => NotebookHtml.Render(HostileNetwork.Value.Frame, 0));
    }

    [BrowserFact]
    public void A_page_of_every_type_draws_its_charts_offline_and_keeps_payloads_as_text()
    {
        var values = Values().Select(v => v.Value).Prepend("A <script>document.title='pwned'</script> paragraph").ToList();
        var folder = Path.Combine(AppContext.BaseDirectory, "screenshots");
        Directory.CreateDirectory(folder);
        var file = Path.Combine(folder, "notebook-page.html");
        File.WriteAllText(file, NotebookHtml.Page("Notebook outputs", values, PlotlyScript.Source));

        var (dom, log) = Chromium.DumpDom(file);
        Chromium.Screenshot(file, Path.Combine(folder, "notebook-page.png"));
        output.WriteLine($"screenshot: {Path.Combine(folder, "notebook-page.png")}");

        Assert.Equal(values.Sum(v => v switch { ChartFigure => 1, IEnumerable<ChartFigure> list => list.Count(), _ => 0 }), Regex.Matches(dom, "class=\"plot-container plotly\"").Count);
        Assert.Equal("Notebook outputs", Regex.Match(dom, "<title>(.*?)</title>", RegexOptions.Singleline).Groups[1].Value);
        var body = Regex.Replace(dom, "<script[^>]*>.*?</script>", string.Empty, RegexOptions.Singleline);
        Assert.DoesNotMatch(new Regex("<(iframe|xss|img)\\b|<b>bold", RegexOptions.IgnoreCase), body);
        Assert.Contains("&lt;script&gt;document.title='pwned'&lt;/script&gt;", body, StringComparison.Ordinal);
        Assert.DoesNotContain(log.Split('\n'), l => l.Contains("CONSOLE", StringComparison.Ordinal) && l.Contains("Uncaught", StringComparison.Ordinal));
    }

    private static IEnumerable<(string Kind, object Value)> Values()
    {
        var n = HostileNetwork.Value;
        var goal = GoalCatalogue.Get("sales-new-clients");
        var mix = n.Mix(SegmentDimension.Company, 15);
        var growth = n.Growth(GrowthPeriod.Month, goal);
        var fit = n.Fit(goal);
        return
        [
            ("frame", n.Frame),
            ("chart-companies", NetworkCharts.SegmentBars(mix, "Companies <b>bold</b>")),
            ("chart-growth", NetworkCharts.Growth(growth, goal.Min, goal.Max)),
            ("chart-gauge", NetworkCharts.GoalGauge(fit)),
            ("fit", fit),
            ("mix", mix),
            ("cross", n.Cross(SegmentDimension.Function, SegmentDimension.Seniority)),
            ("growth", growth),
            ("engagement", n.Engagement()),
            ("prune", n.Prune(goal)),
            ("invitations", n.Invitations()),
            ("diff", n.ChangesSince(n)),
            ("summary", n.Summary),
            ("goals", GoalCatalogue.All),
            ("report-without-goal", n.Report()),
            ("catalogue-fits", n.Report().CatalogueFits),
            ("chart-list", ReportCharts.For(n.Report(goal))),
        ];
    }
}
