using System.CommandLine;
using System.Globalization;
using NetworkAdvisor.Analysis;
using NetworkAdvisor.Cli.Output;
using NetworkAdvisor.Goals;
using Spectre.Console;

namespace NetworkAdvisor.Cli.Commands;

/// <summary>
/// <c>prune &lt;path&gt; [--goal id | --goal-file f] [--keep f] [--keep-tag t] [--as-of d] [--top N] [--format table|json|csv]</c>:
/// connections worth reviewing for removal, with every reason.
/// </summary>
internal static class PruneCommand
{
    public static Command Create(CliContext context)
    {
        var path = CliOptions.ExportPath();
        var goalId = new Option<string?>("--goal") { Description = "A built-in goal whose segments matter" };
        var goalFile = new Option<string?>("--goal-file") { Description = "Your own goal in YAML or JSON" };
        var keepFile = new Option<string?>("--keep") { Description = "People never to propose: profile URLs or full names, one per line" };
        var keepTags = new Option<string[]>("--keep-tag") { Description = "Tags that protect a connection (default: keep)", AllowMultipleArgumentsPerToken = true };
        var asOf = CliOptions.AsOf();
        var top = CliOptions.Number("--top", "How many candidates to list (table and JSON)", 50, 1, 1_000_000);
        var format = CliOptions.Format("table", "json", "csv");
        var classification = CliOptions.Classification();
        var command = new Command("prune", "Rank connections worth reviewing for removal, with every reason; colleagues and keepers are never proposed.\nExample: network-advisor prune export.zip --goal recruiting-sourcing --keep keep.txt --format csv")
        {
            path, goalId, goalFile, keepFile, keepTags, asOf, top, format,
        };
        classification.AddTo(command);
        command.Validators.Add(r =>
        {
            if (r.GetValue(goalId) is not null && r.GetValue(goalFile) is not null)
            {
                r.AddError("give at most one of --goal and --goal-file");
            }
        });
        command.SetAction(parse =>
        {
            var goal = CliOptions.LoadGoal(parse.GetValue(goalId), parse.GetValue(goalFile), null);
            var tags = parse.GetValue(keepTags) is { Length: > 0 } given ? given : ["keep"];
            var keep = parse.GetValue(keepFile) is { } file ? KeepList.Parse(CliOptions.ReadText(file), tags) : KeepList.Parse(string.Empty, tags);
            var classifier = CliOptions.BuildClassifier(parse, classification);
            var bundle = CliOptions.Read(parse.GetValue(path)!, context, CliOptions.EngagementFiles);
            var day = parse.GetValue(asOf) ?? CliOptions.Today(context);
            var connections = classifier.Classify(bundle).Where(c => c.Connection.ConnectedOn <= day).ToList();
            var engagement = EngagementAnalysis.Analyze(connections, bundle.Messages, bundle.Profile, day);
            var result = PruneAnalysis.RankWithEngagement(connections, engagement, goal, keep, classifier.Companies, day);
            var shown = result.Candidates.Take(Math.Max(1, parse.GetValue(top))).ToList();
            switch (parse.GetValue(format))
            {
                case "json":
                    JsonOutput.Write(context.Out, PruneJson.From(result, shown), JsonOutput.Shapes.PruneJson);
                    break;
                case "csv":
                    TabularOutput.WriteCsv(
                        context.Out,
                        ["name", "profileUrl", "company", "position", "connectedOn", "score", "reasons"],
                        result.Candidates.Select(c => (IReadOnlyList<string>)[
                            c.Connection.Connection.FullName, c.Connection.Connection.ProfileUrl, c.Connection.Connection.Company,
                            c.Connection.Connection.Position, c.Connection.Connection.ConnectedOn.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                            c.Score.ToString(CultureInfo.InvariantCulture), string.Join("; ", c.Reasons)]));
                    break;
                default:
                    var console = ConsoleOutput.Create(context.Out);
                    console.Write(new Rule(FormattableString.Invariant($"{result.Candidates.Length:N0} of {result.Considered:N0} connections to review")));
                    console.Write(TabularOutput.Table(
                        ["Name", "Company", "Position", "Connected", "Score", "Reasons"],
                        shown.Select(c => (IReadOnlyList<string>)[
                            c.Connection.Connection.IsHidden ? "(hidden profile)" : c.Connection.Connection.FullName,
                            c.Connection.Connection.Company, c.Connection.Connection.Position,
                            c.Connection.Connection.ConnectedOn.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                            c.Score.ToString(CultureInfo.InvariantCulture), string.Join("; ", c.Reasons)]),
                        "Score"));
                    console.Write(ConsoleOutput.Plain(FormattableString.Invariant(
                        $"Never proposed: {result.ProtectedColleagues:N0} colleagues, {result.ProtectedKeepers:N0} keepers.{(result.MessagesAvailable ? string.Empty : " No messages in the export, so 'never messaged' and 'dormant' were not judged.")}{Environment.NewLine}")));
                    break;
            }

            return CliApp.Success;
        });
        return command;
    }
}
