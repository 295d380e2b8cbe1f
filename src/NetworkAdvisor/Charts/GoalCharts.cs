using System.Globalization;
using NetworkAdvisor.Analysis;
using Plotly.NET;
using static NetworkAdvisor.Charts.FigureBuilder;
using CS = Plotly.NET.CSharp;

namespace NetworkAdvisor.Charts;

/// <summary>Charts of a goal fit: the size gauge with the score, and the checks.</summary>
internal static class GoalCharts
{
    public static ChartFigure GoalGauge(GoalFit fit)
    {
        ArgumentNullException.ThrowIfNull(fit);
        const string title = "Network size against the goal";
        var goal = fit.Goal;
        var low = Math.Max(0, Math.Min(goal.Min, goal.Max));
        var high = Math.Max(goal.Min, goal.Max);
        var top = NiceCeiling(Math.Max(Math.Max(high * 1.25, fit.Connections * 1.05), 10));
        var figure = new FigureBuilder(title);

        // Plotly.NET's indicator chart takes F# options only; the trace is Plotly.NET's own TraceDomain object.
        var gauge = new TraceDomain("indicator");
        gauge.SetProperty("mode", "gauge+number");
        gauge.SetProperty("value", fit.Connections);
        gauge.SetProperty("number", Of(("valueformat", ",d"), ("font", Of(("size", 28)))));
        gauge.SetProperty("title", Of(
            ("text", ChartText.Display(goal.Title) + "<br><span style='font-size:0.8em;color:#555'>recommended " + ChartText.Count(low) + "–" + ChartText.Count(high) + "</span>"),
            ("font", Of(("size", 15)))));
        gauge.SetProperty("domain", Of(("x", new[] { 0.0, 0.62 }), ("y", new[] { 0.0, 0.85 })));
        gauge.SetProperty("gauge", Of(
            ("axis", Of(("range", new[] { 0.0, top }), ("tickformat", ",d"))),
            ("bar", Of(("color", ChartPalette.Blue), ("thickness", 0.35))),
            ("bgcolor", "#ffffff"),
            ("borderwidth", 1),
            ("bordercolor", "#cccccc"),
            ("steps", new object[]
            {
                Of(("range", new[] { 0.0, low }), ("color", "#f2f2f2")),
                Of(("range", new[] { (double)low, high }), ("color", "#BFE6DA")),
                Of(("range", new[] { (double)high, top }), ("color", "#f2f2f2")),
            }),
            ("threshold", Of(("line", Of(("color", ChartPalette.Vermillion), ("width", 3))), ("thickness", 0.8), ("value", Math.Min(fit.Connections, top))))));
        figure.Add(gauge);

        var score = new TraceDomain("indicator");
        score.SetProperty("mode", "number");
        score.SetProperty("value", Math.Clamp(fit.Score, 0, 100));
        score.SetProperty("number", Of(("suffix", " / 100"), ("font", Of(("size", 30), ("color", ScoreColor(fit.Score))))));
        score.SetProperty("title", Of(("text", "Fit score"), ("font", Of(("size", 15)))));
        score.SetProperty("domain", Of(("x", new[] { 0.7, 1.0 }), ("y", new[] { 0.45, 0.9 })));
        figure.Add(score);

        var scoreBar = new TraceDomain("indicator");
        scoreBar.SetProperty("mode", "gauge");
        scoreBar.SetProperty("value", Math.Clamp(fit.Score, 0, 100));
        scoreBar.SetProperty("domain", Of(("x", new[] { 0.72, 0.98 }), ("y", new[] { 0.22, 0.36 })));
        scoreBar.SetProperty("gauge", Of(
            ("shape", "bullet"),
            ("axis", Of(("range", new[] { 0, 100 }), ("tickvals", new[] { 0, 25, 50, 75, 100 }))),
            ("bar", Of(("color", ScoreColor(fit.Score)), ("thickness", 0.6))),
            ("bgcolor", "#f2f2f2"),
            ("borderwidth", 0)));
        figure.Add(scoreBar);

        figure.Annotate(Of(
            ("text", ChartText.Wrapped(fit.Verdict, 55)),
            ("xref", "paper"),
            ("yref", "paper"),
            ("x", 0.5),
            ("y", -0.08),
            ("xanchor", "center"),
            ("yanchor", "top"),
            ("showarrow", false),
            ("font", Of(("size", 13), ("color", "#333333")))));
        figure.Set("height", 420);
        figure.Set("margin", Of(("t", 110), ("r", 40), ("b", 80), ("l", 40)));
        return figure.Build("goal-gauge", title);
    }

