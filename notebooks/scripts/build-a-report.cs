#:project ../../src/NetworkAdvisor/NetworkAdvisor.csproj

// Script twin of 07-build-a-report.ipynb: the full offline HTML report (network-report.html), as
// `network-advisor report` writes it. It holds the names of your connections: keep it private.
// Run: dotnet run notebooks/scripts/build-a-report.cs -- [<export>] [--goal <id>|none] [--as-of yyyy-MM-dd] [--out <folder>]
// The goal is sales-new-clients unless --goal says otherwise; with --goal none the report shows every goal's fit.
using NetworkAdvisor.Analysis;
using NetworkAdvisor.Charts;
using NetworkAdvisor.Reports;
using NetworkAdvisor.Scripting;

return ScriptRunner.Run(args, new ScriptSyntax(TakesGoal: true, DefaultGoal: "sales-new-clients"), (arguments, output) =>
{
    var network = Network.Load(arguments.Path, arguments.AsOf);
    var report = network.Report(arguments.Goal);
    output.WriteLine($"{report.Connections.Count:N0} connections as of {report.AsOf:yyyy-MM-dd}{(report.Goal is { } goal ? $"; goal: {goal.Title} ({goal.Range})" : "; no goal")}");
    output.WriteLine($"Added in the last 12 months: {report.Growth.Trailing12Months:N0}; engaged: {ShareText.Percent(report.Engagement.EngagedShare)}; decision-makers: {ShareText.Percent(report.DecisionMakerShare)}");
    if (report.Fit is { } fit)
    {
        output.WriteLine($"Fit score: {fit.Score}/100");
        output.WriteLine($"Verdict: {fit.Verdict}");
    }
    else
    {
        output.WriteLine("How the network fits each built-in goal:");
        foreach (var goalFit in report.CatalogueFits)
        {
            output.WriteLine($"  {goalFit.Goal.Id} ({goalFit.Goal.Range}): {goalFit.Score}/100, {goalFit.Status.ToString().ToLowerInvariant()} the range");
        }
    }

    var charts = ReportCharts.For(report);
    output.WriteLine($"Charts: {string.Join(", ", charts.Select(c => c.Title))}");
    output.WriteLine($"Data quality: {report.Import.Files.Length} files read, {report.Import.Rejected.Length:N0} rows rejected");
    ScriptRunner.WriteHtml(arguments, "network-report.html", HtmlReport.Render(report, charts, PlotlyScript.Source), output);
    return ScriptRunner.Success;
});
