using System.Text;

namespace NetworkAdvisor.Reports;

/// <summary>
/// CSV for people to open in a spreadsheet: RFC 4180 quoting, and text that a spreadsheet would run
/// as a formula (starting with <c>=</c>, <c>+</c>, <c>-</c>, <c>@</c>, tab or carriage return) is
/// prefixed with an apostrophe, as OWASP recommends against CSV injection.
/// </summary>
public static class SafeCsv
{
    /// <summary>Formats one row (without a line break).</summary>
    /// <param name="cells">The cells; untrusted text is fine.</param>
    /// <returns>The row.</returns>
    public static string Row(IEnumerable<string> cells) => AppendRow(new StringBuilder(), cells).ToString();

    /// <summary>Appends one row (without a line break), formatted as <see cref="Row"/> formats it.</summary>
    /// <param name="builder">The text to append to.</param>
    /// <param name="cells">The cells; untrusted text is fine.</param>
    /// <returns><paramref name="builder"/>.</returns>
    public static StringBuilder AppendRow(StringBuilder builder, IEnumerable<string> cells)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentNullException.ThrowIfNull(cells);
        var first = true;
        foreach (var cell in cells)
        {
            if (!first)
            {
                builder.Append(',');
            }

            AppendCell(builder, cell);
            first = false;
        }

        return builder;
    }

    /// <summary>Neutralises a cell that a spreadsheet would evaluate.</summary>
    /// <param name="cell">The text.</param>
    /// <returns>The text, prefixed with <c>'</c> when it starts like a formula.</returns>
    public static string Neutralize(string cell)
    {
        ArgumentNullException.ThrowIfNull(cell);
        return cell.Length > 0 && cell[0] is '=' or '+' or '-' or '@' or '\t' or '\r' ? "'" + cell : cell;
    }

    private static void AppendCell(StringBuilder builder, string cell)
    {
        var safe = Neutralize(cell ?? string.Empty);
        if (safe.AsSpan().IndexOfAny(",\"\r\n") < 0)
        {
            builder.Append(safe);
            return;
        }

        builder.Append('"').Append(safe.Replace("\"", "\"\"", StringComparison.Ordinal)).Append('"');
    }
}
