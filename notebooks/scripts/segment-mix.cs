#:project ../../src/NetworkAdvisor/NetworkAdvisor.csproj

// Script twin of 02-segment-mix.ipynb: who is in the network by job function, seniority, company and relationship,
// and how concentrated it is.
// Run: dotnet run notebooks/scripts/segment-mix.cs -- [<export>] [--as-of yyyy-MM-dd] [--out <folder>]
using NetworkAdvisor.Analysis;
using NetworkAdvisor.Charts;
using NetworkAdvisor.Reports;
using NetworkAdvisor.Scripting;

return ScriptRunner.Run(args, new ScriptSyntax(), (arguments, output) =>
{
    var network = Network.Load(arguments.Path, arguments.AsOf);
    output.WriteLine($"{network.Connections.Length:N0} connections as of {network.AsOf:yyyy-MM-dd}");
    var functions = network.Mix(SegmentDimension.Function, top: 12);
    var seniority = network.Mix(SegmentDimension.Seniority, top: 11);
    var companies = network.Mix(SegmentDimension.Company, top: 15);
    var relationships = network.Mix(SegmentDimension.Relationship);
    foreach (var mix in new[] { functions, seniority, companies, relationships })
    {
        output.WriteLine($"By {mix.Dimension.ToString().ToLowerInvariant()}: top 5 hold {ShareText.Percent(mix.Top5Share)}, effective number of segments {mix.EffectiveSegments:0.0}");
        foreach (var segment in mix.Top)
        {
            output.WriteLine($"  {segment.Name}: {segment.Count:N0} ({ShareText.Percent(segment.Share)})");
        }
    }

    var functionBySeniority = network.Cross(SegmentDimension.Function, SegmentDimension.Seniority);
    output.WriteLine($"Function x seniority: {functionBySeniority.RowNames.Length} functions x {functionBySeniority.ColumnNames.Length} seniorities (table and sunburst in the HTML page)");

    var page = NotebookHtml.Page(
        "Who is in your network",
        [functions, NetworkCharts.SegmentBars(functions, "Connections by job function"),
         seniority, NetworkCharts.SegmentBars(seniority, "Connections by seniority"),
         NetworkCharts.FunctionSeniority(functionBySeniority), functionBySeniority,
         companies, NetworkCharts.CompanyPareto(companies),
         relationships],
        PlotlyScript.Source);
    ScriptRunner.WriteHtml(arguments, "segment-mix.html", page, output);
    return ScriptRunner.Success;
});
