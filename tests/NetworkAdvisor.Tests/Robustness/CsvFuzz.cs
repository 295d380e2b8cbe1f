using System.Diagnostics;
using System.Globalization;
using System.Text;
using CsCheck;
using NetworkAdvisor.Import;
using NetworkAdvisor.Model;

namespace NetworkAdvisor.Tests.Robustness;

/// <summary>
/// Generators and checks for the CSV property tests: a Connections.csv is described as a
/// <see cref="CsvSpec"/> (separator, line ends, BOM, preamble, column layout, rows, garbage
/// lines), written as bytes exactly as specified, and the rows a correct reader must load are
/// known in advance.
/// </summary>
internal static class CsvFuzz
{
    public const string FileName = "Connections.csv";

    /// <summary>Most time one read of a small generated file may take before it counts as a hang.</summary>
    public static readonly TimeSpan SmallFileLimit = TimeSpan.FromSeconds(10);

    // Windows-1252 for 0x80-0x9F, as the export-format notes require for stray bytes (0xA0-0xFF are Latin-1).
    private const string Cp1252High =
        "\u20AC\u0081\u201A\u0192\u201E\u2026\u2020\u2021\u02C6\u2030\u0160\u2039\u0152\u008D\u017D\u008F" +
        "\u0090\u2018\u2019\u201C\u201D\u2022\u2013\u2014\u02DC\u2122\u0161\u203A\u0153\u009D\u017E\u0178";

    private static readonly string[][] Aliases =
    [
        ["First Name", "FirstName", "first_name", "Given Name"],
        ["Last Name", "LastName", "Surname"],
        ["URL", "Profile URL"],
        ["Email Address", "Email", "E-mail"],
        ["Company", "Current Company", "Company Name"],
        ["Position", "Current Position", "Job Title"],
        ["Connected On", "ConnectedOn", "Connected on", "Connection Date"],
    ];

    private static readonly string[] UnknownColumns = ["Notes", "Tags", "Column9", "Extra Info"];

    private static readonly string[] Letters = ["a", "b", "k", "z", "A", "Q", "Ada", "Lovelace", "Ltd", "0", "7", "-", ".", "@", "/"];

    private static readonly string[] Specials =
        [" ", "  ", ",", ";", "\t", "|", "'", "=", "é", "ß", "İ", "ı", "中", "😀", "\u0301", "\u202E", "\u2028", "\u00A0", "\uFEFF", "\0"];

    private static readonly string[] Breakers = ["\"", "\"\"", "\r", "\n", "\r\n"];

    private static readonly string[] Eols = ["\r\n", "\n", "\r"];

    /// <summary>Text pieces for field content; <paramref name="breakers"/> adds quotes and line breaks, <paramref name="raw"/> stray non-UTF-8 bytes.</summary>
    public static Gen<Piece> Pieces(bool breakers, bool raw)
    {
        var options = new List<(int, IGen<Piece>)>
        {
            (20, Gen.OneOf(Letters).Select(Piece.Of)),
            (6, Gen.OneOf(Specials).Select(Piece.Of)),
        };
        if (breakers)
        {
            options.Add((3, Gen.OneOf(Breakers).Select(Piece.Of)));
        }

        if (raw)
        {
            options.Add((1, Gen.Byte[0x80, 0xFF].Select(Piece.Raw)));
        }

        return Gen.Frequency([.. options]);
    }

    /// <summary>Field content: a few pieces, sometimes empty.</summary>
    public static Gen<Piece[]> Content(bool breakers, bool raw) =>
        Gen.Frequency((1, Gen.Const(Array.Empty<Piece>())), (6, Pieces(breakers, raw).Array[1, 8]));

    public static readonly Gen<DateOnly> Dates =
        Gen.Int[new DateOnly(2003, 1, 1).DayNumber, new DateOnly(2026, 12, 31).DayNumber].Select(DateOnly.FromDayNumber);

