using System.Globalization;
using System.Text;
using NetworkAdvisor.Analysis;

namespace NetworkAdvisor.Charts;

/// <summary>
/// Turns untrusted text (from an export or a goal file) into text plotly.js displays literally. plotly.js reads
/// a small HTML subset in labels, titles and hover text, so <c>&amp;</c>, <c>&lt;</c> and <c>&gt;</c> become
/// entities and control characters become spaces. Untrusted text never goes into a hover template: it travels
/// in <c>text</c>, <c>customdata</c> or labels and templates reference it with <c>%{...}</c>.
/// </summary>
internal static class ChartText
{
    public const int MaxLabelLength = 40;

    /// <summary>The text as plotly.js should display it.</summary>
    public static string Display(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return string.Empty;
        }

        var builder = new StringBuilder(text.Length + 8);
        foreach (var c in text)
        {
            switch (c)
            {
                case '&': builder.Append("&amp;"); break;
                case '<': builder.Append("&lt;"); break;
                case '>': builder.Append("&gt;"); break;
                default: builder.Append(char.IsControl(c) ? ' ' : c); break;
            }
        }

        return builder.ToString();
    }

    /// <summary>The text cut to <paramref name="max"/> characters (with an ellipsis), then made displayable.</summary>
    public static string Short(string? text, int max = MaxLabelLength)
    {
        text ??= string.Empty;
        if (text.Length <= max)
        {
            return Display(text);
        }

        var cut = max - 1;
        if (char.IsHighSurrogate(text[cut - 1]))
        {
            cut--;
        }

        return Display(text[..cut].TrimEnd()) + "…";
    }

    /// <summary>Category labels that stay distinct after shortening (a suffix " (2)", " (3)" ... on repeats).</summary>
    public static string[] UniqueLabels(IEnumerable<string> names, int max = MaxLabelLength)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var labels = new List<string>();
        foreach (var name in names)
        {
            var label = Short(name, max);
            var candidate = label;
            for (var n = 2; !seen.Add(candidate); n++)
            {
                candidate = string.Create(CultureInfo.InvariantCulture, $"{label} ({n})");
            }

            labels.Add(candidate);
        }

        return [.. labels];
    }

    /// <summary>Displayable text broken into lines of about <paramref name="width"/> characters with <c>&lt;br&gt;</c>.</summary>
    public static string Wrapped(string? text, int width = 60)
    {
        var words = (text ?? string.Empty).Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var builder = new StringBuilder();
        var line = 0;
        foreach (var word in words)
        {
            if (line > 0 && line + 1 + word.Length > width)
            {
                builder.Append("<br>");
                line = 0;
            }
            else if (line > 0)
            {
                builder.Append(' ');
                line++;
            }

            builder.Append(Display(word));
            line += word.Length;
        }

        return builder.ToString();
    }

    /// <summary>A whole number with thousands separators, invariant.</summary>
    public static string Count(long value) => value.ToString("N0", CultureInfo.InvariantCulture);

    /// <summary>A share (0 to 1) as a percentage with one decimal, invariant.</summary>
    public static string Percent(double share) => ShareText.Percent(share);

    /// <summary>A date as <c>yyyy-MM-dd</c>, the form plotly.js reads on a date axis.</summary>
    public static string Date(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
