using BenchmarkDotNet.Attributes;
using NetworkAdvisor.Export;
using NetworkAdvisor.Import;
using NetworkAdvisor.Samples;

namespace NetworkAdvisor.Benchmarks;

/// <summary>Reading a 30,000-connection export (LinkedIn's cap): Connections.csv alone and the whole unzipped folder.</summary>
[MemoryDiagnoser]
public class ImportBenchmark
{
    private static readonly string Folder = Path.Combine(Path.GetTempPath(), "na-bench-30k");

    public static long ConnectionsBytes => new FileInfo(Path.Combine(Folder, "Connections.csv")).Length;

    public static long ExportBytes => Directory.GetFiles(Folder).Sum(f => new FileInfo(f).Length);

    [GlobalSetup]
    public void Setup()
    {
        if (!File.Exists(Path.Combine(Folder, "Connections.csv")))
        {
            ExportWriter.WriteFolder(SampleExportGenerator.Generate(new SampleOptions(30_000, 3, new DateOnly(2026, 11, 1))), Folder);
        }
    }

    [Benchmark]
    public int ReadConnections() => ExportReader.Read(Path.Combine(Folder, "Connections.csv")).Connections.Length;

    [Benchmark]
    public int ReadWholeExport() => ExportReader.Read(Folder).Messages.Length;
}