    /// <summary>The header: which of the seven columns are present (Connected On always), under which alias, in which order, plus unknown and duplicated columns.</summary>
    public static readonly Gen<Column[]> Layouts =
        Gen.Select(Gen.Bool.Array[6], Gen.Int[0, 3].Array[7], Gen.Int[0, 99].Array[7 + 3], Gen.Int[0, 2], Gen.Int[-3, 6])
            .Select((include, alias, keys, extras, duplicate) =>
            {
                var columns = new List<(int Key, Column Column)>();
                for (var slot = 0; slot < 7; slot++)
                {
                    if (slot == 6 || include[slot])
                    {
                        columns.Add((keys[slot], new Column(slot, Aliases[slot][alias[slot] % Aliases[slot].Length])));
                    }
                }

                for (var i = 0; i < extras; i++)
                {
                    columns.Add((keys[7 + i], new Column(-1, UnknownColumns[(alias[i] + i) % UnknownColumns.Length] + i.ToString(CultureInfo.InvariantCulture))));
                }

                // A column named twice: the reader takes the first, the second is just another field.
                if (duplicate >= 0 && columns.Exists(c => c.Column.Slot == duplicate))
                {
                    columns.Add((keys[9], new Column(-2 - duplicate, Aliases[duplicate][0])));
                }

                return columns.OrderBy(c => c.Key).ThenBy(c => c.Column.Header, StringComparer.Ordinal).Select(c => c.Column).ToArray();
            });

    /// <summary>One data row for a layout of <paramref name="width"/> columns.</summary>
    public static Gen<RowSpec> Rows(int width, bool breakers, bool raw) =>
        Gen.Select(
            Gen.Select(Content(breakers, raw), Gen.Int[0, 5], (content, q) => new Cell(content, q == 0)).Array[width],
            Dates,
            Gen.Frequency((6, Gen.Const(0)), (1, Gen.Int[1, 3])),
            (cells, date, trailing) => new RowSpec(cells, date, trailing));

    /// <summary>A whole file of valid rows (no garbage).</summary>
    public static Gen<CsvSpec> Files(bool breakers, bool raw, int maxRows = 25) =>
        Layouts.SelectMany(layout => Gen.Select(
            Gen.OneOf(',', ';', '\t'),
            Gen.Int[0, 3],
            Gen.Bool,
            Gen.Int[0, 3],
            Gen.Bool,
            Rows(layout.Length, breakers, raw).Array[0, maxRows],
            // A one-column header has no separator to detect: the reader takes the first it tries, ','.
            (sep, eol, bom, preamble, trailing, rows) => new CsvSpec(layout, layout.Length == 1 ? ',' : sep, eol, bom, preamble, trailing, rows, [])));

    /// <summary>Lines that are not valid rows: garbage, repeated headers, hidden profiles, bad dates, too many fields, blank lines.</summary>
    public static Gen<Garbage> GarbageLines(bool breakers) =>
        Gen.Select(Gen.Int[0, 5], Pieces(breakers, raw: false).Array[0, 30], Gen.Int[0, 1000], (kind, pieces, position) =>
            new Garbage((GarbageKind)kind, pieces, position));

    /// <summary>A file of valid rows with garbage lines between them.</summary>
    public static Gen<CsvSpec> FilesWithGarbage(bool breakers) =>
        Gen.Select(Files(breakers: true, raw: false, maxRows: 15), GarbageLines(breakers).Array[1, 12], (spec, garbage) => spec with { Garbage = garbage });

    /// <summary>The file's text, escaped, for failure messages.</summary>
    public static string Print(CsvSpec spec) => Show(Build(spec).Text);

    public static string Show(string text) =>
        text.Length > 2000 ? Excerpt(text[..2000]) + "…" : Excerpt(text);

    private static string Excerpt(string text) =>
        text.Replace("\r", "\\r", StringComparison.Ordinal).Replace("\n", "\\n", StringComparison.Ordinal).Replace("\t", "\\t", StringComparison.Ordinal).Replace("\0", "\\0", StringComparison.Ordinal);

