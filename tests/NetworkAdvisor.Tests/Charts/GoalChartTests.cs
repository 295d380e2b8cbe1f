using NetworkAdvisor.Charts;
using static NetworkAdvisor.Tests.Charts.ChartJson;

namespace NetworkAdvisor.Tests.Charts;

public sealed class GoalChartTests
{
    [Fact]
    public void The_gauge_shows_the_count_against_the_range_and_the_score()
    {
        var fit = ChartInputs.Fit(ChartInputs.Check("size", false, 0.84));

        var figure = NetworkCharts.GoalGauge(fit);

        Assert.Equal("goal-gauge", figure.Id);
        Assert.Equal(["indicator", "indicator", "indicator"], Types(figure));
        var (gauge, score) = (Traces(figure)[0], Traces(figure)[1]);
        Assert.Equal(420, gauge.GetProperty("value").GetInt32());
        var band = gauge.GetProperty("gauge").GetProperty("steps")[1].GetProperty("range");
        Assert.Equal([500.0, 1500], Numbers(band));
        Assert.True(Numbers(gauge.GetProperty("gauge").GetProperty("axis").GetProperty("range"))[1] >= 1500);
        Assert.Equal(57, score.GetProperty("value").GetInt32());
        Assert.Equal("Fit score", score.GetProperty("title").GetProperty("text").GetString());
        Assert.Equal(57, Traces(figure)[2].GetProperty("value").GetInt32());
        Assert.Equal("bullet", Traces(figure)[2].GetProperty("gauge").GetProperty("shape").GetString());
    }

    [Fact]
    public void Fit_checks_are_bars_coloured_by_outcome_with_one_point_per_check()
    {
        var fit = ChartInputs.Fit(
            ChartInputs.Check("size", false, 0.84),
            ChartInputs.Check("decision-makers", true, 1),
            ChartInputs.Check("engagement", null, 0),
            ChartInputs.Check("unknown-function", true, 1.3));

        var figure = NetworkCharts.FitChecks(fit);

        Assert.Equal("goal-checks", figure.Id);
        var traces = Traces(figure);
        Assert.All(traces, t => Assert.Equal("bar", t.GetProperty("type").GetString()));
        Assert.All(traces, t => Assert.Equal("h", t.GetProperty("orientation").GetString()));
        Assert.Equal(["Passed", "Failed", "Not measurable"], traces.Select(t => t.GetProperty("name").GetString()));
        Assert.Equal(4, traces.Sum(t => t.GetProperty("x").GetArrayLength()));
        Assert.Equal([100.0, 100], Numbers(traces[0].GetProperty("x")));
        Assert.Equal([84.0], Numbers(traces[1].GetProperty("x")));
        Assert.Equal(["rgba(0, 158, 115, 1.0)", "rgba(213, 94, 0, 1.0)", "rgba(153, 153, 153, 1.0)"], traces.Select(t => t.GetProperty("marker").GetProperty("color").GetString()));
        var custom = traces[1].GetProperty("customdata")[0];
        Assert.Equal(["size", "12%", "at least 20%"], custom.EnumerateArray().Take(3).Select(c => c.GetString()));
        Assert.Equal("Fulfilment (%)", AxisTitle(figure, "xaxis"));
        Assert.Equal("Check", AxisTitle(figure, "yaxis"));
        Assert.Equal(["size", "decision-makers", "engagement", "unknown-function"], Strings(Layout(figure).GetProperty("yaxis").GetProperty("categoryarray")));
    }

    [Fact]
    public void A_real_fit_charts_all_its_checks()
    {
        var fit = ChartInputs.Generate().Fit();

        var figure = NetworkCharts.FitChecks(fit);

        Assert.Equal(fit.Checks.Length, Traces(figure).Sum(t => t.GetProperty("x").GetArrayLength()));
        Assert.Equal(fit.Connections, Traces(NetworkCharts.GoalGauge(fit))[0].GetProperty("value").GetInt32());
    }
}
