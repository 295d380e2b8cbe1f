using System.Text;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Microsoft.Data.Analysis;
using Microsoft.FSharp.Core;
using NetworkAdvisor.Charts;
using NetworkAdvisor.Cli.Notebooks;
using NetworkAdvisor.Reports;
using NetworkAdvisor.Tests.Charts;
using Plotly.NET;
using static NetworkAdvisor.Tests.Cli.NotebookFixture;

namespace NetworkAdvisor.Tests.Cli;

/// <summary>How an executed notebook becomes a page: markdown as text-only markdown, code encoded, outputs as the kernel made them.</summary>
public sealed partial class NotebookPageTests
{
    [Theory]
    [InlineData("## Second level", "<h2>Second level</h2>")]
    [InlineData("- one\n- two", "<ul>\n<li>one</li>\n<li>two</li>\n</ul>")]
    [InlineData("1. first\n2. second", "<ol>\n<li>first</li>\n<li>second</li>\n</ol>")]
    [InlineData("Use `frame.Filter(x < 3)` here", "<code>frame.Filter(x &lt; 3)</code>")]
    [InlineData("```csharp\nvar n = 1 < 2;\n```", "<pre><code class=\"language-csharp\">var n = 1 &lt; 2;\n</code></pre>")]
    [InlineData("**bold** and *italic*", "<strong>bold</strong> and <em>italic</em>")]
    [InlineData("| goal | min |\n|---|---:|\n| sales | 500 |", "<td>sales</td>")]
    [InlineData("- [x] done", "type=\"checkbox\"")]
    [InlineData("[LinkedIn help](https://www.linkedin.com/help)", "<a href=\"https://www.linkedin.com/help\">LinkedIn help</a>")]
    [InlineData("[next notebook](05-growth.html#top)", "<a href=\"05-growth.html#top\">next notebook</a>")]
    [InlineData("<ada@example.org>", "<a href=\"mailto:ada@example.org\">ada@example.org</a>")]
    [InlineData("See www.example.org", "<a href=\"http://www.example.org\">www.example.org</a>")]
    public void Markdown_cells_render_headings_lists_code_and_links(string markdown, string expected)
    {
        var body = Body(Render(Markdown("# Title\n"), Markdown(markdown)).Html);

        Assert.Contains(expected, body, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("<script>document.title='pwned'</script>", "&lt;script&gt;document.title='pwned'&lt;/script&gt;")]
    [InlineData("Text <img src=x onerror=alert(1)> inline", "&lt;img src=x onerror=alert(1)&gt;")]
    [InlineData("<div onclick=\"alert(1)\">\nblock html\n</div>", "&lt;div onclick=&quot;alert(1)&quot;&gt;")]
    [InlineData("<iframe src=\"https://evil.example\"></iframe>", "&lt;iframe src=&quot;https://evil.example&quot;&gt;&lt;/iframe&gt;")]
    [InlineData("## Heading {onclick=alert(1) #id}", "Heading {onclick=alert(1) #id}")]
    [InlineData("[click](javascript:alert(1))", "click")]
    [InlineData("[click](JaVaScRiPt:alert(1))", "click")]
    [InlineData("[click](<java\tscript:alert(1)>)", "click")]
    [InlineData("[click](&#106;avascript:alert(1))", "click")]
    [InlineData("[click](%20javascript:alert(1))", "click")]
    [InlineData("[click][ref]\n\n[ref]: javascript:alert(1)", "click")]
    [InlineData("<javascript:alert(1)>", "javascript:alert(1)")]
    [InlineData("[click](vbscript:msgbox(1))", "click")]
    [InlineData("[click](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)", "click")]
    [InlineData("![alt text](javascript:alert(1))", "alt text")]
    [InlineData("[click](file:///etc/passwd)", "click")]
    public void Markdown_text_never_becomes_markup_and_unsafe_links_keep_only_their_text(string markdown, string visible)
    {
        var page = Render(Markdown("# Title\n"), Markdown(markdown));
        var body = Body(page.Html);

        Assert.Contains(visible, body, StringComparison.Ordinal);
        Assert.DoesNotMatch(InjectedElement(), body);
        Assert.DoesNotMatch(EventHandler(), body);
        Assert.All(Addresses().Matches(body).Select(m => m.Groups[1].Value), url => Assert.Matches("^(https?://|mailto:|#|[^:]*$)", url));
        Assert.Equal("Title", Title(page.Html));
    }

    [Theory]
    [InlineData("https://example.org/x", false, true)]
    [InlineData("HTTP://example.org", false, true)]
    [InlineData("mailto:ada@example.org", false, true)]
    [InlineData("docs/x.html", false, true)]
    [InlineData("../x.html?a=b:c", false, true)]
    [InlineData("#section", false, true)]
    [InlineData("//cdn.example.org/x.js", false, true)]
    [InlineData("1javascript:alert(1)", false, false)]
    [InlineData("javascript:alert(1)", false, false)]
    [InlineData(" \u0001javascript:alert(1)", false, false)]
    [InlineData("jav\nascript:alert(1)", false, false)]
    [InlineData("java\tscript:alert(1)", false, false)]
    [InlineData("data:text/html,<script>", false, false)]
    [InlineData("data:image/png;base64,iVBORw0KGgo=", false, false)]
    [InlineData("data:image/png;base64,iVBORw0KGgo=", true, true)]
    [InlineData("data:text/html,<script>", true, false)]
    [InlineData("attachment:image.png", true, false)]
    [InlineData("tel:+4912345", false, false)]
    public void Only_http_https_mailto_and_relative_addresses_are_links(string url, bool image, bool safe)
    {
        Assert.Equal(safe, NotebookMarkdown.IsSafeUrl(url, image));
    }

    [Fact]
    public void Outputs_keep_html_as_produced_and_encode_text_streams_and_errors()
    {
        const string Png = "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==";
        var page = Render(Code(
            "var x = \"<b>\" + 1;\nx",
            Html("<div class=\"kernel\"><b>kept as produced</b></div>"),
            Plain("<script>document.title='pwned'</script>"),
            Stream("stdout", "hello <i>\n"),
            Stream("stderr", "\u001b[31mred warning\u001b[0m\n"),
            Error("InvalidOperationException", "boom <b>"),
            Display("image/png", Png[..40] + "\n" + Png[40..]),
            Display("text/markdown", "**md** <script>x</script> [js](javascript:alert(1))"),
            Display("application/x-unknown", "{}")));
        var body = Body(page.Html);

        Assert.Contains("<pre class=\"nb-source\"><code>var x = &quot;&lt;b&gt;&quot; + 1;\nx</code></pre>", body, StringComparison.Ordinal);
        Assert.Contains("<div class=\"kernel\"><b>kept as produced</b></div>", body, StringComparison.Ordinal);
        Assert.Contains("<pre class=\"nb-text\">&lt;script&gt;document.title=&#39;pwned&#39;&lt;/script&gt;</pre>", body, StringComparison.Ordinal);
        Assert.Contains("<pre class=\"nb-stream\">hello &lt;i&gt;\n</pre>", body, StringComparison.Ordinal);
        Assert.Contains("<pre class=\"nb-stderr\">red warning\n</pre>", body, StringComparison.Ordinal);
        Assert.Contains("<pre class=\"nb-error\">InvalidOperationException: boom &lt;b&gt;</pre>", body, StringComparison.Ordinal);
        Assert.Contains("<img alt=\"\" src=\"data:image/png;base64," + Png + "\">", body, StringComparison.Ordinal);
        Assert.Contains("<strong>md</strong> &lt;script&gt;x&lt;/script&gt; js", body, StringComparison.Ordinal);
        Assert.Contains("(an output of type application/x-unknown that a static page cannot show)", body, StringComparison.Ordinal);
        Assert.Equal(8, page.Outputs);
        Assert.Equal(0, page.NeedNetwork);
    }

    [Theory]
    [InlineData(true, 0)]
    [InlineData(false, 2)]
    public void Package_install_progress_is_shown_once_it_finished(bool finished, int progressShown)
    {
        static JsonObject Progress(string text) => Html($"<div><div></div><div><strong>{text}</strong><ul><li><span>NetworkAdvisor</span></li></ul></div><div></div></div>");
        JsonObject[] outputs = finished
            ? [Progress("Installing Packages"), Progress("Installing Packages"), Progress("Installed Packages"), Plain("Loading extension script from `extension.dib`")]
            : [Progress("Installing Packages"), Progress("Installing Packages"), Error("Error", "Unable to find package NetworkAdvisor")];

        var page = Render(Code("#r \"nuget: NetworkAdvisor, 0.1.0\"", outputs));

        Assert.Equal(progressShown, Regex.Count(page.Html, "<strong>Installing Packages</strong>"));
        Assert.Equal(finished ? 1 : 0, Regex.Count(page.Html, "<strong>Installed Packages</strong>"));
        Assert.Equal(outputs.Length - (finished ? 2 : 0), page.Outputs);
    }

    [Fact]
    public void Sources_and_outputs_may_be_strings_or_lists_of_strings()
    {
        var lists = Notebook(Markdown("# T\n\nline one\nline two"), Code("a\nb", Html("<p>x</p>\n<p>y</p>"), Stream("stdout", "1\n2\n")));
        var strings = Regex.Replace(lists, "\\[\\s*((\"(?:[^\"\\\\]|\\\\.)*\"\\s*,?\\s*)+)\\]", m =>
            "\"" + string.Concat(Regex.Matches(m.Groups[1].Value, "\"((?:[^\"\\\\]|\\\\.)*)\"").Select(s => s.Groups[1].Value)) + "\"");
        Assert.DoesNotContain("\"source\": [", strings, StringComparison.Ordinal);

        var fromLists = NotebookPage.Render(ExecutedNotebook.Parse(Encoding.UTF8.GetBytes(lists), "a.ipynb"), "a", string.Empty);
        var fromStrings = NotebookPage.Render(ExecutedNotebook.Parse(Encoding.UTF8.GetBytes(strings), "a.ipynb"), "a", string.Empty);

        Assert.Equal(fromLists.Html, fromStrings.Html);
        Assert.Contains("<p>x</p>\n<p>y</p>", fromLists.Html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("# Goal fit\n\nWhere the network stands.", "Goal fit", 1)]
    [InlineData("Intro first.\n\n## Second **level** `code`", "Second level code", 2)]
    [InlineData("No heading at all.", "04-goal-fit", 1)]
    [InlineData("# A <b>bold</b> & \"quoted\" title", "A <b>bold</b> & \"quoted\" title", 1)]
    public void The_title_is_the_first_heading_else_the_file_name(string markdown, string title, int headings)
    {
        var page = NotebookPage.Render(
            ExecutedNotebook.Parse(Encoding.UTF8.GetBytes(Notebook(Markdown(markdown), Code("1", Plain("1")))), "04-goal-fit.ipynb"), "04-goal-fit", string.Empty);

        Assert.Equal(title, page.Title);
        Assert.Equal(title, System.Net.WebUtility.HtmlDecode(Title(page.Html)));
        Assert.Equal(headings, Regex.Count(page.Html, "<h[1-6]>"));
    }

    public static TheoryData<string, bool> Outputs() => new()
    {
        { "networkadvisor-chart", false },
        { "networkadvisor-frame-with-addresses", false },
        { "plotly-net-require", true },
        { "plotly-net-default", false },
        { "<div class=\"dni-plaintext\"><pre>2</pre></div><style>table td { text-align: start; }</style>", false },
        { "<a href=\"https://www.linkedin.com/in/ada\">Ada</a>", false },
        { "&lt;img src=&quot;https://evil.example/x.png&quot;&gt; https://example.org as text", false },
        { "<img src=\"https://example.org/chart.png\" alt=\"\">", true },
        { "<IMG SRC='//example.org/chart.png'>", true },
        { "<script src=\"https://cdn.example.org/lib.js\"></script><div></div>", true },
        { "<script>var s = document.createElement('script'); s.src = 'https://cdn.example.org/x.js';</script>", true },
        { "<link rel=\"stylesheet\" href=\"https://fonts.example.org/css\">", true },
        { "<style>@import url(https://fonts.example.org/css);</style>", true },
        { "<div style=\"background: url('https://example.org/bg.png')\">x</div>", true },
        { "<iframe src=\"https://example.org/embed\"></iframe>", true },
        { "<img src=\"data:image/png;base64,iVBORw0KGgo=\">", false },
    };

    [Theory]
    [MemberData(nameof(Outputs))]
    public void Outputs_that_load_from_the_internet_are_counted(string output, bool needsNetwork)
    {
        var html = output switch
        {
            "networkadvisor-chart" => NotebookHtml.Render(NetworkCharts.SegmentBars(ChartInputs.Mix(("https://evil.example/x.js", 3), ("Acme", 2)), "Companies")),
            "networkadvisor-frame-with-addresses" => NotebookHtml.Render(new DataFrame(new StringDataFrameColumn("ProfileUrl", ["https://www.linkedin.com/in/ada", "<script src=\"https://evil.example/x.js\"></script>"]))),
            "plotly-net-require" => PlotlyNetChart(PlotlyJSReference.NewRequire("https://cdn.plot.ly/plotly-2.28.0.min")),
            "plotly-net-default" => PlotlyNetChart(null),
            _ => output,
        };

        var page = Render(Code("x", Html(html)));

        Assert.Equal(needsNetwork, NetworkContent.IsNeeded(html));
        Assert.Equal(needsNetwork ? 1 : 0, page.NeedNetwork);
        Assert.Equal(needsNetwork, page.Html.Contains(NotebookPage.NetworkNote, StringComparison.Ordinal));
    }

    [Fact]
    public void Markdown_images_from_outside_the_page_are_counted()
    {
        var page = Render(Markdown("# T\n\n![remote](https://example.org/a.png) ![local](images/b.png) ![inline](data:image/png;base64,iVBORw0KGgo=)"));

        Assert.Equal(2, page.OutsideImages);
        Assert.Contains("<img src=\"https://example.org/a.png\" alt=\"remote\" />", page.Html, StringComparison.Ordinal);
    }

    /// <summary>
    /// Chart HTML from Plotly.NET's <c>toChartHTML</c>. Plotly.NET.Interactive 6.0.0 (the notebook formatter) sets
    /// <c>Require("https://cdn.plot.ly/plotly-2.28.0.min")</c>, which loads require.js and plotly.js from CDNs; with its
    /// defaults (null here) the chart only calls <c>Plotly.newPlot</c>, which an exported page can serve.
    /// </summary>
    internal static string PlotlyNetChart(PlotlyJSReference? reference)
    {
        var chart = Plotly.NET.CSharp.Chart.Column<int, string, string>(new[] { 3, 1 }, Keys: new[] { "a", "b" });
        if (reference is not null)
        {
            chart = GenericChart.setDisplayOptions(DisplayOptions.init(null, null, null, null, null, null, FSharpOption<PlotlyJSReference>.Some(reference)), chart);
        }

        return GenericChart.toChartHTML(chart);
    }

    private static NotebookPage.Result Render(params JsonObject[] cells) =>
        NotebookPage.Render(ExecutedNotebook.Parse(Encoding.UTF8.GetBytes(Notebook(cells)), "nb.ipynb"), "nb", string.Empty);

    /// <summary>The page body after its stylesheet (where notebook content starts).</summary>
    private static string Body(string html) => html[html.IndexOf("</style><div", StringComparison.Ordinal)..];

    private static string Title(string html) => Regex.Match(html, "<title>(.*?)</title>", RegexOptions.Singleline).Groups[1].Value;

    [GeneratedRegex("<(script|img|iframe|svg|object|embed|xss|style)\\b|<div\\b(?! class=\"nb-)", RegexOptions.IgnoreCase)]
    private static partial Regex InjectedElement();

    [GeneratedRegex("<[^>]*\\son[a-z]+\\s*=", RegexOptions.IgnoreCase)]
    private static partial Regex EventHandler();

    [GeneratedRegex("\\s(?:href|src)=\"([^\"]*)\"", RegexOptions.IgnoreCase)]
    private static partial Regex Addresses();
}