    /// <summary>Writes <paramref name="spec"/> as bytes, with everything a correct reader must produce from them.</summary>
    public static BuiltFile Build(CsvSpec spec)
    {
        var bytes = new List<byte>();
        var text = new StringBuilder();
        void Add(string s)
        {
            bytes.AddRange(Encoding.UTF8.GetBytes(s));
            text.Append(s);
        }

        if (spec.Bom)
        {
            bytes.AddRange([0xEF, 0xBB, 0xBF]);
        }

        var sep = spec.Separator.ToString();
        string Eol(int row) => spec.EolMode < 3 ? Eols[spec.EolMode] : Eols[row % 3];
        switch (spec.Preamble)
        {
            case 1:
                Add("Notes:" + Eol(0));
                Add("\"When exporting your connection data, you may notice that some of the email addresses are missing. You will only see email addresses for connections who have allowed it, see https://www.linkedin.com/psettings/privacy/email\"" + Eol(1));
                Add(Eol(2));
                break;
            case 2:
                Add("Notes:" + sep + sep + Eol(0));
                Add("\"When exporting your connection data, you may notice that some of the email addresses are missing.\"" + sep + sep + Eol(1));
                Add(sep + sep + Eol(2));
                break;
            case 3:
                Add(string.Join(sep, spec.Layout.Select((_, i) => "Column" + (i + 1).ToString(CultureInfo.InvariantCulture))) + Eol(0));
                break;
        }

        var headerLine = string.Join(sep, spec.Layout.Select(c => c.Header));
        Add(headerLine);
        var headerEndByte = bytes.Count;

        // Garbage lines go before the row at their position (modulo rows + 1).
        var garbageAt = spec.Garbage.GroupBy(g => g.Position % (spec.Rows.Length + 1)).ToDictionary(g => g.Key, g => g.ToList());
        var expected = new List<Connection>();
        var rowEnds = new List<int>();
        var rowLines = new List<int>();
        var garbage = new List<GarbageLine>();
        var lines = new List<(string? Garbage, RowSpec? Row)>();
        var kinds = new List<GarbageKind>();
        for (var i = 0; i <= spec.Rows.Length; i++)
        {
            if (garbageAt.TryGetValue(i, out var list))
            {
                lines.AddRange(list.Select(g => ((string?)GarbageText(g, spec, headerLine), (RowSpec?)null)));
                kinds.AddRange(list.Select(g => g.Kind));
            }

            if (i < spec.Rows.Length)
            {
                lines.Add((null, spec.Rows[i]));
                kinds.Add(GarbageKind.Random);
            }
        }

        for (var i = 0; i < lines.Count; i++)
        {
            Add(Eol(3 + i));
            var (garbageText, row) = lines[i];
            if (garbageText is not null)
            {
                var line = LineOf(text, text.Length);
                Add(garbageText);
                garbage.Add(new GarbageLine(line, Array.TrueForAll(garbageText.Split(spec.Separator), string.IsNullOrWhiteSpace), garbageText, kinds[i]));
                continue;
            }

            rowLines.Add(LineOf(text, text.Length));
            var values = new string[7];
            Array.Fill(values, string.Empty);
            var filled = new bool[7];
            for (var c = 0; c < spec.Layout.Length; c++)
            {
                if (c > 0)
                {
                    Add(sep);
                }

                var slot = spec.Layout[c].EffectiveSlot;
                var cell = row!.Cells[c];
                string decoded;
                if (slot == 6)
                {
                    decoded = row.Date.ToString("dd MMM yyyy", CultureInfo.InvariantCulture);
                    Add(cell.Quoted ? "\"" + decoded + "\"" : decoded);
                }
                else
                {
                    decoded = WriteField(cell, spec.Separator, Add, bytes, text);
                }

                if (slot is >= 0 and < 6 && !filled[slot])
                {
                    filled[slot] = true;
                    values[slot] = decoded.Trim();
                }
            }

            Add(string.Concat(Enumerable.Repeat(sep, row!.TrailingSeparators)));
            rowEnds.Add(bytes.Count);
            expected.Add(new Connection(values[0], values[1], values[2], values[3], values[4], values[5], row.Date));
        }

        if (spec.TrailingEol && lines.Count > 0)
        {
            Add(Eol(3 + lines.Count));
        }

        return new BuiltFile([.. bytes], text.ToString(), headerEndByte, [.. expected], [.. rowEnds], [.. rowLines], [.. garbage]);
    }

    private static string WriteField(Cell cell, char separator, Action<string> add, List<byte> bytes, StringBuilder text)
    {
        var decoded = new StringBuilder();
        foreach (var piece in cell.Content)
        {
            decoded.Append(piece.Text ?? piece.DecodedRaw);
        }

        var value = decoded.ToString();
        var quote = cell.Quoted || value.AsSpan().IndexOfAny(['"', '\r', '\n', separator]) >= 0;
        if (quote)
        {
            add("\"");
        }

        foreach (var piece in cell.Content)
        {
            if (piece.Text is not null)
            {
                add(quote ? piece.Text.Replace("\"", "\"\"", StringComparison.Ordinal) : piece.Text);
            }
            else
            {
                bytes.Add(piece.Byte);
                text.Append(Decoded(piece.Byte));
                if (piece.IsLeadByte)
                {
                    add("~");
                }
            }
        }

        if (quote)
        {
            add("\"");
        }

        return value;
    }

