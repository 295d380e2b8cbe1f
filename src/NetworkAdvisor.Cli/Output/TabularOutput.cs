using System.Text;
using NetworkAdvisor.Reports;
using Spectre.Console;

namespace NetworkAdvisor.Cli.Output;

/// <summary>Rows written as a Spectre.Console table or as safe CSV (LF line ends, formulas neutralised).</summary>
internal static class TabularOutput
{
    /// <summary>
    /// Characters of CSV gathered before they are handed to the writer: standard output writes through at every call,
    /// so a row at a time would cost two system calls per row (970,000 for the 485,000 prune candidates of a
    /// team's export).
    /// </summary>
    internal const int CsvBlockChars = 1 << 16;

    /// <summary>Writes a header and rows as safe CSV, each row ended by LF, in blocks of about <see cref="CsvBlockChars"/> characters.</summary>
    public static void WriteCsv(TextWriter writer, IReadOnlyList<string> header, IEnumerable<IReadOnlyList<string>> rows)
    {
        // Room for a block and a long row in one piece: a text writer hands a string builder on piece by piece.
        var block = new StringBuilder(CsvBlockChars + 1024);
        SafeCsv.AppendRow(block, header).Append('\n');
        foreach (var row in rows)
        {
            SafeCsv.AppendRow(block, row).Append('\n');
            if (block.Length >= CsvBlockChars)
            {
                writer.Write(block);
                block.Clear();
            }
        }

        writer.Write(block);
    }

    /// <summary>A table whose cells are plain text (never markup); columns named in <paramref name="rightAligned"/> align right.</summary>
    public static Table Table(IReadOnlyList<string> header, IEnumerable<IReadOnlyList<string>> rows, params string[] rightAligned)
    {
        var table = new Table();
        foreach (var name in header)
        {
            var column = new TableColumn(ConsoleOutput.Plain(name));
            table.AddColumn(rightAligned.Contains(name) ? column.RightAligned() : column);
        }

        foreach (var row in rows)
        {
            table.AddRow(row.Select(cell => (Spectre.Console.Rendering.IRenderable)ConsoleOutput.Plain(cell)).ToArray());
        }

        return table;
    }
}
