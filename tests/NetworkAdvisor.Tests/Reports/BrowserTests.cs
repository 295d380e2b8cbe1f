using System.Text.RegularExpressions;
using NetworkAdvisor.Charts;
using NetworkAdvisor.Classification;
using NetworkAdvisor.Goals;
using NetworkAdvisor.Reports;
using NetworkAdvisor.Samples;
using Xunit.Abstractions;

namespace NetworkAdvisor.Tests.Reports;

/// <summary>The report opened in a real headless browser with no network.</summary>
public sealed class BrowserTests(ITestOutputHelper output)
{
    private static readonly string Screens = System.IO.Path.Combine(AppContext.BaseDirectory, "screenshots");

    [BrowserFact]
    public void Every_chart_draws_offline_with_no_script_error_and_payloads_stay_text()
    {
        var goal = GoalCatalogue.All.Single(g => g.Id == "sales-new-clients");
        var bundle = HtmlReportTests.Hostile(800);
        var report = ReportBuilder.Build(bundle, ConnectionClassifier.Default, goal, new DateOnly(2026, 11, 1), false);
        var charts = ReportCharts.For(report);
        Directory.CreateDirectory(Screens);
        var file = System.IO.Path.Combine(Screens, "report.html");
        File.WriteAllText(file, HtmlReport.Render(report, charts, PlotlyScript.Source));

        var (dom, log) = Chromium.DumpDom(file);
        Chromium.Screenshot(file, System.IO.Path.Combine(Screens, "report.png"));
        output.WriteLine($"screenshot: {System.IO.Path.Combine(Screens, "report.png")}");

        // Plotly draws one <svg class="main-svg"> (or more) per chart; every chart div must hold a drawn plot.
        var drawn = Regex.Matches(dom, "class=\"plot-container plotly\"").Count;
        Assert.Equal(charts.Count, drawn);
        Assert.DoesNotContain("pwned", Regex.Match(dom, "<title>(.*?)</title>", RegexOptions.Singleline).Groups[1].Value, StringComparison.Ordinal);
        Assert.Contains("&lt;img src=x onerror=", dom, StringComparison.Ordinal);
        var errors = log.Split('\n').Where(l => l.Contains("CONSOLE", StringComparison.Ordinal) &&
            (l.Contains("Error", StringComparison.OrdinalIgnoreCase) || l.Contains("Uncaught", StringComparison.Ordinal) || l.Contains("Refused", StringComparison.Ordinal))).ToList();
        Assert.True(errors.Count == 0, string.Join("\n", errors));
    }

    [BrowserFact]
    public void An_anonymised_report_renders_without_emails_or_profile_links()
    {
        var bundle = Anonymizer.Apply(SampleExportGenerator.Generate(new SampleOptions(500, 4, new DateOnly(2026, 11, 1))));
        var report = ReportBuilder.Build(bundle, ConnectionClassifier.Default, null, new DateOnly(2026, 11, 1), true);
        var charts = ReportCharts.For(report);
        Directory.CreateDirectory(Screens);
        var file = System.IO.Path.Combine(Screens, "anonymised.html");
        File.WriteAllText(file, HtmlReport.Render(report, charts, PlotlyScript.Source));

        var (dom, _) = Chromium.DumpDom(file);
        var data = Regex.Replace(dom, "<script[^>]*>.*?</script>", string.Empty, RegexOptions.Singleline);

        Assert.Equal(charts.Count, Regex.Matches(dom, "class=\"plot-container plotly\"").Count);
        Assert.DoesNotContain("linkedin.com/in/", data, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotMatch(new Regex(@"[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+\.(com|org|net|example)"), data);
    }
}
