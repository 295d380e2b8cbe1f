using NetworkAdvisor.Analysis;
using NetworkAdvisor.Charts;
using static NetworkAdvisor.Tests.Charts.ChartJson;

namespace NetworkAdvisor.Tests.Charts;

public sealed class GrowthChartTests
{
    [Fact]
    public void Growth_has_columns_a_cumulative_line_a_goal_band_and_a_dashed_projection()
    {
        var growth = ChartInputs.Generate().Growth(min: 500, max: 1500);
        Assert.True(growth.MonthlyRate > 0);

        var figure = NetworkCharts.Growth(growth, 500, 1500);

        Assert.Equal("growth", figure.Id);
        Assert.Equal(["bar", "scatter", "scatter"], Types(figure));
        var traces = Traces(figure);
        Assert.Equal(growth.Periods.Length, traces[0].GetProperty("y").GetArrayLength());
        Assert.Equal(growth.Periods.Length, traces[1].GetProperty("y").GetArrayLength());
        Assert.Equal(growth.Total, Numbers(traces[1].GetProperty("y"))[^1]);
        Assert.Equal("y2", traces[1].GetProperty("yaxis").GetString());
        Assert.Equal("dash", traces[2].GetProperty("line").GetProperty("dash").GetString());
        Assert.Equal("y2", traces[2].GetProperty("yaxis").GetString());
        Assert.Equal(growth.Total, Numbers(traces[2].GetProperty("y"))[0]);
        Assert.Equal("2026-11-01", Strings(traces[2].GetProperty("x"))[0]);
        var band = Assert.Single(Layout(figure).GetProperty("shapes").EnumerateArray());
        Assert.Equal("rect", band.GetProperty("type").GetString());
        Assert.Equal("y2", band.GetProperty("yref").GetString());
        Assert.Equal(500, band.GetProperty("y0").GetInt32());
        Assert.Equal(1500, band.GetProperty("y1").GetInt32());
        Assert.Equal("Date connected", AxisTitle(figure, "xaxis"));
        Assert.Equal("Connections added per month", AxisTitle(figure, "yaxis"));
        Assert.Equal("Total connections", AxisTitle(figure, "yaxis2"));
    }

    [Fact]
    public void The_projection_reaches_the_goal_dates_it_has()
    {
        var growth = ChartInputs.Generate(300).Growth(min: 500, max: 900);
        var figure = NetworkCharts.Growth(growth, 500, 900);
        var projection = Traces(figure)[2];
        var dates = Strings(projection.GetProperty("x"));
        foreach (var p in growth.Projections.Where(p => p.Status == GrowthProjectionStatus.Projected && p.Target != GrowthTarget.LinkedInLimit
                     && p.Date <= growth.AsOf.AddYears(10)))
        {
            Assert.Contains(p.Date!.Value.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), dates);
        }
    }

    [Fact]
    public void Without_a_goal_there_is_no_band()
    {
        var figure = NetworkCharts.Growth(ChartInputs.Generate().Growth(null, null), null, null);

        Assert.False(Layout(figure).TryGetProperty("shapes", out _));
        Assert.Equal("bar", Types(figure)[0]);
    }

    [Fact]
    public void Cohorts_are_a_heatmap_of_function_by_year()
    {
        var growth = ChartInputs.Generate().Growth();

        var figure = NetworkCharts.Cohorts(growth);

        Assert.Equal("growth-cohorts", figure.Id);
        var heatmap = Assert.Single(Traces(figure));
        Assert.Equal("heatmap", heatmap.GetProperty("type").GetString());
        var years = Strings(heatmap.GetProperty("x"));
        Assert.Equal(growth.Years.Select(y => y.Year.ToString(System.Globalization.CultureInfo.InvariantCulture)), years);
        var functions = growth.Years.SelectMany(y => y.Functions).Select(f => f.Function).Distinct().Count();
        Assert.Equal(functions, heatmap.GetProperty("y").GetArrayLength());
        Assert.Equal(functions, heatmap.GetProperty("z").GetArrayLength());
        Assert.All(heatmap.GetProperty("z").EnumerateArray(), row => Assert.Equal(years.Length, row.GetArrayLength()));
        Assert.Equal("Year connected", AxisTitle(figure, "xaxis"));
        Assert.Equal("Job function", AxisTitle(figure, "yaxis"));
    }
}
