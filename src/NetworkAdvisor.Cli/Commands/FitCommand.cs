using System.CommandLine;
using NetworkAdvisor.Analysis;
using NetworkAdvisor.Cli.Output;
using NetworkAdvisor.Goals;
using Spectre.Console;

namespace NetworkAdvisor.Cli.Commands;

/// <summary>
/// <c>fit &lt;path&gt; --goal &lt;id&gt; | --goal-file &lt;file&gt; [--targets &lt;file&gt;] [--as-of yyyy-MM-dd] [--format table|json|csv]</c>.
/// </summary>
internal static class FitCommand
{
    public static Command Create(CliContext context)
    {
        var path = CliOptions.ExportPath();
        var goalId = new Option<string?>("--goal") { Description = "A built-in goal id (see 'network-advisor goals')" };
        var goalFile = new Option<string?>("--goal-file") { Description = "Your own goal in YAML or JSON" };
        var targets = new Option<string?>("--targets") { Description = "Target companies, one per line (or a CSV whose first column is the company)" };
        var asOf = CliOptions.AsOf();
        var format = CliOptions.Format("table", "json", "csv");
        var classification = CliOptions.Classification();
        var command = new Command("fit", "Measure your network against a goal: size, composition checks, score and recommendations.\nExample: network-advisor fit export.zip --goal sales-pipeline --targets accounts.txt")
        {
            path, goalId, goalFile, targets, asOf, format,
        };
        classification.AddTo(command);
        command.Validators.Add(r =>
        {
            if ((r.GetValue(goalId) is null) == (r.GetValue(goalFile) is null))
            {
                r.AddError("give exactly one of --goal <id> or --goal-file <file>");
            }
        });
        command.SetAction(parse =>
        {
            var goal = CliOptions.LoadGoal(parse.GetValue(goalId), parse.GetValue(goalFile), parse.GetValue(targets))!;
            var classifier = CliOptions.BuildClassifier(parse, classification);
            var bundle = CliOptions.Read(parse.GetValue(path)!, context, CliOptions.EngagementFiles);
            var day = parse.GetValue(asOf) ?? CliOptions.Today(context);
            var connections = classifier.Classify(bundle).Where(c => c.Connection.ConnectedOn <= day).ToList();
            var growth = GrowthTimeline.Compute(connections, GrowthPeriod.Month, day, goal.Min, goal.Max);
            var engagement = EngagementAnalysis.Analyze(connections, bundle.Messages, bundle.Profile, day);
            var fit = GoalFitAnalysis.Fit(
                connections, goal, classifier.Companies, GoalFitAnalysis.ActivityChecks(growth, engagement));
            if (parse.GetValue(format) == "json")
            {
                JsonOutput.Write(context.Out, FitJson.From(fit), JsonOutput.Shapes.FitJson);
                return CliApp.Success;
            }

            if (parse.GetValue(format) == "csv")
            {
                TabularOutput.WriteCsv(
                    context.Out,
                    ["name", "value", "target", "passed", "explanation"],
                    fit.Checks.Select(c => (IReadOnlyList<string>)[c.Name, c.Value, c.Target, c.Passed switch { true => "true", false => "false", null => string.Empty }, c.Explanation]));
                return CliApp.Success;
            }

            var console = ConsoleOutput.Create(context.Out);
            console.Write(new Rule(Markup.Escape(fit.Goal.Title)));
            console.Write(ConsoleOutput.Plain(fit.Verdict + Environment.NewLine));
            console.Write(TabularOutput.Table(
                ["Check", "Value", "Target", "Result"],
                fit.Checks.Select(c => (IReadOnlyList<string>)[c.Name, c.Value, c.Target, c.Passed switch { true => "pass", false => "FAIL", null => "n/a" }])));
            foreach (var check in fit.Checks)
            {
                console.Write(ConsoleOutput.Plain(FormattableString.Invariant($"{check.Name}: {check.Explanation}{Environment.NewLine}")));
            }

            console.Write(new Rule("What to do next"));
            var number = 1;
            foreach (var recommendation in fit.Recommendations)
            {
                console.Write(ConsoleOutput.Plain(FormattableString.Invariant($"{number++}. {recommendation}{Environment.NewLine}")));
            }

            return CliApp.Success;
        });
        return command;
    }
}
