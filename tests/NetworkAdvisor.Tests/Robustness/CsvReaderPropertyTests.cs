using System.Text;
using CsCheck;
using NetworkAdvisor.Import;

namespace NetworkAdvisor.Tests.Robustness;

/// <summary>
/// Property tests of the CSV readers (issue 9): random quoting, separators, BOM, line ends,
/// truncation, stray bytes, NUL, garbage rows, duplicated, missing and extra columns. The reader
/// may refuse a file only with a one-line <see cref="ExportReadException"/>, must never hang, and
/// must never drop a row silently. Each property runs a fixed number of iterations; on failure
/// CsCheck prints the seed (set <c>CsCheck_Seed</c> to replay it) and the shrunk file.
/// </summary>
public sealed class CsvReaderPropertyTests
{
    private static readonly Gen<char> AnyChar = Gen.Frequency(
        (6, Gen.Char['a', 'z']),
        (4, Gen.OneOf('"', ',', ';', '\t', '|', '\r', '\n', ' ')),
        (1, Gen.Char[(char)0, char.MaxValue]));

    [Fact]
    public void Valid_rows_all_load_exactly_whatever_the_quoting_separator_line_ends_BOM_and_stray_bytes()
    {
        Gen.Select(CsvFuzz.Files(breakers: true, raw: true), Gen.Bool).Sample((spec, inFolder) =>
        {
            var built = CsvFuzz.Build(spec);
            var outcome = CsvFuzz.Read(built.Bytes, inFolder);

            Assert.True(outcome.Bundle is not null, "not recognised: " + outcome.Error?.Message);
            var file = CsvFuzz.CheckAccounting(outcome.Bundle, built.Bytes);
            Assert.True(
                spec.Separator == file.Separator && built.Expected.Length == file.RowsRead && outcome.Bundle.Issues.IsEmpty,
                $"expected {built.Expected.Length} rows with '{spec.Separator}': {file} {string.Join(" / ", outcome.Bundle.Issues)}");
            Assert.Equal(built.Expected, outcome.Bundle.Connections.ToArray());
            Assert.Equal(spec.Rows.Sum(r => r.Cells.Where((_, c) => spec.Layout[c].EffectiveSlot != 6).Sum(c => c.Content.Count(p => p.Text is null))), file.RepairedBytes);
        }, iter: 300, print: p => $"inFolder={p.Item2}: {p.Item1}");
    }

    [Fact]
    public void A_file_cut_at_any_byte_loads_every_row_that_ends_before_the_cut()
    {
        Gen.Select(CsvFuzz.Files(breakers: true, raw: true, maxRows: 12), Gen.Double[0, 1]).Sample((spec, fraction) =>
        {
            var built = CsvFuzz.Build(spec);
            var cut = Math.Min(built.Bytes.Length, (int)(fraction * (built.Bytes.Length + 1)));
            var bytes = built.Bytes[..cut];
            var outcome = CsvFuzz.Read(bytes, inFolder: false);

            var complete = built.RowEndBytes.Count(end => end <= cut);
            if (outcome.Bundle is null)
            {
                Assert.True(cut < built.HeaderEndByte, $"header intact (cut {cut} >= {built.HeaderEndByte}) but refused: {outcome.Error?.Message}");
                return;
            }

            var file = CsvFuzz.CheckAccounting(outcome.Bundle, bytes);
            Assert.True(outcome.Bundle.Connections.Length >= complete, $"{complete} complete rows, {outcome.Bundle.Connections.Length} loaded");
            Assert.Equal(built.Expected[..complete], outcome.Bundle.Connections[..complete].ToArray());

            // The cut row may count once, or once per physical line when it ends inside an open quote.
            var partialLines = complete < built.Expected.Length
                ? CsvFuzz.PhysicalLines(TextDecoder.Decode(bytes, out _)) - built.RowLines[complete] + 1
                : 0;
            Assert.InRange(file.RowsRead, complete, complete + Math.Max(0, partialLines));
        }, iter: 300, print: p => $"cut at {p.Item2:0.000}: {p.Item1}");
    }

