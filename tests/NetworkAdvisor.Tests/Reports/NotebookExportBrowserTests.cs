using System.Text.RegularExpressions;
using Microsoft.Data.Analysis;
using NetworkAdvisor.Charts;
using NetworkAdvisor.Reports;
using NetworkAdvisor.Tests.Charts;
using NetworkAdvisor.Tests.Cli;
using Xunit.Abstractions;
using static NetworkAdvisor.Tests.Cli.NotebookFixture;

namespace NetworkAdvisor.Tests.Reports;

/// <summary>An executed notebook exported with <c>notebook-html</c> and opened in headless Chromium with no network.</summary>
public sealed class NotebookExportBrowserTests(ITestOutputHelper output)
{
    [BrowserFact]
    public void An_exported_notebook_draws_its_chart_offline_and_hostile_markdown_stays_text()
    {
        var frame = new DataFrame(
            new StringDataFrameColumn("Name", ["Ada <img src=x onerror=\"document.title='pwned'\">", "Bob"]),
            new PrimitiveDataFrameColumn<int>("Connections", [3, 5]));
        var notebook = Notebook(
            Markdown("# Goal fit <img src=x onerror=\"document.title='pwned'\">\n\n<script>document.title='pwned'</script>\n\n[click me](javascript:document.title='pwned')\n\n<iframe src=\"https://evil.example\"></iframe>"),
            Markdown("## Companies\n\n- the chart below is drawn from the inlined plotly.js"),
            Code(
                "NetworkCharts.SegmentBars(mix, \"Companies\")\ndisplay(frame);",
                Html(NotebookHtml.Render(NetworkCharts.SegmentBars(ChartInputs.Mix(("Acme <b>bold</b>", 12), ("Beta", 7), ("Gamma", 3)), "Companies"))),
                Html(NotebookHtml.Render(frame))),
            Code("\"<script>document.title='pwned'</script>\"", Plain("<script>document.title='pwned'</script>")),
            Code("throw new InvalidOperationException(\"boom\");", Error("Error", "System.InvalidOperationException: boom <b>")),
            Code("chart.Display(); // Plotly.NET.Interactive's formatter", Html(NotebookPageTests.PlotlyNetChart(Plotly.NET.PlotlyJSReference.NewRequire("https://cdn.plot.ly/plotly-2.28.0.min")))),
            Code("GenericChart.toChartHTML(chart)", Html(NotebookPageTests.PlotlyNetChart(null))));
        var folder = Path.Combine(AppContext.BaseDirectory, "screenshots");
        Directory.CreateDirectory(folder);
        var source = Path.Combine(folder, "notebook-export.ipynb");
        File.WriteAllText(source, notebook);
        var page = Path.ChangeExtension(source, ".html");

        var (exit, _, stderr) = CliRunner.Run("notebook-html", source, "--force");
        var (dom, log) = Chromium.DumpDom(page);
        Chromium.Screenshot(page, Path.Combine(folder, "notebook-export.png"));
        output.WriteLine($"screenshot: {Path.Combine(folder, "notebook-export.png")}");
        output.WriteLine(stderr);

        Assert.Equal(0, exit);
        Assert.Contains($"network-advisor: warning: {source}: blank offline: 1 of 6 outputs (", stderr, StringComparison.Ordinal);

        // Our chart and Plotly.NET's bare chart HTML draw with the inlined plotly.js; Plotly.NET.Interactive's (require.js
        // and plotly.js from CDNs) stays blank, as the warning and the README say.
        Assert.Equal(2, Regex.Count(dom, "class=\"plot-container plotly\""));
        Assert.Matches("data-networkadvisor-chart[^>]*>\\s*<div class=\"plot-container plotly\"", dom);
        Assert.Equal("Goal fit &lt;img src=x onerror=\"document.title='pwned'\"&gt;", Regex.Match(dom, "<title>(.*?)</title>", RegexOptions.Singleline).Groups[1].Value);
        var body = Regex.Replace(dom, "<script[^>]*>.*?</script>", string.Empty, RegexOptions.Singleline);
        Assert.DoesNotMatch(new Regex("<(iframe|img|xss)\\b|<b>bold|javascript:|<[^>]*\\son[a-z]+=", RegexOptions.IgnoreCase), body);
        Assert.Contains("&lt;script&gt;document.title='pwned'&lt;/script&gt;", body, StringComparison.Ordinal);
        Assert.Contains("<td>Ada &lt;img src=x onerror=\"document.title='pwned'\"&gt;</td>", body, StringComparison.Ordinal);
        Assert.Contains("Error: System.InvalidOperationException: boom &lt;b&gt;", body, StringComparison.Ordinal);
        Assert.Contains(">click me<", body, StringComparison.Ordinal);
        Assert.Contains("which this offline page does not allow; it may stay blank.", body, StringComparison.Ordinal);
        Assert.DoesNotContain(log.Split('\n'), l => l.Contains("CONSOLE", StringComparison.Ordinal) && l.Contains("Uncaught", StringComparison.Ordinal));
    }
}
