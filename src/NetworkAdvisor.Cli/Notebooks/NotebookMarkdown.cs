using System.Globalization;
using System.Text;
using Markdig;
using Markdig.Renderers;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace NetworkAdvisor.Cli.Notebooks;

/// <summary>
/// Markdown cells to HTML with Markdig, as text only: raw HTML in markdown is shown as text (<c>DisableHtml</c>), and
/// links keep only http, https, mailto and relative addresses (images also <c>data:image/</c>); any other link, such
/// as <c>javascript:</c>, is reduced to its text. Extensions are limited to ones that cannot add attributes
/// (no generic attributes, no heading ids).
/// </summary>
internal static class NotebookMarkdown
{
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder()
        .UsePipeTables()
        .UseEmphasisExtras()
        .UseTaskLists()
        .UseAutoLinks()
        .DisableHtml()
        .Build();

    /// <summary>Parses markdown with the page's pipeline.</summary>
    public static MarkdownDocument Parse(string markdown) => Markdown.Parse(markdown, Pipeline);

    /// <summary>Renders a parsed document to HTML after reducing unsafe links to their text.</summary>
    public static string ToHtml(MarkdownDocument document)
    {
        foreach (var link in document.Descendants<LinkInline>().ToList())
        {
            if (!IsSafeUrl(link.GetDynamicUrl?.Invoke() ?? link.Url, link.IsImage))
            {
                Unwrap(link);
            }
        }

        foreach (var autolink in document.Descendants<AutolinkInline>().ToList())
        {
            if (!autolink.IsEmail && !IsSafeUrl(autolink.Url, image: false))
            {
                autolink.ReplaceBy(new LiteralInline(autolink.Url));
            }
        }

        using var writer = new StringWriter(CultureInfo.InvariantCulture);

        // Second line of defence: every URL Markdig writes passes the same check.
        var renderer = new HtmlRenderer(writer) { LinkRewriter = url => IsSafeUrl(url, image: true) ? url : "#" };
        Pipeline.Setup(renderer);
        renderer.Render(document);
        writer.Flush();
        return writer.ToString();
    }

    /// <summary>The first heading among the document's top-level blocks, as plain text (null when it has none).</summary>
    public static HeadingBlock? FirstHeading(MarkdownDocument document) =>
        document.OfType<HeadingBlock>().FirstOrDefault(h => PlainText(h).Length > 0);

    /// <summary>A heading's text without markup, whitespace collapsed.</summary>
    public static string PlainText(HeadingBlock heading)
    {
        var text = new StringBuilder();
        if (heading.Inline is { } inline)
        {
            Append(inline, text);
        }

        return string.Join(' ', text.ToString().Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
    }

    /// <summary>
    /// Counts images that load from outside the page (any address but <c>data:</c>); the page's security policy blocks
    /// them, so they stay empty.
    /// </summary>
    public static int OutsideImages(MarkdownDocument document) =>
        document.Descendants<LinkInline>().Count(l => l.IsImage && !IsDataImage(Clean(l.GetDynamicUrl?.Invoke() ?? l.Url ?? string.Empty)));

    /// <summary>
    /// True for http, https, mailto and relative addresses (for images also <c>data:image/</c>). Tabs and line breaks
    /// inside and control characters or spaces around the address are ignored first, as browsers do.
    /// </summary>
    public static bool IsSafeUrl(string? url, bool image)
    {
        if (string.IsNullOrEmpty(url))
        {
            return true;
        }

        var clean = Clean(url);
        var scheme = Scheme(clean);
        if (scheme is null)
        {
            // A relative address; RFC 3986 allows no ':' in its first segment, so one there is not a link we make.
            var end = clean.IndexOfAny(['/', '?', '#']);
            return !(end < 0 ? clean : clean[..end]).Contains(':', StringComparison.Ordinal);
        }

        return scheme is "http" or "https" or "mailto" || (image && IsDataImage(clean));
    }

    private static bool IsDataImage(string clean) => clean.StartsWith("data:image/", StringComparison.OrdinalIgnoreCase);

    private static string Clean(string url)
    {
        var text = new StringBuilder(url.Length);
        foreach (var c in url)
        {
            if (c is not ('\t' or '\n' or '\r'))
            {
                text.Append(c);
            }
        }

        return text.ToString().Trim(Enumerable.Range(0, 0x21).Select(i => (char)i).ToArray());
    }

    /// <summary>The URL scheme in lower case (RFC 3986: a letter, then letters, digits, +, - or ., then ':'), else null.</summary>
    private static string? Scheme(string url)
    {
        if (url.Length == 0 || !char.IsAsciiLetter(url[0]))
        {
            return null;
        }

        var i = 1;
        while (i < url.Length && (char.IsAsciiLetterOrDigit(url[i]) || url[i] is '+' or '-' or '.'))
        {
            i++;
        }

        return i < url.Length && url[i] == ':' ? url[..i].ToLowerInvariant() : null;
    }

    /// <summary>Replaces a link by its content (an image by its alt text).</summary>
    private static void Unwrap(LinkInline link)
    {
        var child = link.FirstChild;
        while (child is not null)
        {
            var next = child.NextSibling;
            child.Remove();
            link.InsertBefore(child);
            child = next;
        }

        link.Remove();
    }

    private static void Append(ContainerInline container, StringBuilder text)
    {
        foreach (var inline in container)
        {
            switch (inline)
            {
                case LiteralInline literal: text.Append(literal.Content.ToString()); break;
                case CodeInline code: text.Append(code.Content); break;
                case HtmlEntityInline entity: text.Append(entity.Transcoded.ToString()); break;
                case AutolinkInline autolink: text.Append(autolink.Url); break;
                case LineBreakInline: text.Append(' '); break;
                case ContainerInline inner: Append(inner, text); break;
                default: break;
            }
        }
    }
}
