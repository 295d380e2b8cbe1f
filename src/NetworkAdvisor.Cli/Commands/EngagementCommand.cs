using System.CommandLine;
using System.Globalization;
using NetworkAdvisor.Analysis;
using NetworkAdvisor.Cli.Output;
using Spectre.Console;

namespace NetworkAdvisor.Cli.Commands;

/// <summary>
/// <c>engagement &lt;path&gt; [--as-of yyyy-MM-dd] [--top N] [--format table|json|csv]</c>: who you message, who is
/// engaged in the last 12 months, who is dormant, and the engagement checks.
/// </summary>
internal static class EngagementCommand
{
    public static Command Create(CliContext context)
    {
        var path = CliOptions.ExportPath();
        var asOf = CliOptions.AsOf();
        var top = CliOptions.Number("--top", "Top contacts to list", EngagementAnalysis.DefaultTop, 1, 1_000_000);
        var format = CliOptions.Format("table", "json", "csv");
        var classification = CliOptions.Classification();
        var command = new Command("engagement", "Show who you message, who you talked to in the last 12 months and who is dormant (needs messages.csv).\nExample: network-advisor engagement Complete_LinkedInDataExport_11-26-2026.zip --top 20")
        {
            path, asOf, top, format,
        };
        classification.AddTo(command);
        command.SetAction(parse =>
        {
            var (bundle, classified) = CliOptions.ReadClassified(parse.GetValue(path)!, parse, classification, context, CliOptions.EngagementFiles);
            var day = parse.GetValue(asOf) ?? CliOptions.Today(context);
            var connections = classified.Where(c => c.Connection.ConnectedOn <= day).ToList();
            var result = EngagementAnalysis.Analyze(connections, bundle.Messages, bundle.Profile, day, parse.GetValue(top));
            var checks = EngagementAnalysis.FitChecks(result);
            switch (parse.GetValue(format))
            {
                case "json":
                    WriteJson(context.Out, result, checks);
                    break;
                case "csv":
                    TabularOutput.WriteCsv(
                        context.Out,
                        ["name", "profileUrl", "company", "sent", "received", "firstContact", "lastContact", "twoWay"],
                        result.Contacts.Where(c => !c.Connection.Connection.IsHidden).Select(c => (IReadOnlyList<string>)
                        [
                            c.Name, c.Connection.Connection.ProfileUrl, c.Connection.Connection.Company, Integer(c.Sent), Integer(c.Received),
                            Date(c.FirstContact), Date(c.LastContact), c.TwoWay ? "true" : "false",
                        ]));
                    break;
                default:
                    WriteTable(context.Out, result, checks);
                    break;
            }

            return CliApp.Success;
        });
        return command;
    }

    private static void WriteJson(TextWriter writer, EngagementResult result, IEnumerable<FitCheck> checks) =>
        JsonOutput.Write(writer, EngagementJson.From(result, checks), JsonOutput.Shapes.EngagementJson);

    private static void WriteTable(TextWriter writer, EngagementResult result, IReadOnlyList<FitCheck> checks)
    {
        var console = ConsoleOutput.Create(writer);
        console.Write(new Rule(Invariant($"Engagement as of {result.AsOf:yyyy-MM-dd}")));
        if (!result.HasMessages)
        {
            console.Write(ConsoleOutput.Plain(checks[0].Explanation + Environment.NewLine + checks[0].Recommendation + Environment.NewLine));
            return;
        }

        console.Write(TabularOutput.Table(
            ["Figure", "Value"],
            [
                ["Messages", Invariant($"{result.Messages:N0} ({result.MatchedMessages:N0} with connections, {result.UnmatchedMessages:N0} with others)")],
                ["Identified connections", Invariant($"{result.Identified:N0} of {result.Connections:N0}")],
                ["Ever messaged", Count(result.EverMessaged, result.EverMessagedShare)],
                ["Messaged in the last 12 months", Count(result.Engaged12Months, result.EngagedShare)],
                ["Two-way conversations", Count(result.TwoWay, result.TwoWayShare)],
                ["Never messaged", Count(result.NeverMessaged, result.NeverMessagedShare)],
                ["Dormant (no message in 2 years)", Count(result.Dormant, result.DormantShare)],
            ]));
        if (result.IgnoredAfterAsOf > 0)
        {
            console.Write(ConsoleOutput.Plain(Invariant($"{result.IgnoredAfterAsOf:N0} messages after {result.AsOf:yyyy-MM-dd} were ignored.{Environment.NewLine}")));
        }

        console.Write(new Rule("Who you talk to most"));
        console.Write(TabularOutput.Table(
            ["Name", "Company", "Sent", "Received", "First contact", "Last contact", "Two-way"],
            result.TopContacts.Select(c => (IReadOnlyList<string>)
            [
                c.Name, c.Connection.Connection.Company, Integer(c.Sent), Integer(c.Received), Date(c.FirstContact), Date(c.LastContact), c.TwoWay ? "yes" : "no",
            ]),
            "Sent", "Received"));
        console.Write(new Rule("Checks"));
        foreach (var check in checks)
        {
            var verdict = check.Passed switch { true => "pass", false => "FAIL", null => "n/a" };
            console.Write(ConsoleOutput.Plain(Invariant($"{check.Name}: {check.Value} (target {check.Target}) {verdict}. {check.Explanation}{Environment.NewLine}")));
            if (check.Recommendation.Length > 0)
            {
                console.Write(ConsoleOutput.Plain(Invariant($"  -> {check.Recommendation}{Environment.NewLine}")));
            }
        }
    }

    private static string Count(int count, double share) => Invariant($"{count:N0} ({ShareText.Percent(share)})");

    private static string Integer(int value) => value.ToString(CultureInfo.InvariantCulture);

    private static string Date(DateTime? value) => value?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? string.Empty;

    private static string Invariant(FormattableString text) => FormattableString.Invariant(text);
}
