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

    /// <summary>
    /// Whether <paramref name="start"/>, the start of a longer text, holds every line the header is looked for in, so
    /// that <see cref="DetectHeader"/> finds in it what it finds in the whole text: the records it looks at then lie
    /// within it, or (a quote that spans lines) are looked at again line by line either way.
    /// </summary>
    public static bool HoldsHeaderSearch(ReadOnlySpan<char> start)
    {
        var breaks = start.Count('\n') + start.Count('\r') - start.Count("\r\n");
        return breaks > HeaderSearchLines;
    }

    /// <summary>A file is read in parts on several cores only when each part has at least this many characters.</summary>
    private const int MinChunkChars = 1 << 20;

    private static readonly char[] Separators = [',', ';', '\t', '|'];

    /// <summary>Finds the earliest record that matches one of <paramref name="schemas"/>; null when none does.</summary>
    public static DetectedHeader? DetectHeader(string text, string normalizedFileName, IReadOnlyList<FileSchema> schemas)
    {
        DetectedHeader? best = null;
        foreach (var separator in Separators)
        {
            var tokenizer = new CsvTokenizer(text.AsMemory(), separator, 0, 1, poolFields: false);
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

    /// <summary>
    /// Reads every row after the header. A large file is read in parts on every core: each part starts after a line
    /// break outside quotes, and the parts are kept only if reading the file from the top arrives at each part's start
    /// on the same line; otherwise (a quote that spans a part's start) the file is read in one go. Either way the
    /// rows, their order and the issues are those of reading from the top.
    /// </summary>
    public static LoadedFile<T> Load<T>(string text, string path, int repairedBytes, DetectedHeader header, RowReader<T> reader)
        where T : class =>
        Load(text, path, repairedBytes, header, reader, Math.Min(Environment.ProcessorCount, text.Length / MinChunkChars));

    /// <summary>Reads every row after the header in at most <paramref name="parts"/> parts (tests ask for many small ones).</summary>
    internal static LoadedFile<T> Load<T>(string text, string path, int repairedBytes, DetectedHeader header, RowReader<T> reader, int parts)
        where T : class =>
        Load(text, path, repairedBytes, header, reader, parts, streaming: true) ??
        Load(text, path, repairedBytes, header, reader, parts, streaming: false)!;

    /// <summary>As above; null when the rows were read as met, month first, and their dates turned out to be day first.</summary>
    private static LoadedFile<T>? Load<T>(string text, string path, int repairedBytes, DetectedHeader header, RowReader<T> reader, int parts, bool streaming)
        where T : class
    {
        var context = new ChunkContext<T>(path, header, reader, streaming);
        var starts = ChunkStarts(text, header.Header.Offset + header.Header.Length, parts);
        var chunks = new Chunk<T>[starts.Count];
        Parallel.For(0, starts.Count, i =>
        {
            var (position, line) = starts[i];
            var end = i + 1 < starts.Count ? starts[i + 1].Position : text.Length;
            chunks[i] = Read(context, text.AsMemory(), header.Header.Offset, Tokenizer(context, text.AsMemory(), position, line), end);
        });

        for (var i = 0; i + 1 < chunks.Length; i++)
        {
            if (chunks[i].End != starts[i + 1])
            {
                // A record ran over the start of the next part: that part began inside it.
                chunks = [Read(context, text.AsMemory(), header.Header.Offset, Tokenizer(context, text.AsMemory(), 0, 1), text.Length)];
                break;
            }
        }

        return Finish(context, chunks, repairedBytes);
    }

    /// <summary>
    /// Reads every row after the header of a large UTF-8 file whose parts are decoded one at a time, so the file is
    /// never held as one text. <paramref name="first"/> is part 0 decoded (the header was found in it). A part other
    /// than the last is kept only if reading it reaches its end exactly on the line the next part starts on and meets
    /// no quote that stays open to its end; otherwise the whole file is decoded and read in one go, as above.
    /// </summary>
    public static LoadedFile<T> Load<T>(Utf8Parts parts, string first, int firstRepairedBytes, string path, DetectedHeader header, RowReader<T> reader)
        where T : class => Load(parts, first, firstRepairedBytes, path, header, reader, out _);

    /// <summary>As above; <paramref name="keptParts"/> tells whether the parts were kept (tests check both ways are taken).</summary>
    internal static LoadedFile<T> Load<T>(
        Utf8Parts parts, string first, int firstRepairedBytes, string path, DetectedHeader header, RowReader<T> reader, out bool keptParts)
        where T : class =>
        Load(parts, first, firstRepairedBytes, path, header, reader, streaming: true, out keptParts) ??
        Load(parts, first, firstRepairedBytes, path, header, reader, streaming: false, out keptParts)!;

    /// <summary>As above; null when the rows were read as met, month first, and their dates turned out to be day first.</summary>
    private static LoadedFile<T>? Load<T>(
        Utf8Parts parts, string first, int firstRepairedBytes, string path, DetectedHeader header, RowReader<T> reader, bool streaming, out bool keptParts)
        where T : class
    {
        var context = new ChunkContext<T>(path, header, reader, streaming);
        var chunks = new Chunk<T>[parts.Count];
        var repaired = new int[parts.Count];
        repaired[0] = firstRepairedBytes;

        // Parts after the first are decoded into pooled buffers, given back once their rows are read (or, when the
        // records are kept for ambiguous dates, once they are converted).
        var buffers = new char[]?[parts.Count];

        // One worker per core takes the parts in turn, keeping one pool of repeated values for all the parts it reads,
        // sized for the whole file: values repeat across parts (names, companies, titles), so a pool per part would make
        // the same strings again for each.
        var taken = -1;
        Parallel.For(0, Math.Min(Environment.ProcessorCount, parts.Count), _ =>
        {
            var pool = FieldPool.For(parts.Bytes);
            for (var i = Interlocked.Increment(ref taken); i < parts.Count; i = Interlocked.Increment(ref taken))
            {
                var text = i == 0 ? first.AsMemory() : parts.Decode(i, out repaired[i], out buffers[i]);
                var headerOffset = i == 0 ? header.Header.Offset : -1;
                pool.StartPart();
                var chunk = Read(context, text, headerOffset, Tokenizer(context, text, 0, parts.FirstLine(i), pool), text.Length);
                chunk.Complete = chunk.End == (text.Length, i + 1 < parts.Count ? parts.FirstLine(i + 1) : chunk.End.Line) &&
                    (i + 1 == parts.Count || !chunk.MetUnterminatedQuote);
                chunks[i] = chunk;
                if (context.Streaming)
                {
                    TextDecoder.Return(ref buffers[i]);
                }
            }
        });

        try
        {
            keptParts = Array.TrueForAll(chunks, c => c.Complete);
            if (!keptParts)
            {
                var text = parts.DecodeWhole(out var wholeRepaired);
                return Load(text, path, wholeRepaired, header, reader, parts: 1, streaming);
            }

            return Finish(context, chunks, repaired.Sum());
        }
        finally
        {
            for (var i = 0; i < buffers.Length; i++)
            {
                TextDecoder.Return(ref buffers[i]);
            }
        }
    }

    /// <summary>
    /// A tokenizer for a part, pooling repeated values in <paramref name="pool"/> when given (else in a pool of its own);
    /// rows read as they are met share their fields arrays.
    /// </summary>
    private static CsvTokenizer Tokenizer<T>(ChunkContext<T> context, ReadOnlyMemory<char> text, int position, int line, FieldPool? pool = null)
        where T : class =>
        new(text, context.Header.Separator, position, line, pool: pool)
        {
            ReuseFieldArrays = context.Streaming,
            OmittedColumns = context.Omitted,
            InTextColumns = context.Streaming ? context.Dates : null,
            UnpooledColumns = context.Unpooled,
        };

    /// <summary>
    /// Converts kept records, then joins the parts' rows and issues in file order. Rows are first read as they are met
    /// (streaming), their all-numeric dates month first, as LinkedIn writes them, while each part notes what its
    /// dates say about the order; only when the whole file says day first (Excel in many locales) is it read again,
    /// keeping every record until the order is known: then null is returned.
    /// </summary>
    private static LoadedFile<T>? Finish<T>(ChunkContext<T> context, Chunk<T>[] chunks, int repairedBytes)
        where T : class
    {
        var (path, header, reader, streaming) = context;
        if (streaming && reader.OrderedDateSlot >= 0 && chunks.Aggregate(default(DateOrderEvidence), (e, c) => e.Join(c.DateOrder)).Order != DateOrder.MonthFirst)
        {
            return null;
        }

        if (!streaming)
        {
            var order = ExportDateParser.DetectOrder(chunks.SelectMany(c => c.Records).Select(r => new Row(r.Fields, header.Match.FieldBySlot)[reader.OrderedDateSlot]));
            Parallel.ForEach(chunks, chunk =>
            {
                chunk.Values.Capacity = chunk.Records.Count;
                foreach (var record in chunk.Records)
                {
                    Convert(path, chunk.Text, header, reader, order, record, chunk.Values, chunk.Issues);
                }
            });
        }

        // One array of exactly the rows read: it becomes the export's record array as it is.
        var values = new T[chunks.Sum(c => c.Values.Count)];
        var issues = new List<ImportIssue>();
        var at = 0;
        foreach (var chunk in chunks)
        {
            chunk.Values.CopyTo(values, at);
            at += chunk.Values.Count;
            issues.AddRange(chunk.Issues);
        }

        issues.Sort((a, b) => a.Line.CompareTo(b.Line));
        var file = new ImportedFile(
            path, header.Match.Schema.Kind, chunks.Sum(c => c.RowsRead), values.Length, issues.Count, header.Separator, header.Header.Line, repairedBytes);
        return new LoadedFile<T>(file, values, issues);
    }

    /// <summary>Where the parts of a file start: the top, then (for a large file) after line breaks outside quotes.</summary>
    private static List<(int Position, int Line)> ChunkStarts(string text, int afterHeader, int parts)
    {
        var starts = new List<(int, int)> { (0, 1) };
        var position = 0;
        var line = 1;
        var quotes = 0L;
        for (var part = 1; part < parts; part++)
        {
            var target = Math.Max(Math.Max(afterHeader, position), (int)((long)text.Length * part / parts));
            var found = false;
            while (!found && target < text.Length)
            {
                var lineEnd = text.AsSpan(target).IndexOfAny('\r', '\n');
                if (lineEnd < 0)
                {
                    break;
                }

                var next = target + lineEnd + (text[target + lineEnd] == '\r' && target + lineEnd + 1 < text.Length && text[target + lineEnd + 1] == '\n' ? 2 : 1);
                var span = text.AsSpan(position, next - position);
                quotes += span.Count('"');
                line += span.Count('\n') + span.Count('\r') - span.Count("\r\n");
                position = next;
                target = next;
                found = quotes % 2 == 0;
            }

            if (!found || position >= text.Length)
            {
                break;
            }

            starts.Add((position, line));
        }

        return starts;
    }

    /// <summary>
    /// Reads the records of <paramref name="text"/> that start before <paramref name="end"/>. The header is at
    /// <paramref name="headerOffset"/> of this text (-1 when the text is a later part, which has no header or preamble).
    /// </summary>
    private static Chunk<T> Read<T>(ChunkContext<T> context, ReadOnlyMemory<char> text, int headerOffset, CsvTokenizer tokenizer, int end)
        where T : class
    {
        var (path, header, reader, streaming) = context;
        var chunk = new Chunk<T> { Text = streaming ? default : text };
        while (tokenizer.Position < end && tokenizer.TryRead(out var record))
        {
            chunk.MetUnterminatedQuote |= record.Error is not null;
            if (record.Offset < headerOffset)
            {
                // Preamble: cut exactly as header detection did, so the header is met again.
                if (record.Error is not null || record.LineCount > 1)
                {
                    tokenizer.RestartAfterFirstLine(record);
                }

                continue;
            }

            if (record.Offset == headerOffset || record.IsBlank)
            {
                continue;
            }

            chunk.RowsRead++;
            var problem = record.Error ?? Shape(record, header);
            if (problem is null)
            {
                if (streaming)
                {
                    if (reader.OrderedDateSlot >= 0)
                    {
                        chunk.DateOrder = chunk.DateOrder.With(new Row(record.Fields, header.Match.FieldBySlot, tokenizer).Text(reader.OrderedDateSlot));
                    }

                    Convert(path, text, header, reader, DateOrder.MonthFirst, record, chunk.Values, chunk.Issues, tokenizer);
                }
                else
                {
                    chunk.Records.Add(record);
                }

                continue;
            }

            if (record.Error is null && record.LineCount > 1)
            {
                // A quote that opened a field swallowed line breaks: report the first line and read the rest again.
                problem += Invariant($"; a quote opened on this line spans {record.LineCount} lines, so they are read again as rows of their own");
                tokenizer.RestartAfterFirstLine(record);
            }

            chunk.Issues.Add(Issue(path, text, record, problem));
        }

        chunk.End = (tokenizer.Position, tokenizer.Line);
        return chunk;
    }

    private sealed record ChunkContext<T>(string Path, DetectedHeader Header, RowReader<T> Reader, bool Streaming)
        where T : class
    {
        /// <summary>For each column, the header's own value when the reader never uses the column, else null; null when it uses every one.</summary>
        public string?[]? Omitted { get; } = HeaderValues(Header, Reader.OmittedSlots);

        /// <summary>For each column, the header's own value when the reader only parses its dates, else null (see <see cref="CsvTokenizer.InTextColumns"/>).</summary>
        public string?[]? Dates { get; } = HeaderValues(Header, Reader.DateSlots);

        /// <summary>For each column, the header's own value when its values seldom repeat, else null (see <see cref="CsvTokenizer.UnpooledColumns"/>).</summary>
        public string?[]? Unpooled { get; } = HeaderValues(Header, Reader.UnpooledSlots);
    }

    /// <summary>For each column, the header's own value when it holds one of <paramref name="slots"/>, else null; null when none does.</summary>
    private static string?[]? HeaderValues(DetectedHeader header, IReadOnlyList<int> slots)
    {
        string?[]? values = null;
        foreach (var slot in slots)
        {
            var column = header.Match.FieldBySlot[slot];
            if (column >= 0 && column < header.Header.Fields.Length)
            {
                values ??= new string?[header.Header.Fields.Length];
                values[column] = header.Header.Fields[column];
            }
        }

        return values;
    }

    /// <summary>What one part of a file gave, and where its reading stopped.</summary>
    private sealed class Chunk<T>
    {
        public List<T> Values { get; } = [];

        public List<CsvRecord> Records { get; } = [];

        public List<ImportIssue> Issues { get; } = [];

        /// <summary>The text the kept records point into (only while records are kept).</summary>
        public ReadOnlyMemory<char> Text { get; init; }

        public int RowsRead { get; set; }

        /// <summary>What the dates of the rows read as met say about day/month order.</summary>
        public DateOrderEvidence DateOrder { get; set; }

        /// <summary>True once a quoted field that is never closed (in this text) was met.</summary>
        public bool MetUnterminatedQuote { get; set; }

        /// <summary>Whether this part, read on its own, reads as it does from the top of the file.</summary>
        public bool Complete { get; set; }

        public (int Position, int Line) End { get; set; }
    }

    /// <summary>Converts a record; <paramref name="source"/> is the tokenizer that just read it when it is read as met.</summary>
    private static void Convert<T>(
        string path, ReadOnlyMemory<char> text, DetectedHeader header, RowReader<T> reader, DateOrder order, CsvRecord record, List<T> values, List<ImportIssue> issues,
        CsvTokenizer? source = null)
        where T : class
    {
        var error = reader.TryRead(new Row(record.Fields, header.Match.FieldBySlot, source), order, out var value);
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

    private static ImportIssue Issue(string path, ReadOnlyMemory<char> text, CsvRecord record, string reason) =>
        new(path, record.Line, reason, Excerpt.Of(text.Span.Slice(record.Offset, record.Length)));
}
