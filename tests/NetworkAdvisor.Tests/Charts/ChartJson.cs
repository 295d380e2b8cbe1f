using System.Text.Json;
using NetworkAdvisor.Charts;

namespace NetworkAdvisor.Tests.Charts;

/// <summary>Reads a <see cref="ChartFigure"/>'s JSON for assertions.</summary>
internal static class ChartJson
{
    public const string Hostile = "</script><img src=x onerror=alert(1)>%{x}";

    /// <summary>How plotly.js receives the hostile text: entities, so it is shown literally.</summary>
    public const string HostileDisplayed = "&lt;/script&gt;&lt;img src=x onerror=alert(1)&gt;%{x}";

    public static JsonElement Root(ChartFigure figure)
    {
        using var document = JsonDocument.Parse(figure.Json);
        var root = document.RootElement.Clone();
        Assert.Equal(JsonValueKind.Object, root.ValueKind);
        Assert.Equal(JsonValueKind.Array, root.GetProperty("data").ValueKind);
        Assert.Equal(JsonValueKind.Object, root.GetProperty("layout").ValueKind);
        return root;
    }

    public static JsonElement[] Traces(ChartFigure figure) => [.. Root(figure).GetProperty("data").EnumerateArray()];

    public static JsonElement Layout(ChartFigure figure) => Root(figure).GetProperty("layout");

    public static string[] Types(ChartFigure figure) => [.. Traces(figure).Select(t => t.GetProperty("type").GetString()!)];

    public static string AxisTitle(ChartFigure figure, string axis) =>
        Layout(figure).GetProperty(axis).GetProperty("title").GetProperty("text").GetString()!;

    public static string[] Strings(JsonElement array) => [.. array.EnumerateArray().Select(e => e.GetString()!)];

    public static double[] Numbers(JsonElement array) => [.. array.EnumerateArray().Select(e => e.GetDouble())];

    /// <summary>Every string value in the figure with the name of the property that holds it (array items inherit it).</summary>
    public static List<(string Property, string Value)> StringValues(ChartFigure figure)
    {
        var result = new List<(string, string)>();
        Walk(Root(figure), "", result);
        return result;
    }

    public static string[] HoverTemplates(ChartFigure figure) =>
        [.. StringValues(figure).Where(v => v.Property == "hovertemplate").Select(v => v.Value)];

    public static bool SaysNoData(ChartFigure figure) =>
        Layout(figure).TryGetProperty("annotations", out var annotations)
        && annotations.EnumerateArray().Any(a => a.GetProperty("text").GetString()!.StartsWith("No ", StringComparison.Ordinal));

    private static void Walk(JsonElement element, string property, List<(string, string)> result)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Object:
                foreach (var p in element.EnumerateObject())
                {
                    Walk(p.Value, p.Name, result);
                }

                break;
            case JsonValueKind.Array:
                foreach (var item in element.EnumerateArray())
                {
                    Walk(item, property, result);
                }

                break;
            case JsonValueKind.String:
                result.Add((property, element.GetString()!));
                break;
        }
    }
}
