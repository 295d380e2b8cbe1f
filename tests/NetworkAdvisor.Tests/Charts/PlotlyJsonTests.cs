using System.Text.Json.Nodes;
using NetworkAdvisor.Charts;
using NetworkAdvisor.Classification;
using NetworkAdvisor.Goals;
using NetworkAdvisor.Model;
using NetworkAdvisor.Reports;
using NetworkAdvisor.Samples;
using NetworkAdvisor.Tests.Reports;
using Plotly.NET;

namespace NetworkAdvisor.Tests.Charts;

/// <summary>Our figure writer against Plotly.NET's own serialisation, chart by chart.</summary>
public sealed class PlotlyJsonTests
{
    private static readonly DateOnly AsOf = new(2026, 11, 1);

    public static TheoryData<string> Inputs => ["typical", "no goal", "hostile", "empty", "tiny"];

    private static IReadOnlyList<ChartFigure> Charts(string input)
    {
        var goal = GoalCatalogue.Get("sales-new-clients");
        var (bundle, withGoal) = input switch
        {
            "typical" => (SampleExportGenerator.Generate(new SampleOptions(1500, 11, AsOf)), true),
            "no goal" => (SampleExportGenerator.Generate(new SampleOptions(300, 12, AsOf)), false),
            "hostile" => (HtmlReportTests.Hostile(), true),
            "empty" => (ExportBundle.Empty("empty.zip"), true),
            "tiny" => (SampleExportGenerator.Generate(new SampleOptions(3, 13, AsOf)), true),
            _ => throw new ArgumentOutOfRangeException(nameof(input)),
        };
        var report = ReportBuilder.Build(bundle, ConnectionClassifier.Default, withGoal ? goal : null, AsOf, false);
        return ReportCharts.For(report);
    }

    [Theory]
    [MemberData(nameof(Inputs))]
    public void Every_report_chart_has_the_values_plotly_net_itself_would_write(string input)
    {
        var seen = new List<(GenericChart Chart, string Json)>();
        FigureBuilder.Observer.Value = (chart, json) => seen.Add((chart, json));
        IReadOnlyList<ChartFigure> figures;
        try
        {
            figures = Charts(input);
        }
        finally
        {
            FigureBuilder.Observer.Value = null;
        }

        Assert.Equal(figures.Count, seen.Count);
        Assert.True(seen.Count >= 5, $"only {seen.Count} charts");
        foreach (var (chart, json) in seen)
        {
            var reference = JsonNode.Parse(GenericChart.toFigureJson(chart))!.AsObject();
            var expected = new JsonObject { ["data"] = reference["data"]!.DeepClone(), ["layout"] = reference["layout"]!.DeepClone() };
            var actual = JsonNode.Parse(json);
            Assert.True(JsonNode.DeepEquals(expected, actual), $"differs from Plotly.NET:\n{expected.ToJsonString()}\n{json}");
        }
    }

    [Fact]
    public void Figure_json_is_inert_in_html_and_keeps_non_finite_numbers_as_strings()
    {
        var layout = new Layout();
        layout.SetProperty("title", "</script><b>é");
        layout.SetProperty("values", new object[] { 1, 2.5, double.NaN, double.PositiveInfinity, 0.1f });
        layout.SetProperty("color", Color.fromARGB(128, 1, 2, 3));

        var json = PlotlyJson.Figure([], layout);

        Assert.Equal(
            "{\"data\":[],\"layout\":{\"title\":\"\\u003C/script\\u003E\\u003Cb\\u003E\\u00E9\",\"values\":[1,2.5,\"NaN\",\"Infinity\",0.1],\"color\":\"rgba(1, 2, 3, 0.5)\"}}",
            json);
    }
}
