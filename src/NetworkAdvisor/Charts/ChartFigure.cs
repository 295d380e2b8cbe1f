namespace NetworkAdvisor.Charts;

/// <summary>One chart, ready to hand to plotly.js: <c>Plotly.newPlot(div, figure.data, figure.layout)</c>.</summary>
/// <param name="Id">A stable slug naming the chart, e.g. <c>segment-function</c>; usable as an HTML id.</param>
/// <param name="Title">The chart's title as plain text (not HTML-escaped).</param>
/// <param name="Json">
/// The Plotly figure as JSON text, <c>{"data":[...],"layout":{...}}</c>: no GUIDs, no HTML, no plotly.js, and the
/// same text for the same input. Text from the export appears only as JSON string values (never inside a
/// hover template), with <c>&amp;</c>, <c>&lt;</c> and <c>&gt;</c> entity-encoded so plotly.js shows it literally,
/// and the JSON escapes <c>&lt;</c>, <c>&gt;</c>, <c>&amp;</c> and quotes as <c>\uXXXX</c>.
/// </param>
public sealed record ChartFigure(string Id, string Title, string Json);
