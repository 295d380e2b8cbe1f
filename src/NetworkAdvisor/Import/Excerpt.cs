using System.Globalization;
using System.Text;

namespace NetworkAdvisor.Import;

/// <summary>Short, single-line, printable excerpts of raw text for messages.</summary>
internal static class Excerpt
{
    /// <summary>
    /// At most <paramref name="max"/> characters; line breaks, tabs, other control characters and
    /// the Unicode line and paragraph separators become visible escapes.
    /// </summary>
    public static string Of(ReadOnlySpan<char> text, int max = 80)
    {
        var builder = new StringBuilder(Math.Min(text.Length, max) + 8);
        foreach (var c in text)
        {
            if (builder.Length >= max)
            {
                if (char.IsHighSurrogate(builder[^1]))
                {
                    builder.Length--;
                }

                builder.Append('…');
                break;
            }

            _ = c switch
            {
                '\n' => builder.Append("\\n"),
                '\r' => builder.Append("\\r"),
                '\t' => builder.Append("\\t"),
                _ when char.IsControl(c) || c is '\u2028' or '\u2029' =>
                    builder.Append("\\u").Append(((int)c).ToString("X4", CultureInfo.InvariantCulture)),
                _ => builder.Append(c),
            };
        }

        return builder.ToString();
    }
}
