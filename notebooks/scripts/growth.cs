#:project ../../src/NetworkAdvisor/NetworkAdvisor.csproj

// Script twin of 03-growth.ipynb: how the network grew month by month and year by year, bursts of indiscriminate
// adding, who joined each year, and when the current pace reaches the goal's range.
// Run: dotnet run notebooks/scripts/growth.cs -- [<export>] [--goal <id>|none] [--as-of yyyy-MM-dd] [--out <folder>]
// The goal is sales-new-clients unless --goal says otherwise (none: no goal range, only LinkedIn's limit).
using NetworkAdvisor.Analysis;
using NetworkAdvisor.Charts;
using NetworkAdvisor.Reports;
using NetworkAdvisor.Scripting;

return ScriptRunner.Run(args, new ScriptSyntax(TakesGoal: true, DefaultGoal: "sales-new-clients"), (arguments, output) =>
{
    var network = Network.Load(arguments.Path, arguments.AsOf);
    var goal = arguments.Goal;
    var growth = network.Growth(GrowthPeriod.Month, goal);
    output.WriteLine($"{growth.Total:N0} connections as of {growth.AsOf:yyyy-MM-dd}{(goal is null ? "; no goal" : $"; goal: {goal.Title} ({goal.Range})")}");
    output.WriteLine($"Last 12 months: {growth.Trailing12Months:N0} added ({growth.MonthlyRate:0.00} a month)");
    output.WriteLine($"Bursts: {growth.Bursts.Length}");
    foreach (var burst in growth.Bursts)
    {
        output.WriteLine($"  {burst.Month}: {burst.Added:N0} added, median of the 12 months before {burst.TrailingMedian:0.#}{(burst.Factor is { } factor ? $", factor {factor:0.0}" : string.Empty)}");
    }

    output.WriteLine("Who joined each year:");
    foreach (var year in growth.Years)
    {
        var top = year.Functions.FirstOrDefault();
        output.WriteLine($"  {year.Year}: {year.Added:N0} added, {ShareText.Percent(year.DecisionMakerShare)} decision-makers{(top is null ? string.Empty : $", most in {top.Function} ({ShareText.Percent(top.Share)})")}");
    }

    output.WriteLine("When the current pace reaches:");
    foreach (var projection in growth.Projections)
    {
        var when = projection.Status switch
        {
            GrowthProjectionStatus.Reached => "reached",
            GrowthProjectionStatus.Projected => $"in {projection.MonthsNeeded:N0} months{(projection.Date is { } date ? $" ({date:yyyy-MM-dd})" : string.Empty)}",
            _ => "never at the current pace",
        };
        output.WriteLine($"  {projection.Target} ({projection.Count:N0}): {when}");
    }

    var page = NotebookHtml.Page(
        "How your network grew",
        [NetworkCharts.Growth(growth, goal?.Min, goal?.Max), growth, network.Growth(GrowthPeriod.Year, goal).ToDataFrame(), NetworkCharts.Cohorts(growth)],
        PlotlyScript.Source);
    ScriptRunner.WriteHtml(arguments, "growth.html", page, output);
    return ScriptRunner.Success;
});
