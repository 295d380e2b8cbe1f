using System.CommandLine;
using System.Text;
using NetworkAdvisor.Charts;
using NetworkAdvisor.Cli.Output;
using NetworkAdvisor.Goals;
using NetworkAdvisor.Model;
using NetworkAdvisor.Reports;

namespace NetworkAdvisor.Cli.Commands;

/// <summary>
/// <c>report &lt;path&gt; [--goal id | --goal-file f] [--targets f] [--tags f] [--as-of d] [--anonymize] [-o report.html] [--force]</c>:
/// the self-contained offline HTML report.
/// </summary>
internal static class ReportCommand
{
    public static Command Create(CliContext context)
    {
        var path = CliOptions.ExportPath();
        var goalId = new Option<string?>("--goal") { Description = "A built-in goal id (see 'network-advisor goals'); without it the report compares all goals" };
        var goalFile = new Option<string?>("--goal-file") { Description = "Your own goal in YAML or JSON" };
        var targets = new Option<string?>("--targets") { Description = "Target companies, one per line" };
        var asOf = CliOptions.AsOf();
        var anonymize = new Option<bool>("--anonymize") { Description = "Replace people with stable pseudonyms; no e-mails or profile links in the file" };
        var output = new Option<string>("--output", "-o") { Description = "The HTML file to write", DefaultValueFactory = _ => "network-report.html" };
        var force = new Option<bool>("--force") { Description = "Overwrite the output file if it exists" };
        var classification = CliOptions.Classification();
        var command = new Command("report", "Write the offline HTML report: verdict, KPIs, charts, goal-fit checks, recommendations and data quality.\nExample: network-advisor report Basic_LinkedInDataExport_11-26-2026.zip --goal sales-pipeline -o report.html")
        {
            path, goalId, goalFile, targets, asOf, anonymize, output, force,
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
            var target = parse.GetValue(output)!;
            if (Directory.Exists(target))
            {
                throw new CliException($"{target}: is a folder; give a file name such as {Path.Combine(target, "report.html")}", CliApp.BadInput);
            }

            if (File.Exists(target) && !parse.GetValue(force))
            {
                throw new CliException($"{target}: already exists; use --force to overwrite it", CliApp.BadInput);
            }

            var goal = CliOptions.LoadGoal(parse.GetValue(goalId), parse.GetValue(goalFile), parse.GetValue(targets));
            // The classifier's rules load on the other core while the export is read; its errors still come first.
            var classifierTask = Task.Run(() => CliOptions.BuildClassifier(parse, classification));
            context.Progress("Reading the export ...");
            ExportBundle bundle;
            try
            {
                bundle = CliOptions.Read(parse.GetValue(path)!, context);
            }
            catch (CliException)
            {
                classifierTask.GetAwaiter().GetResult();
                throw;
            }

            var classifier = classifierTask.GetAwaiter().GetResult();
            var anonymized = parse.GetValue(anonymize);
            if (anonymized)
            {
                bundle = Anonymizer.Apply(bundle);
            }

            context.Progress("Classifying and analysing ...");
            var report = ReportBuilder.Build(bundle, classifier, goal, parse.GetValue(asOf) ?? CliOptions.Today(context), anonymized);
            context.Progress("Drawing the charts and writing the report ...");
            var charts = ReportCharts.For(report);
            var (bytes, isFile) = OutputFile.Write(target, file => HtmlReport.Write(file, report, charts));
            context.Error.WriteLine(FormattableString.Invariant($"Wrote {target} ({bytes / 1024:N0} KB): {report.Connections.Count:N0} connections{(report.Fit is { } fit ? FormattableString.Invariant($", fit score {fit.Score}/100 for {fit.Goal.Id}") : ", no goal chosen")}."));
            if (isFile)
            {
                // The path of the file written, for scripts; not when the report went to a device or a pipe (such as
                // /dev/stdout), where it would be written after the report.
                context.Out.WriteLine(Path.GetFullPath(target));
            }

            return CliApp.Success;
        });
        return command;
    }
}
