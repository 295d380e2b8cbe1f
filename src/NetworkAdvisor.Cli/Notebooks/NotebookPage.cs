using System.Text;
using System.Text.RegularExpressions;
using Markdig.Syntax;
using NetworkAdvisor.Reports;

namespace NetworkAdvisor.Cli.Notebooks;

/// <summary>
/// An executed notebook as one standalone page (<see cref="HtmlPage"/>: plotly.js inlined once, no request allowed).
/// Markdown cells are rendered as text-only markdown (<see cref="NotebookMarkdown"/>); code is shown encoded, then its
/// outputs: <c>text/html</c> as the kernel produced it (NetworkAdvisor's formatters encode all export text, and
/// nbconvert passes it through the same way), images as data URLs, markdown output like markdown cells, anything else
/// as encoded text. Streams and errors are encoded text.
/// </summary>
internal static partial class NotebookPage
{
    /// <summary>Renders the page.</summary>
    /// <param name="notebook">The executed notebook.</param>
    /// <param name="fallbackTitle">The title when no markdown cell has a heading (the file name).</param>
    /// <param name="plotlyJs">The plotly.js source to inline.</param>
    public static Result Render(ExecutedNotebook notebook, string fallbackTitle, string plotlyJs)
    {
        ArgumentNullException.ThrowIfNull(notebook);
        var markdown = notebook.Cells.Select(c => c.IsCode ? null : NotebookMarkdown.Parse(c.Source)).ToList();
        var title = fallbackTitle;
        for (var i = 0; i < markdown.Count; i++)
        {
            if (markdown[i] is { } document && NotebookMarkdown.FirstHeading(document) is { } heading)
            {
                title = NotebookMarkdown.PlainText(heading);

                // The page shows the title as its heading; a notebook that opens with it would show it twice.
                if (i == FirstNonEmpty(notebook) && document.IndexOf(heading) == 0)
                {
                    document.Remove(heading);
                }

                break;
            }
        }

        var fragments = new List<string>();
        int outputs = 0, charts = 0, needNetwork = 0, images = 0;
        for (var i = 0; i < notebook.Cells.Count; i++)
        {
            var cell = notebook.Cells[i];
            if (markdown[i] is { } document)
            {
                images += NotebookMarkdown.OutsideImages(document);
                var html = NotebookMarkdown.ToHtml(document);
                if (html.Length > 0)
                {
                    fragments.Add("<div class=\"nb-markdown\">" + html + "</div>");
                }

                continue;
            }

            if (cell.Source.Trim().Length == 0 && cell.Outputs.Count == 0)
            {
                continue;
            }

            var fragment = new StringBuilder("<div class=\"nb-code\">");
            if (cell.Source.Trim().Length > 0)
            {
                fragment.Append("<pre class=\"nb-source\"><code>").Append(Text(cell.Source.TrimEnd())).Append("</code></pre>");
            }

            foreach (var output in Shown(cell.Outputs))
            {
                var html = Output(output);
                outputs++;
                charts += Occurrences(html, " data-networkadvisor-chart ");
                fragment.Append("<div class=\"nb-output\">").Append(html).Append("</div>");
                if (NetworkContent.IsNeeded(html))
                {
                    needNetwork++;
                    fragment.Append(NetworkNote);
                }
            }

            fragments.Add(fragment.Append("</div>").ToString());
        }

        if (fragments.Count == 0)
        {
            fragments.Add(string.Empty);
        }

        fragments[0] = Css + fragments[0];
        return new Result(HtmlPage.Render(title, fragments, plotlyJs), title, notebook.Cells.Count, outputs, charts, needNetwork, images);
    }

    /// <summary>
    /// The outputs to show. dotnet-interactive reports a <c>#r "nuget: ..."</c> restore as a stream of "Installing
    /// Packages" displays that a live notebook replaces in place, but an executed copy keeps each one; once the cell has
    /// its final "Installed Packages" display, the progress before it is left out.
    /// </summary>
    private static IEnumerable<ExecutedNotebook.Output> Shown(IReadOnlyList<ExecutedNotebook.Output> outputs)
    {
        var installed = -1;
        for (var i = 0; i < outputs.Count; i++)
        {
            if (Html(outputs[i]).Contains(InstalledPackages, StringComparison.Ordinal))
            {
                installed = i;
            }
        }

        return outputs.Where((output, i) => i >= installed || !Html(output).Contains(InstallingPackages, StringComparison.Ordinal));

        static string Html(ExecutedNotebook.Output output) => output.Data.TryGetValue("text/html", out var html) ? html : string.Empty;
    }

    private const string InstallingPackages = "<strong>Installing Packages</strong>";

    private const string InstalledPackages = "<strong>Installed Packages</strong>";

    /// <summary>HTML for one output.</summary>
    private static string Output(ExecutedNotebook.Output output) => output.Type switch
    {
        "stream" => Pre(output.Name == "stderr" ? "nb-stderr" : "nb-stream", output.Text),
        "error" => Pre("nb-error", output.Text),
        _ => Display(output.Data),
    };

