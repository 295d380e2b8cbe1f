using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using NetworkAdvisor.Import;

namespace NetworkAdvisor.Benchmarks;

/// <summary>
/// <see cref="ImportBenchmark.ReadConnections"/> back to back again, in a process whose collector is set up as the native
/// CLI's is for a large export: a 256 MB gen0 budget (compiled into the native build) and background collection off. It
/// shows how much of the back-to-back cost is the collector's settings rather than the reading.
/// </summary>
[MemoryDiagnoser]
[Config(typeof(CliCollector))]
public class ImportCliCollectorBenchmark
{
    [GlobalSetup]
    public void Setup() => new ImportBenchmark().Setup();

    [Benchmark]
    public int ReadConnectionsCliCollector() => ExportReader.Read(ImportBenchmark.ConnectionsPath).Connections.Length;

    /// <summary>One job: DOTNET_GCgen0size=10000000 (hex, 256 MB) and background collection off.</summary>
    private sealed class CliCollector : ManualConfig
    {
        public CliCollector() =>
            AddJob(Job.Default.WithEnvironmentVariables(new EnvironmentVariable("DOTNET_GCgen0size", "10000000")).WithGcConcurrent(false));
    }
}