    private static string GarbageText(Garbage g, CsvSpec spec, string headerLine)
    {
        var sep = spec.Separator.ToString();
        var random = string.Concat(g.Pieces.Select(p => p.Text));
        string WithDate(string date) =>
            string.Join(sep, spec.Layout.Select(c => c.EffectiveSlot == 6 ? date : string.Empty));
        return g.Kind switch
        {
            GarbageKind.Random => random,
            GarbageKind.RepeatedHeader => headerLine,
            GarbageKind.HiddenProfile => WithDate("07 Jun 2026"),
            GarbageKind.BadDate => WithDate("not a date " + random.Replace(sep, string.Empty, StringComparison.Ordinal)),
            GarbageKind.TooManyFields => WithDate("07 Jun 2026") + sep + "extra" + random,
            _ => string.Concat(Enumerable.Repeat(" " + sep, g.Pieces.Length % 4)),
        };
    }

    public static char Decoded(byte b) => b is >= 0x80 and <= 0x9F ? Cp1252High[b - 0x80] : (char)b;

    /// <summary>1-based physical line at <paramref name="offset"/>: CRLF, LF and lone CR each end a line.</summary>
    public static int LineOf(StringBuilder text, int offset)
    {
        var line = 1;
        for (var i = 0; i < offset; i++)
        {
            if (text[i] == '\n' || (text[i] == '\r' && (i + 1 >= text.Length || text[i + 1] != '\n')))
            {
                line++;
            }
        }

        return line;
    }

    /// <summary>Physical lines in <paramref name="text"/> (an empty text has one).</summary>
    public static int PhysicalLines(string text) => LineOf(new StringBuilder(text), text.Length);

    /// <summary>Reads <paramref name="bytes"/> as Connections.csv (a lone file or in a folder) on a worker thread, failing rather than hanging.</summary>
    public static ReadOutcome Read(byte[] bytes, bool inFolder, TimeSpan? limit = null)
    {
        using var folder = new TempFolder();
        var path = folder.File(inFolder ? "export/" + FileName : FileName, bytes);
        var target = inFolder ? Path.GetDirectoryName(path)! : path;
        var stopwatch = Stopwatch.StartNew();
        var task = Task.Run(() =>
        {
            try
            {
                return new ReadOutcome(ExportReader.Read(target), null);
            }
            catch (ExportReadException ex)
            {
                return new ReadOutcome(null, ex);
            }
        });
        var budget = limit ?? SmallFileLimit;
        Assert.True(task.Wait(budget), $"ExportReader.Read did not return within {budget.TotalSeconds:0} s (hang?)");
        var outcome = task.Result;
        if (outcome.Error is { } error)
        {
            Assert.False(string.IsNullOrWhiteSpace(error.Message), "ExportReadException without a message");
            Assert.True(error.Message.AsSpan().IndexOfAny('\r', '\n') < 0, "ExportReadException message is not one line: " + error.Message);
        }

        return outcome with { Elapsed = stopwatch.Elapsed };
    }

    /// <summary>
    /// The "nothing lost" invariants for one recognised Connections.csv: rows read = loaded +
    /// rejected, one issue per rejected row, each naming the file and a line of it.
    /// </summary>
    public static ImportedFile CheckAccounting(ExportBundle bundle, byte[] bytes)
    {
        var physicalLines = PhysicalLines(TextDecoder.Decode(bytes, out _));
        var file = Assert.Single(bundle.Files);
        Assert.Equal(FileName, file.Path);
        Assert.Equal(ExportFileKind.Connections, file.Kind);
        Assert.Equal(file.RowsRead, file.RowsLoaded + file.RowsRejected);
        Assert.Equal(file.RowsLoaded, bundle.Connections.Length);
        Assert.Equal(file.RowsRejected, bundle.Issues.Length);
        foreach (var issue in bundle.Issues)
        {
            Assert.Equal(FileName, issue.File);
            Assert.InRange(issue.Line, Math.Max(1, file.HeaderLine + 1), physicalLines);
            Assert.True(issue.Reason.AsSpan().IndexOfAny('\r', '\n') < 0, "multi-line reason: " + issue.Reason);
            Assert.True(issue.Excerpt.AsSpan().IndexOfAny('\r', '\n') < 0, "multi-line excerpt: " + issue.Excerpt);
        }

        // One issue per rejected row, and rows start on distinct lines.
        Assert.Equal(bundle.Issues.Length, bundle.Issues.Select(i => i.Line).Distinct().Count());
        return file;
    }

