#:project ../../src/NetworkAdvisor/NetworkAdvisor.csproj

// Script twin of 01-load-your-export.ipynb: what the export holds, what was read and rejected, the classified
// connections, the seniority mix and how the network got its size.
// Run: dotnet run notebooks/scripts/load-your-export.cs -- [<export>] [--as-of yyyy-MM-dd] [--out <folder>]
using NetworkAdvisor.Analysis;
using NetworkAdvisor.Charts;
using NetworkAdvisor.Reports;
using NetworkAdvisor.Scripting;

return ScriptRunner.Run(args, new ScriptSyntax(), (arguments, output) =>
{
    var network = Network.Load(arguments.Path, arguments.AsOf);
    var summary = network.Summary;
    output.WriteLine($"Export: {summary.Source}");
    output.WriteLine($"Connections: {summary.Connections:N0} ({summary.HiddenProfiles:N0} hidden profiles)");
    if (summary.FirstConnectedOn is { } first && summary.LastConnectedOn is { } last)
    {
        output.WriteLine($"Connected from {first:yyyy-MM-dd} to {last:yyyy-MM-dd}");
    }

    output.WriteLine($"Messages: {summary.Messages:N0}; invitations: {summary.Invitations:N0}; positions: {summary.Positions:N0}; profile: {(summary.HasProfile ? "yes" : "no")}");
    output.WriteLine("Files read:");
    foreach (var file in summary.Files)
    {
        output.WriteLine($"  {file.Path} ({file.Kind}): {file.RowsRead:N0} rows, {file.RowsLoaded:N0} loaded, {file.RowsRejected:N0} rejected");
    }

    output.WriteLine($"Files not used: {(summary.Skipped.IsEmpty ? "none" : string.Join(", ", summary.Skipped))}");
    output.WriteLine($"Rejected rows: {summary.Rejected.Length:N0}");
    foreach (var issue in summary.Rejected.Take(20))
    {
        output.WriteLine($"  {issue.File}, line {issue.Line}: {issue.Reason}");
    }

    output.WriteLine($"Analysed as of {network.AsOf:yyyy-MM-dd}: {network.Connections.Length:N0} connections made on or before that day.");
    var frame = network.Frame;
    output.WriteLine($"Classified: {frame.Rows.Count:N0} rows; columns {string.Join(", ", frame.Columns.Select(c => c.Name))}");
    var seniority = network.Mix(SegmentDimension.Seniority, top: 11);
    output.WriteLine("By seniority:");
    foreach (var segment in seniority.Top)
    {
        output.WriteLine($"  {segment.Name}: {segment.Count:N0} ({ShareText.Percent(segment.Share)})");
    }

    var page = NotebookHtml.Page(
        "Your LinkedIn export",
        [summary, frame, seniority, NetworkCharts.SegmentBars(seniority, "Your connections by seniority"), NetworkCharts.Growth(network.Growth(), null, null)],
        PlotlyScript.Source);
    ScriptRunner.WriteHtml(arguments, "load-your-export.html", page, output);
    return ScriptRunner.Success;
});
