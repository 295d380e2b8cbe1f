using BenchmarkDotNet.Attributes;
using NetworkAdvisor.Classification;
using NetworkAdvisor.Samples;

namespace NetworkAdvisor.Benchmarks;

/// <summary>Titles per second for distinct titles (no cache), one core.</summary>
[MemoryDiagnoser]
public class TitleClassifierBenchmark
{
    public const int Count = 20_000;

    private string[] _titles = [];

    [GlobalSetup]
    public void Setup()
    {
        var bundle = SampleExportGenerator.Generate(new SampleOptions(60_000, 11, new DateOnly(2026, 11, 1)));
        _titles = [.. bundle.Connections.Select(c => c.Position).Where(p => p.Length > 0).Distinct(StringComparer.Ordinal).Take(Count)];
        if (_titles.Length < Count)
        {
            _titles = [.. Enumerable.Range(0, Count).Select(i => _titles[i % _titles.Length] + (i >= _titles.Length ? " " + i.ToString(System.Globalization.CultureInfo.InvariantCulture) : string.Empty))];
        }
    }

    [Benchmark(OperationsPerInvoke = Count)]
    public int ClassifyTitles()
    {
        var classifier = TitleClassifier.Default;
        var sum = 0;
        foreach (var title in _titles)
        {
            sum += (int)classifier.Classify(title).Seniority;
        }

        return sum;
    }
}