    /// <summary>True when <paramref name="expected"/> appears in order (not necessarily contiguous) in <paramref name="actual"/>.</summary>
    public static bool IsSubsequence(IReadOnlyList<Connection> expected, IReadOnlyList<Connection> actual)
    {
        var j = 0;
        foreach (var connection in actual)
        {
            if (j < expected.Count && connection == expected[j])
            {
                j++;
            }
        }

        return j == expected.Count;
    }
}

/// <summary>A piece of field content: text, or one raw byte that is not valid UTF-8 on its own.</summary>
internal readonly record struct Piece(string? Text, byte Byte)
{
    public static Piece Of(string text) => new(text, 0);

    public static Piece Raw(byte b) => new(null, b);

    /// <summary>
    /// A UTF-8 lead byte (C2-F4) is written followed by an ASCII '~', so that two stray bytes never
    /// happen to form a valid sequence; continuation and never-valid bytes are written alone.
    /// </summary>
    public bool IsLeadByte => Text is null && Byte is >= 0xC2 and <= 0xF4;

    /// <summary>What a lenient Windows-1252 fallback must turn the raw byte (and its '~') into.</summary>
    public string DecodedRaw => CsvFuzz.Decoded(Byte) + (IsLeadByte ? "~" : string.Empty);

    public override string ToString() => Text ?? $"<{Byte:X2}>";
}

/// <summary>A header column: a schema slot (0-6; -1 unknown; -2-slot a repeated slot) and its header text.</summary>
internal sealed record Column(int Slot, string Header)
{
    /// <summary>The schema slot the column's header names (a repeated column names its slot again), or -1.</summary>
    public int EffectiveSlot => Slot <= -2 ? -2 - Slot : Slot;
}

internal sealed record Cell(Piece[] Content, bool Quoted);

internal sealed record RowSpec(Cell[] Cells, DateOnly Date, int TrailingSeparators);

internal enum GarbageKind
{
    Random,
    RepeatedHeader,
    HiddenProfile,
    BadDate,
    TooManyFields,
    Blank,
}

internal sealed record Garbage(GarbageKind Kind, Piece[] Pieces, int Position);

/// <param name="EolMode">0 CRLF, 1 LF, 2 CR, 3 mixed.</param>
/// <param name="Preamble">0 none, 1 LinkedIn's Notes preamble, 2 Excel's re-saved one, 3 Excel's Column1 line.</param>
internal sealed record CsvSpec(Column[] Layout, char Separator, int EolMode, bool Bom, int Preamble, bool TrailingEol, RowSpec[] Rows, Garbage[] Garbage)
{
    public override string ToString() => CsvFuzz.Print(this);
}

internal sealed record GarbageLine(int Line, bool Blank, string Text, GarbageKind Kind);

/// <param name="Bytes">The file.</param>
/// <param name="Text">The text a correct decoder produces (without BOM).</param>
/// <param name="HeaderEndByte">Byte offset just after the header line's last character.</param>
/// <param name="Expected">The connection each valid row must become, in file order.</param>
/// <param name="RowEndBytes">Byte offset just after each valid row's last character (before its line end).</param>
/// <param name="RowLines">The physical line each valid row starts on.</param>
/// <param name="Garbage">The garbage lines and their physical line numbers.</param>
internal sealed record BuiltFile(byte[] Bytes, string Text, int HeaderEndByte, Connection[] Expected, int[] RowEndBytes, int[] RowLines, GarbageLine[] Garbage);

internal sealed record ReadOutcome(ExportBundle? Bundle, ExportReadException? Error)
{
    public TimeSpan Elapsed { get; init; }
}
