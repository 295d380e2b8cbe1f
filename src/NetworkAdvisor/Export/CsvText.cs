using System.Text;

namespace NetworkAdvisor.Export;

/// <summary>RFC 4180 field quoting for writing export files exactly as LinkedIn would.</summary>
internal static class CsvText
{
    /// <summary>Appends one record; fields are quoted when they hold the separator, a quote, a line break or edge spaces.</summary>
    public static void AppendRecord(StringBuilder builder, IReadOnlyList<string> fields, char separator = ',')
    {
        for (var i = 0; i < fields.Count; i++)
        {
            if (i > 0)
            {
                builder.Append(separator);
            }

            AppendField(builder, fields[i], separator);
        }
    }

    /// <summary>Appends one field, quoted when needed.</summary>
    public static void AppendField(StringBuilder builder, string field, char separator = ',')
    {
        var needsQuotes = field.Length > 0 &&
            (field.AsSpan().IndexOfAny(separator, '"', '\n') >= 0 || field.Contains('\r') ||
             char.IsWhiteSpace(field[0]) || char.IsWhiteSpace(field[^1]));
        if (!needsQuotes)
        {
            builder.Append(field);
            return;
        }

        builder.Append('"').Append(field.Replace("\"", "\"\"", StringComparison.Ordinal)).Append('"');
    }

    /// <summary>Joins records with <paramref name="newline"/>, without a final line break (as LinkedIn writes).</summary>
    public static string Join(IEnumerable<IReadOnlyList<string>> records, char separator = ',', string newline = "\n")
    {
        var builder = new StringBuilder();
        var first = true;
        foreach (var record in records)
        {
            if (!first)
            {
                builder.Append(newline);
            }

            AppendRecord(builder, record, separator);
            first = false;
        }

        return builder.ToString();
    }
}
