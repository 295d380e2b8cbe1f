using System.CommandLine;
using System.Globalization;
using NetworkAdvisor.Cli.Output;
using NetworkAdvisor.Import;
using Spectre.Console;

namespace NetworkAdvisor.Cli.Commands;

/// <summary><c>summary &lt;path&gt; [--format table|json]</c>: what the export holds and what could not be read.</summary>
internal static class SummaryCommand
{
    private const int RejectedRowsShown = 20;

    public static Command Create(CliContext context)
    {
        var path = CliOptions.ExportPath();
        var format = CliOptions.Format("table", "json");
        var command = new Command("summary", "Read an export and show what it holds, file by file, with every rejected row.\nExample: network-advisor summary Basic_LinkedInDataExport_11-26-2026.zip --format json")
        {
            path,
            format,
        };
        command.SetAction(parse =>
        {
            var summary = ImportSummary.Of(CliOptions.Read(parse.GetValue(path)!, context));
            if (parse.GetValue(format) == "json")
            {
                JsonOutput.Write(context.Out, SummaryJson.From(summary), JsonOutput.Shapes.SummaryJson);
            }
            else
            {
                WriteTable(ConsoleOutput.Create(context.Out), summary);
            }

            return CliApp.Success;
        });
        return command;
    }

    private static void WriteTable(IAnsiConsole console, ImportSummary summary)
    {
        var counts = new Table().AddColumn("What").AddColumn(new TableColumn("Count").RightAligned());
        AddCount(counts, "Connections", summary.Connections);
        AddCount(counts, "  of which hidden profiles", summary.HiddenProfiles);
        AddCount(counts, "Invitations", summary.Invitations);
        AddCount(counts, "Messages", summary.Messages);
        AddCount(counts, "Positions", summary.Positions);
        AddCount(counts, "Endorsements received", summary.Endorsements);
        AddCount(counts, "Recommendations received", summary.Recommendations);
        AddCount(counts, "Skills", summary.Skills);
        AddCount(counts, "Companies followed", summary.CompanyFollows);
        console.Write(new Rule("Export"));
        console.Write(ConsoleOutput.Plain(summary.Source + Environment.NewLine));
        if (summary.FirstConnectedOn is { } first && summary.LastConnectedOn is { } last)
        {
            console.Write(ConsoleOutput.Plain(string.Create(
                CultureInfo.InvariantCulture, $"Connected from {first:yyyy-MM-dd} to {last:yyyy-MM-dd}{Environment.NewLine}")));
        }

        console.Write(counts);

        var files = new Table().AddColumn("File").AddColumn("Kind").AddColumn(new TableColumn("Rows").RightAligned())
            .AddColumn(new TableColumn("Loaded").RightAligned()).AddColumn(new TableColumn("Rejected").RightAligned());
        foreach (var file in summary.Files)
        {
            files.AddRow(
                ConsoleOutput.Plain(file.Path),
                ConsoleOutput.Plain(file.Kind.ToString()),
                ConsoleOutput.Plain(Number(file.RowsRead)),
                ConsoleOutput.Plain(Number(file.RowsLoaded)),
                ConsoleOutput.Plain(Number(file.RowsRejected)));
        }

        console.Write(files);
        if (summary.Skipped.Length > 0)
        {
            console.Write(ConsoleOutput.Plain(
                string.Create(CultureInfo.InvariantCulture, $"Not used ({summary.Skipped.Length}): {string.Join(", ", summary.Skipped)}{Environment.NewLine}")));
        }

        if (summary.Rejected.Length == 0)
        {
            console.Write(ConsoleOutput.Plain("Every row was loaded." + Environment.NewLine));
            return;
        }

        var rejected = new Table().AddColumn("File").AddColumn(new TableColumn("Line").RightAligned()).AddColumn("Reason").AddColumn("Row");
        foreach (var issue in summary.Rejected.Take(RejectedRowsShown))
        {
            rejected.AddRow(
                ConsoleOutput.Plain(issue.File), ConsoleOutput.Plain(Number(issue.Line)), ConsoleOutput.Plain(issue.Reason), ConsoleOutput.Plain(issue.Excerpt));
        }

        console.Write(new Rule(string.Create(CultureInfo.InvariantCulture, $"Rejected rows: {summary.Rejected.Length}")));
        console.Write(rejected);
        if (summary.Rejected.Length > RejectedRowsShown)
        {
            console.Write(ConsoleOutput.Plain(string.Create(
                CultureInfo.InvariantCulture,
                $"... and {summary.Rejected.Length - RejectedRowsShown} more; use --format json for all of them{Environment.NewLine}")));
        }
    }

    private static void AddCount(Table table, string label, int count) =>
        table.AddRow(ConsoleOutput.Plain(label), ConsoleOutput.Plain(Number(count)));

    private static string Number(int value) => value.ToString("N0", CultureInfo.InvariantCulture);
}