    [Fact]
    public void Garbage_lines_between_valid_rows_are_each_loaded_or_reported_and_never_cost_a_valid_row()
    {
        CsvFuzz.FilesWithGarbage(breakers: false).Sample(spec =>
        {
            var built = CsvFuzz.Build(spec);
            var outcome = CsvFuzz.Read(built.Bytes, inFolder: true);

            Assert.True(outcome.Bundle is not null, "not recognised: " + outcome.Error?.Message);
            var bundle = outcome.Bundle;
            var file = CsvFuzz.CheckAccounting(bundle, built.Bytes);
            var counted = built.Garbage.Count(g => !g.Blank);
            Assert.Equal(built.Expected.Length + counted, file.RowsRead);

            // Only garbage lines are reported, and every valid row is loaded, in order and exactly.
            var garbageLines = built.Garbage.Where(g => !g.Blank).Select(g => g.Line).ToHashSet();
            Assert.All(bundle.Issues, issue => Assert.Contains(issue.Line, garbageLines));
            Assert.True(CsvFuzz.IsSubsequence(built.Expected, bundle.Connections), "a valid row is missing or changed");
            Assert.Equal(built.Expected.Length + counted - file.RowsRejected, bundle.Connections.Length);

            // Repeated headers, bad dates and extra fields are always reported; hidden profiles always load.
            foreach (var g in built.Garbage)
            {
                var reported = bundle.Issues.Any(issue => issue.Line == g.Line);
                if (g.Kind is GarbageKind.RepeatedHeader or GarbageKind.BadDate or GarbageKind.TooManyFields)
                {
                    Assert.True(reported, $"{g.Kind} at line {g.Line} not reported");
                }
                else if (g.Kind == GarbageKind.HiddenProfile)
                {
                    Assert.False(reported, $"hidden profile at line {g.Line} rejected");
                }
            }
        }, iter: 300);
    }

    [Fact]
    public void Garbage_with_stray_quotes_and_line_breaks_keeps_the_accounts_and_the_rows_before_it()
    {
        CsvFuzz.FilesWithGarbage(breakers: true).Sample(spec =>
        {
            var built = CsvFuzz.Build(spec);
            var outcome = CsvFuzz.Read(built.Bytes, inFolder: false);

            Assert.True(outcome.Bundle is not null, "not recognised: " + outcome.Error?.Message);
            var bundle = outcome.Bundle;
            CsvFuzz.CheckAccounting(bundle, built.Bytes);
            var firstGarbage = built.Garbage.Min(g => g.Line);
            var before = built.RowLines.Count(line => line < firstGarbage);
            Assert.True(bundle.Connections.Length >= before);
            Assert.Equal(built.Expected[..before], bundle.Connections[..before].ToArray());
        }, iter: 300);
    }

    [Fact]
    public void Any_bytes_after_a_header_are_read_or_refused_with_one_line_and_accounted_for()
    {
        var interesting = Gen.Frequency(
            (6, Gen.Byte[0x20, 0x7E]),
            (3, Gen.OneOf((byte)'"', (byte)',', (byte)';', (byte)'\t', (byte)'\r', (byte)'\n', (byte)0)),
            (2, Gen.Byte[0x80, 0xFF]),
            (1, Gen.Byte));
        var dates = CsvFuzz.Dates.Select(d => Encoding.UTF8.GetBytes(d.ToString("dd MMM yyyy", System.Globalization.CultureInfo.InvariantCulture)));
        var chunk = Gen.Frequency((4, interesting.Array[1, 12]), (1, dates));
        var headers = Gen.OneOf(
            string.Empty,
            "First Name,Last Name,URL,Email Address,Company,Position,Connected On\n",
            "\uFEFFFirst Name;Last Name;Company;Position;Connected On\r\n",
            "Notes:\n\"x\"\n\nConnected On\tCompany\n");
        Gen.Select(headers, chunk.Array[0, 60], Gen.Bool).Sample((header, chunks, inFolder) =>
        {
            var bytes = Encoding.UTF8.GetBytes(header).Concat(chunks.SelectMany(c => c)).ToArray();
            var outcome = CsvFuzz.Read(bytes, inFolder);
            if (outcome.Bundle is not null)
            {
                CsvFuzz.CheckAccounting(outcome.Bundle, bytes);
            }
            else
            {
                Assert.True(header.Length == 0, "a file with a header was refused: " + outcome.Error!.Message);
            }
        }, iter: 400, print: p => CsvFuzz.Show(Encoding.Latin1.GetString(Encoding.UTF8.GetBytes(p.Item1).Concat(p.Item2.SelectMany(c => c)).ToArray())));
    }

