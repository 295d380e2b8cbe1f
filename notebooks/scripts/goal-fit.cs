#:project ../../src/NetworkAdvisor/NetworkAdvisor.csproj

// Script twin of 04-goal-fit.ipynb: how well the network fits one goal, its checks, what to do next, engagement,
// and the fit of every built-in goal.
// Run: dotnet run notebooks/scripts/goal-fit.cs -- [<export>] [--goal <id>] [--as-of yyyy-MM-dd] [--out <folder>]
// The goal is sales-new-clients unless --goal says otherwise; `network-advisor goals` lists the goals.
using NetworkAdvisor.Analysis;
using NetworkAdvisor.Charts;
using NetworkAdvisor.Reports;
using NetworkAdvisor.Scripting;

return ScriptRunner.Run(args, new ScriptSyntax(TakesGoal: true, DefaultGoal: "sales-new-clients"), (arguments, output) =>
{
    var goal = arguments.Goal ?? throw new ScriptUsageException("goal-fit needs a goal: --goal <id>");
    var network = Network.Load(arguments.Path, arguments.AsOf);
    var fit = network.Fit(goal);
    output.WriteLine($"{fit.Connections:N0} connections as of {network.AsOf:yyyy-MM-dd}; goal: {goal.Title} ({goal.Id}, {goal.Range})");
    output.WriteLine($"Fit score: {fit.Score}/100");
    output.WriteLine($"Verdict: {fit.Verdict}");
    output.WriteLine("Checks:");
    foreach (var check in fit.Checks)
    {
        var result = check.Passed switch { true => "pass", false => "FAIL", null => "n/a " };
        output.WriteLine($"  [{result}] {check.Name}: {check.Value} (target {check.Target}). {check.Explanation}");
    }

    output.WriteLine("What to do next:");
    for (var i = 0; i < fit.Recommendations.Length; i++)
    {
        output.WriteLine($"  {i + 1}. {fit.Recommendations[i]}");
    }

    var engagement = network.Engagement();
    output.WriteLine(engagement.HasMessages
        ? $"Engagement: {ShareText.Percent(engagement.EngagedShare)} messaged in the last 12 months, {ShareText.Percent(engagement.DormantShare)} dormant, {ShareText.Percent(engagement.NeverMessagedShare)} never messaged, {ShareText.Percent(engagement.TwoWayShare)} two-way"
        : "Engagement: the export has no messages, so it cannot be measured");
    var catalogue = network.Report().CatalogueFits;
    output.WriteLine("Every built-in goal:");
    foreach (var other in catalogue)
    {
        output.WriteLine($"  {other.Goal.Id} ({other.Goal.Range}): {other.Score}/100, {other.Status.ToString().ToLowerInvariant()} the range");
    }

    var page = NotebookHtml.Page(
        "Goal fit: " + goal.Title,
        [fit, NetworkCharts.GoalGauge(fit), NetworkCharts.FitChecks(fit), engagement, NetworkCharts.EngagementRecency(engagement, network.AsOf), catalogue],
        PlotlyScript.Source);
    ScriptRunner.WriteHtml(arguments, "goal-fit.html", page, output);
    return ScriptRunner.Success;
});
