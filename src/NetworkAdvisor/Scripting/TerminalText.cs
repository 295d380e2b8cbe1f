using System.Globalization;
using System.Text;

namespace NetworkAdvisor.Scripting;

/// <summary>
/// Makes untrusted text safe to print on a terminal: control characters (escape sequences, carriage returns,
/// backspaces, bells) and the invisible marks that reorder text (bidirectional overrides and isolates, line and
/// paragraph separators) become visible <c>\uXXXX</c> escapes. Line feeds and tabs stay.
/// </summary>
internal static class TerminalText
{
    public static bool NeedsEscape(char c) =>
        (char.IsControl(c) && c is not '\n' and not '\t')
        || c is '\u061C' or '\u200E' or '\u200F' or '\u2028' or '\u2029' or (>= '\u202A' and <= '\u202E') or (>= '\u2066' and <= '\u2069');

    public static string Escape(char c) => "\\u" + ((int)c).ToString("X4", CultureInfo.InvariantCulture);

    public static string Escape(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (!text.Any(NeedsEscape))
        {
            return text;
        }

        var builder = new StringBuilder(text.Length + 16);
        foreach (var c in text)
        {
            if (NeedsEscape(c))
            {
                builder.Append(Escape(c));
            }
            else
            {
                builder.Append(c);
            }
        }

        return builder.ToString();
    }

    /// <summary>One line for an error message: line breaks become spaces, then the rest is escaped.</summary>
    public static string OneLine(string text) => Escape(text.ReplaceLineEndings(" ").Replace('\t', ' '));
}
