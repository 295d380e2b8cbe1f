using Plotly.NET;

namespace NetworkAdvisor.Charts;

/// <summary>
/// Collects Plotly.NET charts and layout settings for one figure and turns them into the figure JSON. Traces are
/// made with Plotly.NET (and Plotly.NET.CSharp); properties its C# surface does not reach (hover templates,
/// custom data, secondary axes) are set on the same Plotly.NET objects, which Plotly.NET serialises.
/// </summary>
internal sealed class FigureBuilder
{
    private const string FontFamily = "system-ui, -apple-system, 'Segoe UI', Roboto, Helvetica, Arial, sans-serif";

    /// <summary>
    /// Sees every chart built on this flow with the JSON written for it; tests use it to compare that JSON with
    /// Plotly.NET's own serialisation.
    /// </summary>
    internal static readonly AsyncLocal<Action<GenericChart, string>?> Observer = new();

    private readonly List<GenericChart> charts = [];
    private readonly Layout layout = new();
    private readonly List<object> annotations = [];
    private readonly List<object> shapes = [];

    public FigureBuilder(string title)
    {
        Set("title", Of(("text", ChartText.Display(title)), ("x", 0.01), ("xanchor", "left")));
        Set("font", Of(("family", FontFamily), ("size", 13), ("color", "#222222")));
        Set("colorway", ChartPalette.Colorway);
        Set("paper_bgcolor", "#ffffff");
        Set("plot_bgcolor", "#ffffff");
        Set("hoverlabel", Of(("align", "left")));
        Set("margin", Of(("t", 60), ("r", 30), ("b", 60), ("l", 30)));
    }

    /// <summary>A JSON object for the layout or a trace property, keys in the given order.</summary>
    public static Dictionary<string, object> Of(params (string Key, object Value)[] properties)
    {
        var result = new Dictionary<string, object>(StringComparer.Ordinal);
        foreach (var (key, value) in properties)
        {
            result[key] = value;
        }

        return result;
    }

    /// <summary>A hidden-grid axis with a title, kept clear of long labels.</summary>
    public static Dictionary<string, object> Axis(string title, params (string Key, object Value)[] more)
    {
        var axis = Of(("title", Of(("text", title))), ("automargin", true), ("gridcolor", "#e5e5e5"), ("zerolinecolor", "#bdbdbd"));
        foreach (var (key, value) in more)
        {
            axis[key] = value;
        }

        return axis;
    }

    /// <summary>Adds a chart's traces, setting extra properties on each.</summary>
    public void Add(GenericChart chart, params (string Key, object Value)[] properties)
    {
        foreach (var trace in GenericChart.getTraces(chart))
        {
            foreach (var (key, value) in properties)
            {
                trace.SetProperty(key, value);
            }
        }

        charts.Add(chart);
    }

    /// <summary>Adds a trace object built directly on Plotly.NET's trace type.</summary>
    public void Add(Trace trace) => charts.Add(GenericChart.ofTraceObject(false, trace));

    public void Set(string key, object value) => layout.SetProperty(key, value);

    public void Annotate(Dictionary<string, object> annotation) => annotations.Add(annotation);

    public void Shape(Dictionary<string, object> shape) => shapes.Add(shape);

    /// <summary>A "No data" note in the middle of the plot area.</summary>
    public void NoData(string message = "No data") =>
        Annotate(Of(
            ("text", message),
            ("xref", "paper"),
            ("yref", "paper"),
            ("x", 0.5),
            ("y", 0.5),
            ("showarrow", false),
            ("font", Of(("size", 16), ("color", "#666666")))));

    public ChartFigure Build(string id, string title)
    {
        if (annotations.Count > 0)
        {
            Set("annotations", annotations.ToArray());
        }

        if (shapes.Count > 0)
        {
            Set("shapes", shapes.ToArray());
        }

        if (charts.Count == 0)
        {
            charts.Add(GenericChart.ofTraceObject(false, new Trace2D("scatter")));
        }

        var chart = charts.Count == 1 ? charts[0] : GenericChart.combine(charts);
        chart = GenericChart.setLayout(layout, chart);
        var json = PlotlyJson.Figure(GenericChart.getTraces(chart), GenericChart.getLayout(chart));
        Observer.Value?.Invoke(chart, json);
        return new ChartFigure(id, title, json);
    }
}