    [Fact]
    public void Tokenizer_reads_back_any_records_written_with_RFC_4180_quoting()
    {
        var field = Gen.Frequency((1, Gen.Const(string.Empty)), (5, AnyChar.Array[1, 12].Select(a => new string(a))));
        var record = Gen.Select(field.Array[1, 6], Gen.Int[0, 3]).Select((fields, q) => (Fields: fields, QuoteAll: q == 0));
        Gen.Select(record.Array[1, 20], Gen.OneOf(',', ';', '\t', '|'), Gen.OneOf("\r\n", "\n", "\r"), Gen.Bool)
            .Sample((records, sep, eol, trailing) =>
            {
                var text = new StringBuilder();
                for (var i = 0; i < records.Length; i++)
                {
                    if (i > 0)
                    {
                        text.Append(eol);
                    }

                    var (fields, quoteAll) = records[i];
                    text.AppendJoin(sep, fields.Select(f =>
                        quoteAll || f.AsSpan().IndexOfAny(['"', '\r', '\n', sep]) >= 0 || (fields.Length == 1 && f.Length == 0)
                            ? "\"" + f.Replace("\"", "\"\"", StringComparison.Ordinal) + "\""
                            : f));
                }

                if (trailing)
                {
                    text.Append(eol);
                }

                var read = new CsvTokenizer(text.ToString(), sep).ReadAll().ToList();
                Assert.Equal(records.Length, read.Count);
                var line = 1;
                for (var i = 0; i < records.Length; i++)
                {
                    Assert.Null(read[i].Error);
                    Assert.Equal(records[i].Fields, read[i].Fields);
                    Assert.Equal(line, read[i].Line);
                    line += read[i].LineCount;
                }
            }, iter: 1000);
    }

    [Fact]
    public void Tokenizer_on_any_text_ends_with_records_on_increasing_lines_inside_the_text()
    {
        Gen.Select(AnyChar.Array[0, 300].Select(a => new string(a)), Gen.OneOf(',', ';', '\t', '|')).Sample((text, sep) =>
        {
            var lines = CsvFuzz.PhysicalLines(text);
            var tokenizer = new CsvTokenizer(text, sep);
            var previous = 0;
            var count = 0;
            while (tokenizer.TryRead(out var record))
            {
                Assert.True(++count <= lines, "more records than characters: the tokenizer does not advance");
                Assert.True(record.Line > previous, $"record at line {record.Line} after line {previous}");
                Assert.InRange(record.Line, 1, lines);
                Assert.InRange(record.Offset, 0, text.Length);
                Assert.InRange(record.Length, 0, text.Length - record.Offset);
                Assert.True(record.LineCount >= 1 && record.Line + record.LineCount - 1 <= lines, $"line {record.Line} + {record.LineCount} lines > {lines}");
                Assert.Equal(record.Error is not null, record.Fields.Length == 0);
                previous = record.Line;

                // As the loader does for a malformed multi-line record: its other lines are read again.
                if (record.Error is null && record.LineCount > 1 && record.Fields.Length % 2 == 0)
                {
                    tokenizer.RestartAfterFirstLine(record);
                }
            }
        }, iter: 1000, print: p => $"sep '{p.Item2}': {CsvFuzz.Show(p.Item1)}");
    }

