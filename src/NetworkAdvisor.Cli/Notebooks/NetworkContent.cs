using System.Text.RegularExpressions;

namespace NetworkAdvisor.Cli.Notebooks;

/// <summary>
/// Finds HTML outputs that need the network to show: a script, stylesheet, image or frame loaded from an http(s) or
/// protocol-relative (<c>//host</c>) address, or a script that loads one itself (Plotly.NET's own chart formatter
/// configures require.js with the plotly.js CDN). Links (<c>&lt;a href&gt;</c>) and addresses shown as text do not
/// count; neither do NetworkAdvisor's charts, which draw with the page's inlined plotly.js. The exported page forbids
/// every request, so such outputs stay blank there.
/// </summary>
internal static partial class NetworkContent
{
    /// <summary>True when the HTML loads something from another site.</summary>
    public static bool IsNeeded(string html)
    {
        if (!html.Contains("//", StringComparison.Ordinal))
        {
            return false;
        }

        foreach (Match script in ScriptElement().Matches(html))
        {
            var attributes = script.Groups["attributes"].Value;
            var body = script.Groups["body"].Value;
            if (ExternalAttribute().IsMatch(attributes) || (!IsNetworkAdvisorChart(body) && ScriptUrl().IsMatch(body)))
            {
                return true;
            }
        }

        foreach (Match style in StyleElement().Matches(html))
        {
            if (CssUrl().IsMatch(style.Groups["body"].Value))
            {
                return true;
            }
        }

        return ResourceTag().IsMatch(html) || StyleAttribute().IsMatch(html);
    }

    /// <summary>
    /// NotebookHtml's chart script: it draws with <c>window.Plotly</c> when the page has it (an exported page does) and
    /// names the CDN only as a fallback; its chart data is JSON and may hold addresses as text.
    /// </summary>
    private static bool IsNetworkAdvisorChart(string body) =>
        body.Contains("var id = \"networkadvisor-", StringComparison.Ordinal) &&
        body.Contains("var cdn = \"" + NetworkAdvisor.Reports.NotebookHtml.PlotlyCdnUrl + "\"", StringComparison.Ordinal);

    private const RegexOptions Options = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.NonBacktracking;

    [GeneratedRegex("<script\\b(?<attributes>[^>]*)>(?<body>.*?)</script", Options | RegexOptions.Singleline)]
    private static partial Regex ScriptElement();

    [GeneratedRegex("<style\\b[^>]*>(?<body>.*?)</style", Options | RegexOptions.Singleline)]
    private static partial Regex StyleElement();

    [GeneratedRegex("\\s(src|href|xlink:href)\\s*=\\s*[\"']?\\s*(https?:)?//", Options)]
    private static partial Regex ExternalAttribute();

    /// <summary>An address in a JavaScript string literal.</summary>
    [GeneratedRegex("[\"'`]\\s*(https?:)?//[a-z0-9\\[]", Options)]
    private static partial Regex ScriptUrl();

    [GeneratedRegex("(url\\(\\s*[\"']?\\s*(https?:)?//)|(@import\\s+[\"']\\s*(https?:)?//)", Options)]
    private static partial Regex CssUrl();

    /// <summary>An element that loads what its attribute names (not &lt;a&gt;, whose href is only a link).</summary>
    [GeneratedRegex("<(img|iframe|frame|embed|object|video|audio|source|track|link|input|image|use|picture|body|table|td|th)\\b[^<>]*\\s(src|srcset|href|xlink:href|data|poster|background)\\s*=\\s*[\"']?\\s*(https?:)?//", Options)]
    private static partial Regex ResourceTag();

    [GeneratedRegex("<[a-z][a-z0-9-]*\\b[^<>]*\\sstyle\\s*=\\s*(\"[^\"]*|'[^']*)url\\(\\s*(&quot;|[\"'])?\\s*(https?:)?//", Options)]
    private static partial Regex StyleAttribute();
}
