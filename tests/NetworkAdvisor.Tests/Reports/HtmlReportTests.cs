using System.Text.RegularExpressions;
using NetworkAdvisor.Charts;
using NetworkAdvisor.Classification;
using NetworkAdvisor.Goals;
using NetworkAdvisor.Model;
using NetworkAdvisor.Reports;
using NetworkAdvisor.Samples;

namespace NetworkAdvisor.Tests.Reports;

public sealed class HtmlReportTests
{
    private static readonly DateOnly AsOf = new(2026, 11, 1);

    internal const string Payload = "<img src=x onerror=\"document.title='pwned'\"></script><script>document.title='pwned'</script>\u2028'\"=1+1";

    internal static ExportBundle Hostile(int connections = 200)
    {
        var bundle = SampleExportGenerator.Generate(new SampleOptions(connections, 5, AsOf));
        return bundle with
        {
            Connections = [.. bundle.Connections.Select((c, i) => i % 5 == 0 && !c.IsHidden
                ? c with { FirstName = Payload, LastName = "X" + Payload, Company = "Evil " + Payload, Position = Payload + " Engineer" }
                : c)],
            Invitations = [.. bundle.Invitations.Select(i => i with { From = Payload, Message = Payload })],
        };
    }

    internal static string Render(ExportBundle bundle, Goal? goal, bool anonymize = false)
    {
        var input = anonymize ? Anonymizer.Apply(bundle) : bundle;
        var report = ReportBuilder.Build(input, ConnectionClassifier.Default, goal, AsOf, anonymize);
        return HtmlReport.Render(report, ReportCharts.For(report), PlotlyScript.Source);
    }

    private static string WithoutPlotly(string html) =>
        html.Replace(PlotlyScript.Source.Replace("</script", "<\\/script", StringComparison.OrdinalIgnoreCase), string.Empty, StringComparison.Ordinal);

    [Fact]
    public void Writing_to_a_stream_gives_the_rendered_page_in_UTF8()
    {
        var report = ReportBuilder.Build(Hostile(), ConnectionClassifier.Default, null, AsOf, anonymized: false);
        var charts = ReportCharts.For(report);
        using var stream = new MemoryStream();

        HtmlReport.Write(stream, report, charts);

        var expected = new System.Text.UTF8Encoding(encoderShouldEmitUTF8Identifier: false).GetBytes(HtmlReport.Render(report, charts, PlotlyScript.Source));
        Assert.True(expected.AsSpan().SequenceEqual(stream.ToArray()), "the bytes differ");
    }

    [Fact]
    public void The_report_has_verdict_kpis_charts_checks_and_data_quality()
    {
        var goal = GoalCatalogue.All.Single(g => g.Id == "sales-new-clients");
        var html = Render(SampleExportGenerator.Generate(new SampleOptions(600, 3, AsOf)), goal);
        var report = ReportBuilder.Build(SampleExportGenerator.Generate(new SampleOptions(600, 3, AsOf)), ConnectionClassifier.Default, goal, AsOf, false);

        Assert.Contains("fit score", html, StringComparison.Ordinal);
        Assert.Contains("Decision-makers", html, StringComparison.Ordinal);
        Assert.Contains("Goal-fit checks", html, StringComparison.Ordinal);
        Assert.Contains("What to do next", html, StringComparison.Ordinal);
        Assert.Contains("Data quality", html, StringComparison.Ordinal);
        foreach (var chart in ReportCharts.For(report))
        {
            Assert.Contains($"id=\"{chart.Id}\"", html, StringComparison.Ordinal);
            Assert.Contains($"data-chart=\"{chart.Id}\"", html, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Plotly_is_inlined_once_and_nothing_is_fetched()
    {
        var html = Render(SampleExportGenerator.Generate(new SampleOptions(300, 3, AsOf)), null);

        Assert.Equal(1, CountOf(html, PlotlyScript.Source[..200]));
        Assert.DoesNotMatch(new Regex("(src|href)\\s*=\\s*[\"']?(https?:)?//", RegexOptions.IgnoreCase), WithoutPlotly(html));
        Assert.Contains("default-src 'none'", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Without_a_goal_the_report_compares_every_goal_and_says_how_to_choose()
    {
        var html = Render(SampleExportGenerator.Generate(new SampleOptions(300, 3, AsOf)), null);

        Assert.Contains("No goal chosen", html, StringComparison.Ordinal);
        Assert.Contains("--goal", html, StringComparison.Ordinal);
        Assert.All(GoalCatalogue.All, g => Assert.Contains(g.Id, html, StringComparison.Ordinal));
    }

    [Fact]
    public void Untrusted_text_is_encoded_everywhere()
    {
        var html = WithoutPlotly(Render(Hostile(), GoalCatalogue.All[0]));

        Assert.DoesNotContain("<img", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<script>document", html, StringComparison.OrdinalIgnoreCase);
        // Only our own script elements close: one per chart's JSON, plotly.js, and the drawing script.
        Assert.Equal(CountOf(html, "data-chart=\"") + 2, CountOf(html, "</script>"));
        Assert.Contains("&lt;img src=x", html, StringComparison.Ordinal);
        Assert.DoesNotContain('\u2028', html);
    }

    [Fact]
    public void Anonymised_reports_hold_no_emails_or_profile_links()
    {
        var bundle = SampleExportGenerator.Generate(new SampleOptions(400, 8, AsOf));
        var names = bundle.Connections.Where(c => !c.IsHidden).Select(c => c.FullName).Distinct().Take(50).ToList();

        var html = WithoutPlotly(Render(bundle, GoalCatalogue.All[1], anonymize: true));

        Assert.DoesNotContain("linkedin.com", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotMatch(new Regex(@"[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+\.[A-Za-z]{2,}"), html);
        Assert.DoesNotContain(names, n => html.Contains(Html(n), StringComparison.Ordinal));
        Assert.Contains("Person ", html, StringComparison.Ordinal);
    }

    [Fact]
    public void A_network_at_linkedins_cap_gives_a_report_under_5_MB()
    {
        var html = Render(SampleExportGenerator.Generate(new SampleOptions(30_000, 2, AsOf)), GoalCatalogue.All[6]);

        Assert.InRange(System.Text.Encoding.UTF8.GetByteCount(html), 1_000_000, 5 * 1024 * 1024);
    }

    private static string Html(string text) => System.Text.Encodings.Web.HtmlEncoder.Create(System.Text.Unicode.UnicodeRanges.All).Encode(text);

    private static int CountOf(string text, string part)
    {
        var count = 0;
        for (var i = text.IndexOf(part, StringComparison.Ordinal); i >= 0; i = text.IndexOf(part, i + part.Length, StringComparison.Ordinal))
        {
            count++;
        }

        return count;
    }
}
