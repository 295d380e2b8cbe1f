using System.Globalization;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;
using NetworkAdvisor.Benchmarks;

// Usage: dotnet run -c Release --project bench/NetworkAdvisor.Benchmarks -- [titles|import|phases|all]
var which = args.Length > 0 ? args[0] : "all";
var config = DefaultConfig.Instance.WithOptions(ConfigOptions.DisableOptimizationsValidator);
var summaries = new List<Summary>();
if (which is "titles" or "all")
{
    summaries.Add(BenchmarkRunner.Run<TitleClassifierBenchmark>(config));
}

if (which is "import" or "all")
{
    summaries.Add(BenchmarkRunner.Run<ImportBenchmark>(config));
    summaries.Add(BenchmarkRunner.Run<ImportCliCollectorBenchmark>(config));
}

if (which is "phases" or "all")
{
    summaries.Add(BenchmarkRunner.Run<PhaseBenchmark>(config));
}

Console.WriteLine();
Console.WriteLine("== NetworkAdvisor throughput (BenchmarkDotNet means; title classification on one core)");
foreach (var report in summaries.SelectMany(s => s.Reports))
{
    if (report.ResultStatistics is null)
    {
        continue;
    }

    var nsPerOp = report.ResultStatistics.Mean;
    var name = report.BenchmarkCase.Descriptor.WorkloadMethod.Name;
    var line = name switch
    {
        nameof(TitleClassifierBenchmark.ClassifyTitles) =>
            $"title classification: {1e9 / nsPerOp:N0} titles/s ({nsPerOp:N0} ns per title, {TitleClassifierBenchmark.Count:N0} distinct titles)",
        nameof(ImportBenchmark.ReadConnections) =>
            $"import Connections.csv: {ImportBenchmark.ConnectionsBytes / (nsPerOp / 1e9) / 1e6:N0} MB/s ({ImportBenchmark.ConnectionsBytes / 1e6:N1} MB in {nsPerOp / 1e6:N0} ms)",
        nameof(ImportBenchmark.ReadConnectionsSettled) =>
            $"import Connections.csv, one read after a full collection: {ImportBenchmark.ConnectionsBytes / (nsPerOp / 1e9) / 1e6:N0} MB/s ({nsPerOp / 1e6:N0} ms; the line above reads back to back)",
        nameof(ImportCliCollectorBenchmark.ReadConnectionsCliCollector) =>
            $"import Connections.csv back to back, collector set as the native CLI's (256 MB gen0 budget, background collection off): {ImportBenchmark.ConnectionsBytes / (nsPerOp / 1e9) / 1e6:N0} MB/s ({nsPerOp / 1e6:N0} ms)",
        nameof(ImportBenchmark.ReadWholeExport) =>
            $"import whole export: {ImportBenchmark.ExportBytes / (nsPerOp / 1e9) / 1e6:N0} MB/s ({ImportBenchmark.ExportBytes / 1e6:N1} MB in {nsPerOp / 1e6:N0} ms)",
        _ when report.BenchmarkCase.Descriptor.Type == typeof(PhaseBenchmark) =>
            $"phase {name} ({PhaseBenchmark.Connections:N0} connections): {nsPerOp / 1e6:N1} ms, {report.GcStats.GetBytesAllocatedPerOperation(report.BenchmarkCase) / 1e6:N1} MB allocated",
        _ => $"{name}: {nsPerOp:N0} ns",
    };
    Console.WriteLine(line.ToString(CultureInfo.InvariantCulture));
}
