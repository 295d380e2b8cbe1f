using NetworkAdvisor.Reports;
using Spectre.Console;

namespace NetworkAdvisor.Cli.Output;

/// <summary>Rows written as a Spectre.Console table or as safe CSV (LF line ends, formulas neutralised).</summary>
internal static class TabularOutput
{
    public static void WriteCsv(TextWriter writer, IReadOnlyList<string> header, IEnumerable<IReadOnlyList<string>> rows)
    {
        writer.Write(SafeCsv.Row(header));
        writer.Write('\n');
        foreach (var row in rows)
        {
            writer.Write(SafeCsv.Row(row));
            writer.Write('\n');
        }
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
