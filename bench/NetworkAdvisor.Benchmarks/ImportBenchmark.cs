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

    /// <summary>The export's Connections.csv.</summary>
    public static string ConnectionsPath => Path.Combine(Folder, "Connections.csv");

    public static long ConnectionsBytes => new FileInfo(ConnectionsPath).Length;

    public static long ExportBytes => Directory.GetFiles(Folder).Sum(f => new FileInfo(f).Length);

    [GlobalSetup]
    public void Setup()
    {
        if (!File.Exists(ConnectionsPath))
        {
            ExportWriter.WriteFolder(SampleExportGenerator.Generate(new SampleOptions(30_000, 3, new DateOnly(2026, 11, 1))), Folder);
        }
    }

    /// <summary>
    /// A full collection before each read of <see cref="ReadConnectionsSettled"/>, as when an export is read once. Reads
    /// back to back (<see cref="ReadConnections"/>, the measure) also pay for the earlier reads' records: their
    /// dead record arrays are large objects, collected only with the oldest generation, and until then every younger
    /// collection keeps and copies the records they point to.
    /// </summary>
    [IterationSetup(Target = nameof(ReadConnectionsSettled))]
    public void Settle()
    {
        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();
    }

    [Benchmark]
    public int ReadConnections() => ExportReader.Read(ConnectionsPath).Connections.Length;

    [Benchmark]
    public int ReadConnectionsSettled() => ExportReader.Read(ConnectionsPath).Connections.Length;

    [Benchmark]
    public int ReadWholeExport() => ExportReader.Read(Folder).Messages.Length;
}