    /// <summary>The richest representation a static page can show, in nbconvert's order of preference.</summary>
    private static string Display(IReadOnlyDictionary<string, string> data)
    {
        if (data.TryGetValue("text/html", out var html))
        {
            return html;
        }

        if (data.TryGetValue("image/svg+xml", out var svg))
        {
            return Image("image/svg+xml", Convert.ToBase64String(Encoding.UTF8.GetBytes(svg)));
        }

        foreach (var type in new[] { "image/png", "image/jpeg", "image/gif" })
        {
            if (data.TryGetValue(type, out var base64) && Base64(base64) is { } clean)
            {
                return Image(type, clean);
            }
        }

        if (data.TryGetValue("text/markdown", out var markdown))
        {
            return "<div class=\"nb-markdown\">" + NotebookMarkdown.ToHtml(NotebookMarkdown.Parse(markdown)) + "</div>";
        }

        if (data.TryGetValue("text/plain", out var plain))
        {
            return Pre("nb-text", plain);
        }

        return data.Count == 0 ? string.Empty : Pre("nb-note", "(an output of type " + string.Join(", ", data.Keys) + " that a static page cannot show)");
    }

    private static string Image(string type, string base64) => "<img alt=\"\" src=\"data:" + type + ";base64," + base64 + "\">";

    /// <summary>Base64 without line breaks, or null when the text is not base64.</summary>
    private static string? Base64(string text)
    {
        var clean = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            if (char.IsAsciiLetterOrDigit(c) || c is '+' or '/' or '=')
            {
                clean.Append(c);
            }
            else if (!char.IsWhiteSpace(c))
            {
                return null;
            }
        }

        return clean.Length > 0 && clean.Length % 4 == 0 ? clean.ToString() : null;
    }

    private static string Pre(string cssClass, string text) => "<pre class=\"" + cssClass + "\">" + Text(text) + "</pre>";

    /// <summary>Encoded text: terminal colour codes and control characters (but line breaks and tabs) removed.</summary>
    private static string Text(string text)
    {
        var clean = new StringBuilder(text.Length);
        foreach (var c in AnsiEscape().Replace(text, string.Empty))
        {
            if (!char.IsControl(c) || c is '\n' or '\t')
            {
                clean.Append(c);
            }
        }

        return clean.Replace("&", "&amp;").Replace("<", "&lt;").Replace(">", "&gt;").Replace("\"", "&quot;").Replace("'", "&#39;").ToString();
    }

    private static int Occurrences(string text, string value)
    {
        var count = 0;
        for (var at = text.IndexOf(value, StringComparison.Ordinal); at >= 0; at = text.IndexOf(value, at + value.Length, StringComparison.Ordinal))
        {
            count++;
        }

        return count;
    }

    private static int FirstNonEmpty(ExecutedNotebook notebook)
    {
        for (var i = 0; i < notebook.Cells.Count; i++)
        {
            if (notebook.Cells[i].Source.Trim().Length > 0 || notebook.Cells[i].Outputs.Count > 0)
            {
                return i;
            }
        }

        return -1;
    }

    [GeneratedRegex("\u001B\\[[0-9;?]*[ -/]*[@-~]", RegexOptions.CultureInvariant)]
    private static partial Regex AnsiEscape();

    /// <summary>Shown under an output that loads from another site, so a blank space is explained where it appears.</summary>
    internal const string NetworkNote = "<p class=\"nb-offline\">This output loads scripts, styles or images from the internet, which this offline page does not allow; it may stay blank.</p>";

    private const string Css = """
        <style>
        .nb-source { border-left: 3px solid #5b7bd5; margin-bottom: 6px; }
        .nb-source code, .nb-output pre { font: 13px/1.45 ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; }
        .nb-output { margin: 4px 0 10px; }
        .nb-output > pre { background: #fff; border: 1px solid #dfe3ea; }
        .nb-output > pre.nb-stderr { color: #8a4b00; }
        .nb-output > pre.nb-error { background: #fdecec; border-color: #f1b0b0; color: #8a1c1c; }
        .nb-output img, .nb-markdown img { max-width: 100%; }
        .nb-markdown table th, .nb-markdown table td { border: 1px solid #dfe3ea; }
        .nb-offline { color: #5c6370; font-size: 0.85rem; font-style: italic; margin: 0 0 10px; }
        </style>
        """;

    /// <summary>The page and what it holds.</summary>
    /// <param name="Html">The HTML document.</param>
    /// <param name="Title">The page title.</param>
    /// <param name="Cells">Markdown and code cells.</param>
    /// <param name="Outputs">Outputs of code cells.</param>
    /// <param name="Charts">NetworkAdvisor charts (they draw offline).</param>
    /// <param name="NeedNetwork">Outputs that load from another site and stay blank offline.</param>
    /// <param name="OutsideImages">Markdown images that load from outside the page and stay empty.</param>
    internal sealed record Result(string Html, string Title, int Cells, int Outputs, int Charts, int NeedNetwork, int OutsideImages);
}
