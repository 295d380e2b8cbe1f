using NetworkAdvisor.Analysis;
using NetworkAdvisor.Charts;
using static NetworkAdvisor.Tests.Charts.ChartJson;

namespace NetworkAdvisor.Tests.Charts;

public sealed class SegmentChartTests
{
    [Fact]
    public void Segment_bars_are_horizontal_one_per_segment_largest_on_top()
    {
        var mix = ChartInputs.Mix(("Acme", 30), ("Globex", 20), ("Initech", 10), (SegmentMix.OtherName, 5));

        var figure = NetworkCharts.SegmentBars(mix, "Connections by company");

        Assert.Equal("segment-company", figure.Id);
        Assert.Equal("Connections by company", figure.Title);
        var bar = Assert.Single(Traces(figure));
        Assert.Equal("bar", bar.GetProperty("type").GetString());
        Assert.Equal("h", bar.GetProperty("orientation").GetString());
        Assert.Equal(["Acme", "Globex", "Initech", "Other"], Strings(bar.GetProperty("y")));
        Assert.Equal([30.0, 20, 10, 5], Numbers(bar.GetProperty("x")));
        Assert.Equal("reversed", Layout(figure).GetProperty("yaxis").GetProperty("autorange").GetString());
        Assert.Equal("category", Layout(figure).GetProperty("yaxis").GetProperty("type").GetString());
        Assert.Equal("Connections", AxisTitle(figure, "xaxis"));
        Assert.Equal("Company", AxisTitle(figure, "yaxis"));
        Assert.Equal("Connections by company", Layout(figure).GetProperty("title").GetProperty("text").GetString());
        Assert.False(SaysNoData(figure));
    }

    [Fact]
    public void Long_names_are_shortened_on_the_axis_but_whole_in_the_hover_and_stay_distinct()
    {
        var stem = new string('A', 45);
        var mix = ChartInputs.Mix((stem + " One", 3), (stem + " Two", 2));

        var figure = NetworkCharts.SegmentBars(mix, "Companies");

        var bar = Assert.Single(Traces(figure));
        var labels = Strings(bar.GetProperty("y"));
        Assert.All(labels, l => Assert.True(l.Length <= 45, l));
        Assert.Equal(2, labels.Distinct().Count());
        var hover = bar.GetProperty("customdata").EnumerateArray().Select(c => c[0].GetString()!).ToArray();
        Assert.Equal([stem + " One", stem + " Two"], hover);
        Assert.True(Layout(figure).GetProperty("yaxis").GetProperty("automargin").GetBoolean());
    }

    [Fact]
    public void Function_by_seniority_is_a_sunburst_whose_leaves_are_the_non_empty_cells()
    {
        var cross = new CrossTab(
            SegmentDimension.Function,
            SegmentDimension.Seniority,
            ["Engineering", "Sales", "Legal"],
            ["Entry", "Senior", "CXO"],
            [[4, 2, 0], [0, 3, 1], [0, 0, 0]]);

        var figure = NetworkCharts.FunctionSeniority(cross);

        Assert.Equal("function-seniority", figure.Id);
        var sunburst = Assert.Single(Traces(figure));
        Assert.Equal("sunburst", sunburst.GetProperty("type").GetString());
        Assert.Equal("total", sunburst.GetProperty("branchvalues").GetString());
        var parents = Strings(sunburst.GetProperty("parents"));
        var values = Numbers(sunburst.GetProperty("values"));
        Assert.Equal(6, parents.Length); // 2 functions + 4 non-empty cells
        Assert.Equal(10, values.Where((_, i) => parents[i].Length == 0).Sum());
        Assert.Equal(10, values.Where((_, i) => parents[i].Length > 0).Sum());
        Assert.Equal(["Engineering", "Entry", "Senior", "Sales", "Senior", "CXO"], Strings(sunburst.GetProperty("labels")));
    }

    [Fact]
    public void Company_pareto_has_columns_and_a_cumulative_line_on_a_second_axis_without_other()
    {
        var mix = ChartInputs.Mix(("Acme", 50), ("Globex", 30), ("Initech", 10), (SegmentMix.OtherName, 10));

        var figure = NetworkCharts.CompanyPareto(mix);

        Assert.Equal("company-pareto", figure.Id);
        Assert.Equal(["bar", "scatter"], Types(figure));
        var (bar, line) = (Traces(figure)[0], Traces(figure)[1]);
        Assert.Equal(["Acme", "Globex", "Initech"], Strings(bar.GetProperty("x")));
        Assert.Equal("y2", line.GetProperty("yaxis").GetString());
        var cumulative = Numbers(line.GetProperty("y"));
        Assert.Equal(3, cumulative.Length);
        Assert.Equal(0.5, cumulative[0], 6);
        Assert.Equal(0.9, cumulative[2], 6);
        Assert.Equal("y", Layout(figure).GetProperty("yaxis2").GetProperty("overlaying").GetString());
        Assert.Equal("Company", AxisTitle(figure, "xaxis"));
        Assert.Equal("Connections", AxisTitle(figure, "yaxis"));
        Assert.Equal("Cumulative share of network", AxisTitle(figure, "yaxis2"));
    }

    [Fact]
    public void Real_mixes_from_a_sample_chart_every_top_segment()
    {
        var sample = ChartInputs.Generate();
        foreach (var dimension in Enum.GetValues<SegmentDimension>())
        {
            var mix = SegmentAnalysis.Mix(sample.Classified, dimension, 12);
            var figure = NetworkCharts.SegmentBars(mix, dimension.ToString());
            Assert.Equal(mix.Top.Length, Strings(Assert.Single(Traces(figure)).GetProperty("y")).Length);
        }
    }
}