    [Fact]
    public void A_10_MB_quoted_field_loads_whole()
    {
        var company = new StringBuilder(10 * 1024 * 1024 + 64);
        while (company.Length < 10 * 1024 * 1024)
        {
            company.Append("Analytical Engines, \"Ltd\"\r\né中 ");
        }

        var value = company.ToString();
        var text = "First Name,Last Name,Company,Connected On\nAda,Lovelace,\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\",08 Feb 2026\nBob,Smith,Acme,09 Feb 2026";
        var outcome = CsvFuzz.Read(Encoding.UTF8.GetBytes(text), inFolder: false, TimeSpan.FromSeconds(30));

        var bundle = outcome.Bundle!;
        var file = CsvFuzz.CheckAccounting(bundle, Encoding.UTF8.GetBytes(text));
        Assert.Equal((2, 2), (file.RowsRead, file.RowsLoaded));
        Assert.Equal(value.Trim(), bundle.Connections[0].Company);
        Assert.Equal("Acme", bundle.Connections[1].Company);
    }

    [Fact]
    public void A_10_MB_line_with_an_unclosed_quote_costs_only_its_own_row()
    {
        var junk = "\"" + new string('x', 5 * 1024 * 1024) + "," + new string('y', 5 * 1024 * 1024);
        var text = "First Name,Last Name,Company,Connected On\r\n" + junk + "\r\nAda,Lovelace,Acme,08 Feb 2026\r\nBob,Smith,Acme,09 Feb 2026\r\n";
        var bytes = Encoding.UTF8.GetBytes(text);
        var outcome = CsvFuzz.Read(bytes, inFolder: false, TimeSpan.FromSeconds(30));

        var bundle = outcome.Bundle!;
        var file = CsvFuzz.CheckAccounting(bundle, bytes);
        Assert.Equal((3, 2, 1), (file.RowsRead, file.RowsLoaded, file.RowsRejected));
        Assert.Equal(2, Assert.Single(bundle.Issues).Line);
        Assert.True(bundle.Issues[0].Excerpt.Length <= 81);
    }

    [Fact]
    public void A_line_of_a_million_fields_is_one_rejected_row()
    {
        var text = "Company;Connected On\n" + new string(';', 1_000_000) + "x\nAcme;08 Feb 2026";
        var bytes = Encoding.UTF8.GetBytes(text);
        var outcome = CsvFuzz.Read(bytes, inFolder: false, TimeSpan.FromSeconds(30));

        var bundle = outcome.Bundle!;
        var file = CsvFuzz.CheckAccounting(bundle, bytes);
        Assert.Equal((2, 1, 1), (file.RowsRead, file.RowsLoaded, file.RowsRejected));
        Assert.Equal(2, bundle.Issues[0].Line);
    }

    [Fact]
    public void Adversarial_quotes_on_every_line_stay_linear()
    {
        // Every line opens a quote that the next line's quote closes: each line is re-read once, not once per later line.
        var lines = Enumerable.Range(0, 20_000).Select(i => i % 3 == 0 ? "\"a,b" : i % 3 == 1 ? "\"\"x\",\"" : "Ada,\"Lovelace");
        var text = "First Name,Last Name,Connected On\n" + string.Join('\n', lines) + "\nAda,Lovelace,08 Feb 2026";
        var bytes = Encoding.UTF8.GetBytes(text);
        var outcome = CsvFuzz.Read(bytes, inFolder: false, TimeSpan.FromSeconds(30));

        var file = CsvFuzz.CheckAccounting(outcome.Bundle!, bytes);
        Assert.True(outcome.Elapsed < TimeSpan.FromSeconds(5), $"took {outcome.Elapsed}");
        Assert.True(file.RowsLoaded >= 1);
    }

    [Fact]
    public void NUL_bytes_throughout_a_file_do_not_make_it_UTF_16()
    {
        // A corrupted file padded with NULs (e.g. after a crash) is still UTF-8 with NUL characters.
        var text = "First Name,Last Name,Connected On\n" + string.Concat(Enumerable.Range(0, 50).Select(i => $"A\0,B\0\0,0{1 + (i % 9)} Feb 2026\n"));
        var bytes = Encoding.UTF8.GetBytes(text);
        var outcome = CsvFuzz.Read(bytes, inFolder: false);

        var file = CsvFuzz.CheckAccounting(outcome.Bundle!, bytes);
        Assert.Equal((50, 50), (file.RowsRead, file.RowsLoaded));
        Assert.Equal("A\0", outcome.Bundle!.Connections[0].FirstName);
    }
}
