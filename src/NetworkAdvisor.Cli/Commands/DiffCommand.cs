using System.CommandLine;
using System.Globalization;
using NetworkAdvisor.Analysis;
using NetworkAdvisor.Classification;
using NetworkAdvisor.Cli.Output;
using NetworkAdvisor.Model;
using Spectre.Console;

namespace NetworkAdvisor.Cli.Commands;

/// <summary><c>diff &lt;old&gt; &lt;new&gt; [--by dimension] [--format table|json|csv]</c>: what changed between two exports.</summary>
internal static class DiffCommand
{
    private const int Shown = 25;

    public static Command Create(CliContext context)
    {
        var older = new Argument<string>("old") { Description = "The older export (.zip, folder or Connections.csv)" };
        var newer = new Argument<string>("new") { Description = "The newer export" };
        var by = new Option<SegmentDimension>("--by") { Description = "Dimension for the per-segment change", DefaultValueFactory = _ => SegmentDimension.Function };
        var format = CliOptions.Format("table", "json", "csv");
        var classification = CliOptions.Classification();
        var command = new Command("diff", "Compare two exports: who was added or removed, who changed jobs, and how each segment moved.\nExample: network-advisor diff Basic_LinkedInDataExport_01-15-2026.zip Basic_LinkedInDataExport_11-26-2026.zip")
        {
            older, newer, by, format,
        };
        classification.AddTo(command);
        command.SetAction(parse =>
        {
            var classifier = CliOptions.BuildClassifier(parse, classification);
            var oldPath = parse.GetValue(older)!;
            var newPath = parse.GetValue(newer)!;
            var oldBundle = CliOptions.Read(oldPath, context, CliOptions.ClassificationFiles);
            var newBundle = CliOptions.Read(newPath, context, CliOptions.ClassificationFiles);
            var diff = ExportDiffAnalysis.Compare(
                classifier.Classify(oldBundle),
                classifier.Classify(newBundle),
                ExportDiffAnalysis.DateFromFileName(oldPath) ?? Latest(oldBundle),
                ExportDiffAnalysis.DateFromFileName(newPath) ?? Latest(newBundle),
                parse.GetValue(by));
            switch (parse.GetValue(format))
            {
                case "json":
                    JsonOutput.Write(context.Out, DiffJson.From(diff), JsonOutput.Shapes.DiffJson);
                    break;
                case "csv":
                    TabularOutput.WriteCsv(
                        context.Out,
                        ["change", "firstName", "lastName", "profileUrl", "company", "position", "previousCompany", "previousPosition"],
                        diff.Added.Select(c => Row("added", c, null))
                            .Concat(diff.Removed.Select(c => Row("removed", c, null)))
                            .Concat(diff.Changed.Select(c => Row("changed", c.After, c.Before))));
                    break;
                default:
                    WriteTable(ConsoleOutput.Create(context.Out), diff);
                    break;
            }

            return CliApp.Success;
        });
        return command;
    }

    private static DateOnly? Latest(ExportBundle bundle) =>
        bundle.Connections.IsEmpty ? null : bundle.Connections.Max(c => c.ConnectedOn);

    private static IReadOnlyList<string> Row(string change, Connection c, Connection? before) =>
        [change, c.FirstName, c.LastName, c.ProfileUrl, c.Company, c.Position, before?.Company ?? string.Empty, before?.Position ?? string.Empty];

    private static void WriteTable(IAnsiConsole console, ExportDiff diff)
    {
        console.Write(new Rule("What changed"));
        var pace = diff.GrowthPer30Days is { } g ? Invariant($", {g:0.0} per 30 days") : string.Empty;
        console.Write(ConsoleOutput.Plain(Invariant(
            $"{diff.OldCount:N0} -> {diff.NewCount:N0} connections ({diff.NetGrowth:+#,0;-#,0;0}) between {Date(diff.OldDate)} and {Date(diff.NewDate)}{pace}.{Environment.NewLine}")));
        console.Write(ConsoleOutput.Plain(Invariant(
            $"{diff.Added.Length:N0} added, {diff.Removed.Length:N0} removed, {diff.Changed.Length:N0} changed jobs, {diff.Unchanged:N0} unchanged; hidden profiles {diff.HiddenBefore:N0} -> {diff.HiddenAfter:N0}.{Environment.NewLine}")));
        if (!diff.Changed.IsEmpty)
        {
            console.Write(new Rule("Job changes"));
            console.Write(TabularOutput.Table(
                ["Name", "Before", "After"],
                diff.Changed.Take(Shown).Select(c => (IReadOnlyList<string>)[c.After.FullName, Job(c.Before), Job(c.After)])));
        }

        console.Write(new Rule(Invariant($"By {diff.Dimension}")));
        console.Write(TabularOutput.Table(
            ["Segment", "Before", "After", "Change"],
            diff.Segments.Take(Shown).Select(s => (IReadOnlyList<string>)[s.Segment, Invariant($"{s.Before:N0}"), Invariant($"{s.After:N0}"), Invariant($"{s.Delta:+#,0;-#,0;0}")]),
            "Before", "After", "Change"));
    }

    private static string Job(Connection c) => c.Position.Length == 0 ? c.Company : c.Company.Length == 0 ? c.Position : c.Position + " @ " + c.Company;

    private static string Date(DateOnly? date) => date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "unknown";

    private static string Invariant(FormattableString text) => FormattableString.Invariant(text);
}
