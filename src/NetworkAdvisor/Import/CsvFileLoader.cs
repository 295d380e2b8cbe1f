using static System.FormattableString;

namespace NetworkAdvisor.Import;

/// <summary>
/// Finds a file's header (after any preamble, with any separator) and reads its rows through a
/// <see cref="RowReader{T}"/>, so that every data row becomes a record or an <see cref="ImportIssue"/>.
/// </summary>
internal static class CsvFileLoader
{
    /// <summary>How many physical lines may precede the header (preambles, Excel's Column1 line, notes).</summary>
    private const int HeaderSearchLines = 100;

    private static readonly char[] Separators = [',', ';', '\t', '|'];

    /// <summary>Finds the earliest record that matches one of <paramref name="schemas"/>; null when none does.</summary>
    public static DetectedHeader? DetectHeader(string text, string normalizedFileName, IReadOnlyList<FileSchema> schemas)
    {
        DetectedHeader? best = null;
        foreach (var separator in Separators)
        {
            var tokenizer = new CsvTokenizer(text, separator);
            while (tokenizer.TryRead(out var record) && record.Line <= HeaderSearchLines)
            {
                if (best is not null && record.Line > best.Header.Line)
                {
                    break;
                }

                if (record.Error is not null || record.LineCount > 1)
                {
                    // A preamble quote that never closes, or one that swallows lines: look again line by line.
                    tokenizer.RestartAfterFirstLine(record);
                    continue;
                }

                if (record.Fields.Length == 0)
                {
                    continue;
                }

                var match = BestMatch(record.Fields, normalizedFileName, schemas);
                if (match is null)
                {
                    continue;
                }

                if (best is null || record.Line < best.Header.Line || match.Score > best.Match.Score)
                {
                    best = new DetectedHeader(match, separator, record);
                }

                break;
            }
        }

        return best;
    }

    private static HeaderMatch? BestMatch(string[] fields, string normalizedFileName, IReadOnlyList<FileSchema> schemas)
    {
        HeaderMatch? best = null;
        foreach (var schema in schemas)
        {
            var match = schema.Match(fields, normalizedFileName);
            if (match is not null && (best is null || match.Score > best.Score ||
                (match.Score == best.Score && schema.NameMatches(normalizedFileName))))
            {
                best = match;
            }
        }

        return best;
    }

    /// <summary>Reads every row after the header.</summary>
    public static LoadedFile<T> Load<T>(string text, string path, int repairedBytes, DetectedHeader header, RowReader<T> reader)
        where T : class
    {
        var tokenizer = new CsvTokenizer(text, header.Separator);

        // Rows are read as they are met unless the file's dates are ambiguous (day or month first), which needs
        // every row's date before any row is read: only then are the records kept.
        var streaming = reader.OrderedDateSlot < 0;
        var records = new List<CsvRecord>();
        var values = new List<T>();
        var issues = new List<ImportIssue>();
        var rowsRead = 0;
        while (tokenizer.TryRead(out var record))
        {
            if (record.Offset < header.Header.Offset)
            {
                // Preamble: cut exactly as header detection did, so the header is met again.
                if (record.Error is not null || record.LineCount > 1)
                {
                    tokenizer.RestartAfterFirstLine(record);
                }

                continue;
            }

            if (record.Offset == header.Header.Offset || record.IsBlank)
            {
                continue;
            }

            rowsRead++;
            var problem = record.Error ?? Shape(record, header);
            if (problem is null)
            {
                if (streaming)
                {
                    Read(path, text, header, reader, DateOrder.MonthFirst, record, values, issues);
                }
                else
                {
                    records.Add(record);
                }

                continue;
            }

            if (record.Error is null && record.LineCount > 1)
            {
                // A quote that opened a field swallowed line breaks: report the first line and read the rest again.
                problem += Invariant($"; a quote opened on this line spans {record.LineCount} lines, so they are read again as rows of their own");
                tokenizer.RestartAfterFirstLine(record);
            }

            issues.Add(Issue(path, text, record, problem));
        }

        if (!streaming)
        {
            var order = ExportDateParser.DetectOrder(records.Select(r => new Row(r.Fields, header.Match.FieldBySlot)[reader.OrderedDateSlot]));
            values.Capacity = records.Count;
            foreach (var record in records)
            {
                Read(path, text, header, reader, order, record, values, issues);
            }
        }

        issues.Sort((a, b) => a.Line.CompareTo(b.Line));
        var file = new ImportedFile(
            path, header.Match.Schema.Kind, rowsRead, values.Count, issues.Count, header.Separator, header.Header.Line, repairedBytes);
        return new LoadedFile<T>(file, values, issues);
    }

    private static void Read<T>(
        string path, string text, DetectedHeader header, RowReader<T> reader, DateOrder order, CsvRecord record, List<T> values, List<ImportIssue> issues)
        where T : class
    {
        var error = reader.TryRead(new Row(record.Fields, header.Match.FieldBySlot), order, out var value);
        if (error is null && value is not null)
        {
            values.Add(value);
        }
        else
        {
            issues.Add(Issue(path, text, record, error ?? "row could not be read"));
        }
    }

    private static string? Shape(CsvRecord record, DetectedHeader header)
    {
        var expected = header.Match.HeaderFieldCount;
        var fields = record.Fields;
        if (fields.Length == expected)
        {
            return IsRepeatedHeader(fields, header.Header.Fields) ? "the header is repeated here" : null;
        }

        if (fields.Length > expected && Array.TrueForAll(fields[expected..], string.IsNullOrWhiteSpace))
        {
            return null;
        }

        return Invariant($"row has {fields.Length} fields but the header has {expected} (an unquoted '{Visible(header.Separator)}' or a missing field?)");
    }

    private static bool IsRepeatedHeader(string[] fields, string[] header) =>
        fields.AsSpan().SequenceEqual(header);

    private static string Visible(char separator) => separator == '\t' ? "\\t" : separator.ToString();

    private static ImportIssue Issue(string path, string text, CsvRecord record, string reason) =>
        new(path, record.Line, reason, Excerpt.Of(text.AsSpan(record.Offset, record.Length)));
}
