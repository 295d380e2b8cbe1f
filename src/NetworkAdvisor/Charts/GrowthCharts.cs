using System.Globalization;
using NetworkAdvisor.Analysis;
using static NetworkAdvisor.Charts.FigureBuilder;
using CS = Plotly.NET.CSharp;

namespace NetworkAdvisor.Charts;

/// <summary>Charts of how a network grew: the timeline with goal band and projection, and the yearly cohorts.</summary>
internal static class GrowthCharts
{
    /// <summary>The projection is drawn at most this far ahead, so that history stays readable.</summary>
    private const int HorizonMonths = 120;

    public static ChartFigure Growth(GrowthResult growth, int? goalMin, int? goalMax)
    {
        ArgumentNullException.ThrowIfNull(growth);
        const string title = "Network growth";
        var periods = growth.Periods.IsDefault ? [] : growth.Periods.ToArray();
        var unit = PeriodName(growth.Period);
        var figure = new FigureBuilder(title);
        figure.Add(
            CS.Chart.Column<int, string, string>(
                periods.Select(p => p.Added).ToArray(),
                Keys: periods.Select(p => ChartText.Date(p.Start)).ToArray(),
                Name: "Added per " + unit,
                MarkerColor: Plotly.NET.Color.fromHex(ChartPalette.SkyBlue),
                UseDefaults: false),
            ("customdata", periods.Select(p => p.IsPartial ? p.Label + " (so far)" : p.Label).ToArray()),
            ("hovertemplate", "%{customdata}<br>%{y:,} added<extra></extra>"));
        figure.Add(
            CS.Chart.Line<string, int, string>(
                periods.Select(p => ChartText.Date(Min(p.End, growth.AsOf))).ToArray(),
                periods.Select(p => p.Cumulative).ToArray(),
                Name: "Total connections",
                LineColor: Plotly.NET.Color.fromHex(ChartPalette.Blue),
                LineWidth: 2.5,
                UseDefaults: false),
            ("yaxis", "y2"),
            ("hovertemplate", "%{x|%Y-%m-%d}<br>%{y:,} connections in total<extra></extra>"));
        var projection = ProjectionPoints(growth, periods);
        if (projection.Count > 1)
        {
            figure.Add(
                CS.Chart.Line<string, double, string>(
                    projection.Select(p => ChartText.Date(p.Date)).ToArray(),
                    projection.Select(p => p.Count).ToArray(),
                    ShowMarkers: true,
                    Name: "Projection at the current pace",
                    LineColor: Plotly.NET.Color.fromHex(ChartPalette.Vermillion),
                    LineDash: Plotly.NET.StyleParam.DrawingStyle.Dash,
                    MarkerColor: Plotly.NET.Color.fromHex(ChartPalette.Vermillion),
                    UseDefaults: false),
                ("yaxis", "y2"),
                ("customdata", projection.Select(p => p.Note).ToArray()),
                ("hovertemplate", "%{customdata}<br>%{x|%Y-%m-%d}: %{y:,.0f} connections<extra></extra>"));
        }

        GoalBand(figure, goalMin, goalMax);
        figure.Set("xaxis", Axis("Date connected", ("type", "date")));
        figure.Set("yaxis", Axis("Connections added per " + unit, ("rangemode", "tozero")));
        figure.Set("yaxis2", Axis("Total connections", ("overlaying", "y"), ("side", "right"), ("rangemode", "tozero"), ("showgrid", false)));
        figure.Set("legend", Of(("orientation", "h"), ("x", 0), ("y", -0.18)));
        figure.Set("hovermode", "closest");
        figure.Set("height", 480);
        if (periods.Length == 0)
        {
            figure.NoData();
        }

        return figure.Build("growth", title);
    }

