using System.Text;
using System.Text.Encodings.Web;
using System.Text.Unicode;

namespace NetworkAdvisor.Reports;

/// <summary>HTML building with encoding by context: every piece of data is encoded for where it goes.</summary>
internal sealed class Html
{
    private static readonly HtmlEncoder Encoder = HtmlEncoder.Create(UnicodeRanges.All);

    private readonly StringBuilder _builder = new();

    /// <summary>Text content (HTML-encoded; control characters dropped).</summary>
    public static string Text(string? value)
    {
        if (string.IsNullOrEmpty(value))
        {
            return string.Empty;
        }

        var clean = new StringBuilder(value.Length);
        foreach (var c in value)
        {
            if (!char.IsControl(c) || c is '\n' or '\t')
            {
                clean.Append(c);
            }
        }

        return Encoder.Encode(clean.ToString());
    }

    /// <summary>JSON text made safe inside a script element: &lt;, &gt;, &amp; and the JavaScript line separators escaped.</summary>
    public static string ScriptJson(string json) => json
        .Replace("<", "\\u003c", StringComparison.Ordinal)
        .Replace(">", "\\u003e", StringComparison.Ordinal)
        .Replace("&", "\\u0026", StringComparison.Ordinal)
        .Replace("\u2028", "\\u2028", StringComparison.Ordinal)
        .Replace("\u2029", "\\u2029", StringComparison.Ordinal);

    /// <summary>
    /// Opens an offline document up to its style element: a Content-Security-Policy that forbids every request (inline
    /// scripts and styles only), no referrer, the title as text and the CSS. The caller closes the head.
    /// </summary>
    public Html OfflineHead(string title, string css) =>
        Raw("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">")
            .Raw("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
            .Raw("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; script-src 'unsafe-inline' 'unsafe-eval'; style-src 'unsafe-inline'; img-src data: blob:; font-src data:; connect-src 'none'\">")
            .Raw("<meta name=\"referrer\" content=\"no-referrer\">")
            .Raw("<title>").Add(title).Raw("</title><style>").Raw(css).Raw("</style>");

    /// <summary>
    /// Writes script text for an inline script element: every <c>&lt;/script</c> (any case) becomes
    /// <c>&lt;\/script</c>, so the text cannot close its element; the rest goes to the writer as it is.
    /// </summary>
    public static void WriteScript(TextWriter writer, string script)
    {
        var rest = script.AsSpan();
        int at;
        while ((at = rest.IndexOf("</script", StringComparison.OrdinalIgnoreCase)) >= 0)
        {
            writer.Write(rest[..at]);
            writer.Write("<\\/script");
            rest = rest[(at + "</script".Length)..];
        }

        writer.Write(rest);
    }

    /// <summary>
    /// As <see cref="WriteScript(TextWriter, string)"/> for UTF-8 script text written to a stream: a closing tag is
    /// recognised in any ASCII case, as browsers do.
    /// </summary>
    public static void WriteScript(Stream destination, ReadOnlySpan<byte> script)
    {
        var rest = script;
        var from = 0;
        int at;
        while ((at = rest[from..].IndexOf("</"u8)) >= 0)
        {
            at += from;
            if (!Ascii.EqualsIgnoreCase(rest.Slice(at + 2, Math.Min(6, rest.Length - at - 2)), "script"u8))
            {
                from = at + 2;
                continue;
            }

            destination.Write(rest[..at]);
            destination.Write("<\\/script"u8);
            rest = rest[(at + "</script".Length)..];
            from = 0;
        }

        destination.Write(rest);
    }

    /// <summary>Appends script text for an inline script element, escaped as <see cref="WriteScript(TextWriter, string)"/> does.</summary>
    public Html Script(string script)
    {
        using var writer = new StringWriter(_builder, System.Globalization.CultureInfo.InvariantCulture);
        WriteScript(writer, script);
        return this;
    }

    /// <summary>Writes the markup built so far to <paramref name="writer"/> without making one string of it.</summary>
    public void WriteTo(TextWriter writer)
    {
        foreach (var chunk in _builder.GetChunks())
        {
            writer.Write(chunk.Span);
        }
    }

    /// <summary>Appends trusted markup (our own template text only).</summary>
    public Html Raw(string markup)
    {
        _builder.Append(markup);
        return this;
    }

    /// <summary>Appends data as text.</summary>
    public Html Add(string? value)
    {
        _builder.Append(Text(value));
        return this;
    }

    /// <summary>Appends an element with text content: <c>&lt;tag class&gt;text&lt;/tag&gt;</c>.</summary>
    public Html Element(string tag, string? text, string? cssClass = null)
    {
        _builder.Append('<').Append(tag);
        if (cssClass is not null)
        {
            _builder.Append(" class=\"").Append(cssClass).Append('"');
        }

        _builder.Append('>').Append(Text(text)).Append("</").Append(tag).Append('>');
        return this;
    }

    /// <summary>Appends a table of text cells; columns listed in <paramref name="numeric"/> align right.</summary>
    public Html Table(IReadOnlyList<string> header, IEnumerable<IReadOnlyList<string>> rows, params int[] numeric)
    {
        _builder.Append("<div class=\"table\"><table><thead><tr>");
        for (var i = 0; i < header.Count; i++)
        {
            _builder.Append(numeric.Contains(i) ? "<th class=\"num\">" : "<th>").Append(Text(header[i])).Append("</th>");
        }

        _builder.Append("</tr></thead><tbody>");
        foreach (var row in rows)
        {
            _builder.Append("<tr>");
            for (var i = 0; i < row.Count; i++)
            {
                _builder.Append(numeric.Contains(i) ? "<td class=\"num\">" : "<td>").Append(Text(row[i])).Append("</td>");
            }

            _builder.Append("</tr>");
        }

        _builder.Append("</tbody></table></div>");
        return this;
    }

    /// <inheritdoc/>
    public override string ToString() => _builder.ToString();
}
