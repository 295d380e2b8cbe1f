using CsCheck;
using NetworkAdvisor.Import;
using NetworkAdvisor.Import.Files;
using NetworkAdvisor.Model;

namespace NetworkAdvisor.Tests.Robustness;

/// <summary>
/// A large file is read in parts on several cores. Whatever the file (quotes spanning lines, garbage, a cut in the
/// middle of a quote), reading it in parts must give exactly what reading it from the top gives: the same rows in
/// the same order, the same issues on the same lines, the same counts.
/// </summary>
public sealed class CsvPartsPropertyTests
{
    private static readonly FileSchema[] Schemas = [ConnectionRows.Instance.Schema];

    public static TheoryData<bool> DateOrders => [true, false];

    [Theory]
    [MemberData(nameof(DateOrders))]
    public void Reading_in_parts_gives_what_reading_from_the_top_gives(bool ambiguousDates)
    {
        var reader = Reader(ambiguousDates);
        Gen.Select(Files, Gen.Int[2, 9], Gen.Double[0.3, 1]).Sample((spec, parts, keep) =>
        {
            var built = CsvFuzz.Build(spec);
            var bytes = built.Bytes[..(int)(built.Bytes.Length * keep)];
            var text = TextDecoder.Decode(bytes, out var repaired);
            var header = CsvFileLoader.DetectHeader(text, FileSchema.NormalizeHeader("Connections.csv"), Schemas);
            if (header is null)
            {
                return;
            }

            var whole = CsvFileLoader.Load(text, "Connections.csv", repaired, header, reader, parts: 1);
            var inParts = CsvFileLoader.Load(text, "Connections.csv", repaired, header, reader, parts);

            Assert.Equal(whole.File, inParts.File);
            Assert.Equal(whole.Records, inParts.Records);
            Assert.Equal(whole.Issues, inParts.Issues);
        }, iter: 400, print: p => $"{p.Item2} parts, {p.Item3:0.00} kept: {CsvFuzz.Print(p.Item1)}");
    }

    [Theory]
    [MemberData(nameof(DateOrders))]
    public void Decoding_and_reading_byte_parts_gives_what_reading_the_whole_text_gives(bool ambiguousDates)
    {
        var reader = Reader(ambiguousDates);
        int kept = 0, fellBack = 0;
        Gen.Select(Files, Gen.Int[1, 400], Gen.Double[0.3, 1]).Sample((spec, partBytes, keep) =>
        {
            var built = CsvFuzz.Build(spec);
            var bytes = built.Bytes[..(int)(built.Bytes.Length * keep)];
            var text = TextDecoder.Decode(bytes, out var repaired);
            var header = CsvFileLoader.DetectHeader(text, FileSchema.NormalizeHeader("Connections.csv"), Schemas);

            // As in ExportReader: the header is looked for in part 0, which holds at least the lines it is looked in.
            var parts = header is null ? null : Utf8Parts.Split(FileBytes.Of(bytes), partBytes, header.Header.Line);
            if (header is null || parts is null)
            {
                return;
            }

            var first = parts.Decode(0, out var firstRepaired);
            var inFirst = CsvFileLoader.DetectHeader(first, FileSchema.NormalizeHeader("Connections.csv"), Schemas);
            Assert.NotNull(inFirst);
            Assert.Equal((header.Separator, header.Header.Line, header.Header.Offset, header.Header.Length, header.Match.Score),
                (inFirst.Separator, inFirst.Header.Line, inFirst.Header.Offset, inFirst.Header.Length, inFirst.Match.Score));
            var whole = CsvFileLoader.Load(text, "Connections.csv", repaired, header, reader, parts: 1);
            var inParts = CsvFileLoader.Load(parts, first, firstRepaired, "Connections.csv", header, reader, out var keptParts);

            Assert.Equal(whole.File, inParts.File);
            Assert.Equal(whole.Records, inParts.Records);
            Assert.Equal(whole.Issues, inParts.Issues);
            _ = keptParts ? Interlocked.Increment(ref kept) : Interlocked.Increment(ref fellBack);
        }, iter: 400, print: p => $"{p.Item2} bytes a part, {p.Item3:0.00} kept: {CsvFuzz.Print(p.Item1)}");

        // Both ways must be taken, or the comparison proves nothing about one of them.
        Assert.True(kept > 20 && fellBack > 0, $"parts kept {kept} times, whole text read {fellBack} times");
    }

    /// <summary>Fuzzed files: quotes spanning lines, raw breakers, garbage lines.</summary>
    [Fact]
    public void A_large_file_has_a_small_first_part_holding_its_header_and_reads_as_the_whole_text()
    {
        // 3 MB of rows after LinkedIn's notes preamble: part 0 (decoded into a string of its own for header detection)
        // stops after the first line break past 64 KB; the other parts are about 1 MB.
        var row = "Faye,Volkman,https://www.linkedin.com/in/faye-volkman-17fc73f3,,\"Patel, Green & Partners\",Controller,01 Nov 2026\n";
        var text = "Notes:\n\"When exporting your connection data, you may notice that some of the email addresses are missing.\"\n\n" +
            "First Name,Last Name,URL,Email Address,Company,Position,Connected On\n" + string.Concat(Enumerable.Repeat(row, 3_000_000 / row.Length));
        // Outside the managed heap, as ExportReader reads a file of this size.
        using var bytes = FileBytes.Allocate(System.Text.Encoding.UTF8.GetByteCount(text));
        System.Text.Encoding.UTF8.GetBytes(text, bytes.Span);

        var parts = Utf8Parts.Of(bytes);

        Assert.NotNull(parts);
        var first = parts.Decode(0, out var repaired);
        Assert.InRange(first.Length, Utf8Parts.FirstPartBytes, Utf8Parts.FirstPartBytes + row.Length);
        Assert.Equal(4, parts.Count);
        var header = CsvFileLoader.DetectHeader(first, FileSchema.NormalizeHeader("Connections.csv"), Schemas);
        Assert.NotNull(header);
        var whole = CsvFileLoader.Load(text, "Connections.csv", 0, header, ConnectionRows.Instance, parts: 1);
        var inParts = CsvFileLoader.Load(parts, first, repaired, "Connections.csv", header, ConnectionRows.Instance, out var keptParts);
        Assert.True(keptParts);
        Assert.Equal(3_000_000 / row.Length, inParts.Records.Length);
        Assert.Equal(whole.Records, inParts.Records);
        Assert.Equal(whole.File, inParts.File);
    }

    private static Gen<CsvSpec> Files { get; } = Gen.OneOf(
        CsvFuzz.Files(breakers: true, raw: true),
        CsvFuzz.FilesWithGarbage(breakers: true));

    private static RowReader<Connection> Reader(bool ambiguousDates) => ambiguousDates ? ConnectionRows.Instance : new Streaming();

    /// <summary>The connections reader as if its dates could not be ambiguous: rows are read as they are met.</summary>
    private sealed class Streaming : RowReader<Connection>
    {
        public override FileSchema Schema => ConnectionRows.Instance.Schema;

        public override string? TryRead(Row row, DateOrder order, out Connection? value) =>
            ConnectionRows.Instance.TryRead(row, order, out value);
    }
}