    public static ChartFigure Cohorts(GrowthResult growth)
    {
        ArgumentNullException.ThrowIfNull(growth);
        const string title = "Who joined each year, by job function";
        var years = growth.Years.IsDefault ? [] : growth.Years.OrderBy(y => y.Year).ToArray();
        var functions = years
            .SelectMany(y => y.Functions.IsDefault ? [] : y.Functions.ToArray())
            .GroupBy(f => f.Function)
            .Select(g => (Function: g.Key, Name: g.First().Name, Total: g.Sum(f => f.Count)))
            .OrderByDescending(f => f.Total)
            .ThenBy(f => f.Name, StringComparer.Ordinal)
            .ToArray();
        var yearLabels = years.Select(y => y.Year.ToString(CultureInfo.InvariantCulture)).ToArray();
        var z = new double[functions.Length][];
        var counts = new int[functions.Length][];
        for (var f = 0; f < functions.Length; f++)
        {
            z[f] = new double[years.Length];
            counts[f] = new int[years.Length];
            for (var y = 0; y < years.Length; y++)
            {
                var cell = years[y].Functions.IsDefault ? null : years[y].Functions.FirstOrDefault(c => c.Function == functions[f].Function);
                z[f][y] = Math.Round((cell?.Share ?? 0) * 100, 2);
                counts[f][y] = cell?.Count ?? 0;
            }
        }

        var figure = new FigureBuilder(title);
        figure.Add(
            CS.Chart.Heatmap<double, string, string, string>(
                z,
                X: yearLabels,
                Y: ChartText.UniqueLabels(functions.Select(f => f.Name)),
                Name: "Share of the year's new connections",
                ColorScale: Plotly.NET.StyleParam.Colorscale.Cividis,
                XGap: 1,
                YGap: 1,
                UseDefaults: false),
            ("customdata", counts),
            ("colorbar", Of(("title", Of(("text", "% of year"))), ("ticksuffix", "%"))),
            ("hovertemplate", "%{y}, %{x}<br>%{z:.1f}% of the year's new connections<br>%{customdata:,} connections<extra></extra>"));
        figure.Set("xaxis", Axis("Year connected", ("type", "category")));
        figure.Set("yaxis", Axis("Job function", ("type", "category"), ("autorange", "reversed")));
        figure.Set("height", (int)Math.Max(360, (24 * functions.Length) + 160));
        if (functions.Length == 0)
        {
            figure.NoData();
        }

        return figure.Build("growth-cohorts", title);
    }

    private static void GoalBand(FigureBuilder figure, int? goalMin, int? goalMax)
    {
        if (goalMin is null && goalMax is null)
        {
            return;
        }

        var low = goalMin ?? goalMax!.Value;
        var high = goalMax ?? goalMin!.Value;
        if (low > high)
        {
            (low, high) = (high, low);
        }

        figure.Shape(Of(
            ("type", "rect"),
            ("xref", "paper"),
            ("yref", "y2"),
            ("x0", 0),
            ("x1", 1),
            ("y0", low),
            ("y1", high),
            ("fillcolor", ChartPalette.BluishGreen),
            ("opacity", 0.15),
            ("layer", "below"),
            ("line", Of(("color", ChartPalette.BluishGreen), ("width", 1), ("dash", "dot")))));
        var label = goalMin is not null && goalMax is not null
            ? "Goal range " + ChartText.Count(low) + "–" + ChartText.Count(high)
            : goalMin is not null ? "Goal minimum " + ChartText.Count(low) : "Goal maximum " + ChartText.Count(high);
        figure.Annotate(Of(
            ("text", label),
            ("xref", "paper"),
            ("yref", "y2"),
            ("x", 0.01),
            ("y", high),
            ("xanchor", "left"),
            ("yanchor", "bottom"),
            ("showarrow", false),
            ("font", Of(("color", "#00674F"), ("size", 12)))));
    }

    private static List<(DateOnly Date, double Count, string Note)> ProjectionPoints(GrowthResult growth, GrowthRow[] periods)
    {
        var points = new List<(DateOnly Date, double Count, string Note)>();
        if (periods.Length == 0 || growth.MonthlyRate <= 0)
        {
            return points;
        }

        var start = growth.AsOf;
        points.Add((start, growth.Total, "Today"));
        var horizon = start.AddMonths(HorizonMonths);
        var projections = growth.Projections.IsDefault ? [] : growth.Projections.ToArray();
        var ahead = projections
            .Where(p => p.Status == GrowthProjectionStatus.Projected && p.Date is not null && p.Target != GrowthTarget.LinkedInLimit)
            .OrderBy(p => p.Date)
            .ToArray();
        foreach (var projection in ahead)
        {
            var date = projection.Date!.Value;
            if (date > horizon)
            {
                break;
            }

            points.Add((date, projection.Count, TargetName(projection.Target) + " reached"));
        }

        if (points.Count == 1 || points[^1].Date < horizon && ahead.Any(p => p.Date > horizon))
        {
            var months = ahead.Length == 0 ? 12 : HorizonMonths;
            points.Add((start.AddMonths(months), growth.Total + (growth.MonthlyRate * months), ChartText.Count(months) + " months ahead"));
        }

        return points;
    }

    private static string TargetName(GrowthTarget target) => target switch
    {
        GrowthTarget.GoalMin => "Goal minimum",
        GrowthTarget.GoalMax => "Goal maximum",
        _ => "LinkedIn's 30,000 limit",
    };

    private static string PeriodName(GrowthPeriod period) => period switch
    {
        GrowthPeriod.Day => "day",
        GrowthPeriod.Week => "week",
        GrowthPeriod.Quarter => "quarter",
        GrowthPeriod.Year => "year",
        _ => "month",
    };

    private static DateOnly Min(DateOnly a, DateOnly b) => a < b ? a : b;
}