    public static ChartFigure FitChecks(GoalFit fit)
    {
        ArgumentNullException.ThrowIfNull(fit);
        const string title = "Goal checks: how far each is met";
        var checks = fit.Checks.IsDefault ? [] : fit.Checks.ToArray();
        var labels = ChartText.UniqueLabels(checks.Select(c => c.Name));
        var figure = new FigureBuilder(title);
        var groups = new (string Name, bool? Passed, string Color)[]
        {
            ("Passed", true, ChartPalette.Passed),
            ("Failed", false, ChartPalette.Failed),
            ("Not measurable", null, ChartPalette.NotMeasurable),
        };
        var added = 0;
        foreach (var (name, passed, color) in groups)
        {
            var indexes = Enumerable.Range(0, checks.Length).Where(i => checks[i].Passed == passed).ToArray();
            if (indexes.Length == 0 && added > 0)
            {
                continue;
            }

            added++;
            figure.Add(
                CS.Chart.Bar<double, string, string>(
                    indexes.Select(i => Percent(checks[i].Fulfilment)).ToArray(),
                    Keys: indexes.Select(i => labels[i]).ToArray(),
                    Name: name,
                    MultiText: indexes.Select(i => checks[i].Passed is null ? "not measurable" : Percent(checks[i].Fulfilment).ToString("0", CultureInfo.InvariantCulture) + "%").ToArray(),
                    MarkerColor: Color.fromHex(color),
                    UseDefaults: false),
                ("customdata", indexes.Select(i => new object[]
                {
                    ChartText.Display(checks[i].Name),
                    ChartText.Display(checks[i].Value),
                    ChartText.Display(checks[i].Target),
                    ChartText.Wrapped(checks[i].Explanation),
                }).ToArray()),
                ("textposition", "outside"),
                ("cliponaxis", false),
                ("hovertemplate", "<b>%{customdata[0]}</b> (%{x:.0f}% met)<br>Value: %{customdata[1]}<br>Target: %{customdata[2]}<br>%{customdata[3]}<extra></extra>"));
        }

        figure.Set("barmode", "overlay");
        figure.Set("xaxis", Axis("Fulfilment (%)", ("range", new[] { 0, 105 }), ("ticksuffix", "%")));
        figure.Set("yaxis", Axis("Check", ("type", "category"), ("categoryorder", "array"), ("categoryarray", labels), ("autorange", "reversed"), ("ticksuffix", "  ")));
        figure.Set("legend", Of(("orientation", "h"), ("x", 1), ("xanchor", "right"), ("y", 1.0), ("yanchor", "bottom")));
        figure.Set("height", (int)Math.Max(320, (30 * checks.Length) + 160));
        figure.Shape(Of(
            ("type", "line"),
            ("xref", "x"),
            ("yref", "paper"),
            ("x0", 100),
            ("x1", 100),
            ("y0", 0),
            ("y1", 1),
            ("line", Of(("color", "#666666"), ("width", 1), ("dash", "dot")))));
        if (checks.Length == 0)
        {
            figure.NoData();
        }

        return figure.Build("goal-checks", title);
    }

    private static double Percent(double fulfilment) =>
        double.IsFinite(fulfilment) ? Math.Round(Math.Clamp(fulfilment, 0, 1) * 100, 1) : 0;

    private static string ScoreColor(int score) =>
        score >= 70 ? ChartPalette.BluishGreen : score >= 40 ? ChartPalette.Orange : ChartPalette.Vermillion;

    private static double NiceCeiling(double value)
    {
        var magnitude = Math.Pow(10, Math.Floor(Math.Log10(value)));
        foreach (var step in new[] { 1.0, 2.0, 2.5, 5.0, 10.0 })
        {
            if (step * magnitude >= value)
            {
                return step * magnitude;
            }
        }

        return 10 * magnitude;
    }
}
