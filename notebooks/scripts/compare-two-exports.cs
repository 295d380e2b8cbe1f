#:project ../../src/NetworkAdvisor/NetworkAdvisor.csproj

// Script twin of 06-compare-two-exports.ipynb: what changed between two exports of the same account (each analysed
// as of its own date): who joined, who is gone, job changes, and how the function and seniority mix moved.
// Run: dotnet run notebooks/scripts/compare-two-exports.cs -- [<older> <newer>] [--out <folder>]
// Without paths it compares the bundled sample's earlier export (2026-05-01) with the sample (2026-11-01).
using NetworkAdvisor.Analysis;
using NetworkAdvisor.Charts;
using NetworkAdvisor.Frames;
using NetworkAdvisor.Reports;
using NetworkAdvisor.Scripting;

var syntax = new ScriptSyntax(["older", "newer"], TakesAsOf: false, DefaultPaths: [ScriptSyntax.EarlierSample, ScriptSyntax.TypicalSample]);
return ScriptRunner.Run(args, syntax, (arguments, output) =>
{
    var older = Network.Load(arguments.Paths[0]);
    var newer = Network.Load(arguments.Paths[1]);
    var diff = newer.ChangesSince(older);
    output.WriteLine($"Older: {older.Export.Source}, as of {older.AsOf:yyyy-MM-dd}: {diff.OldCount:N0} connections");
    output.WriteLine($"Newer: {newer.Export.Source}, as of {newer.AsOf:yyyy-MM-dd}: {diff.NewCount:N0} connections");
    output.WriteLine($"Net growth: {diff.NetGrowth:+#,0;-#,0;0}{(diff.Days is { } days ? $" in {days:N0} days" : string.Empty)}");
    output.WriteLine($"Added: {diff.Added.Length:N0}; removed: {diff.Removed.Length:N0}; changed jobs: {diff.Changed.Length:N0}; unchanged: {diff.Unchanged:N0}");
    foreach (var change in diff.Changed.Take(20))
    {
        output.WriteLine($"  {change.After.FullName}: {change.Before.Position} at {change.Before.Company} -> {change.After.Position} at {change.After.Company}");
    }

    var bySeniority = newer.ChangesSince(older, SegmentDimension.Seniority);
    foreach (var changes in new[] { diff, bySeniority })
    {
        output.WriteLine($"By {changes.Dimension.ToString().ToLowerInvariant()}, largest changes first:");
        foreach (var segment in changes.Segments.Take(12))
        {
            output.WriteLine($"  {segment.Segment}: {segment.Before:N0} -> {segment.After:N0} ({segment.Delta:+#,0;-#,0;0})");
        }
    }

    var page = NotebookHtml.Page(
        "What changed between two exports",
        [diff, ConnectionFrame.ToDataFrame(diff.Added), ConnectionFrame.ToDataFrame(diff.Removed), bySeniority,
         NetworkCharts.SegmentBars(older.Mix(SegmentDimension.Function), $"Job functions as of {older.AsOf:yyyy-MM-dd}"),
         NetworkCharts.SegmentBars(newer.Mix(SegmentDimension.Function), $"Job functions as of {newer.AsOf:yyyy-MM-dd}"),
         NetworkCharts.Growth(newer.Growth(), null, null)],
        PlotlyScript.Source);
    ScriptRunner.WriteHtml(arguments, "compare-two-exports.html", page, output);
    return ScriptRunner.Success;
});
