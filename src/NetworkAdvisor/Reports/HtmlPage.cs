namespace NetworkAdvisor.Reports;

/// <summary>
/// A standalone, offline HTML page around HTML fragments (from <see cref="NotebookHtml"/> or an executed notebook):
/// plotly.js inlined once before the fragments so their charts draw without a network, and a Content-Security-Policy
/// that forbids every request, so a chart that would load plotly.js from a CDN stays blank instead of calling out.
/// </summary>
public static class HtmlPage
{
    /// <summary>Renders the page.</summary>
    /// <param name="title">The page title (plain text; encoded here).</param>
    /// <param name="fragments">HTML fragments made by NetworkAdvisor's renderers, in order.</param>
    /// <param name="plotlyJs">The plotly.js source to inline (see <see cref="Charts.PlotlyScript"/>).</param>
    /// <returns>The HTML document.</returns>
    public static string Render(string title, IEnumerable<string> fragments, string plotlyJs)
    {
        ArgumentNullException.ThrowIfNull(title);
        ArgumentNullException.ThrowIfNull(fragments);
        ArgumentNullException.ThrowIfNull(plotlyJs);
        var html = new Html();
        html.OfflineHead(title, Css)
            .Raw("<script>").Script(plotlyJs).Raw("</script>")
            .Raw("</head><body><main>").Element("h1", title);
        foreach (var fragment in fragments)
        {
            html.Raw("<section>").Raw(fragment).Raw("</section>\n");
        }

        return html.Raw("</main></body></html>\n").ToString();
    }

    private const string Css = """
        body { margin: 0; font: 15px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: #1d2330; }
        main { max-width: 1100px; margin: 0 auto; padding: 16px; }
        section { margin: 14px 0; }
        table { border-collapse: collapse; font-size: 0.9rem; }
        th, td { text-align: left; padding: 4px 8px; border-bottom: 1px solid #dfe3ea; vertical-align: top; overflow-wrap: break-word; }
        th { background: #f5f7fa; white-space: nowrap; } .num { text-align: right; white-space: nowrap; }
        .table { overflow-x: auto; }
        pre { background: #f5f7fa; padding: 8px 12px; overflow-x: auto; border-radius: 6px; }
        """;
}
