using BenchmarkDotNet.Attributes;
using NetworkAdvisor.Analysis;
using NetworkAdvisor.Charts;
using NetworkAdvisor.Classification;
using NetworkAdvisor.Export;
using NetworkAdvisor.Goals;
using NetworkAdvisor.Import;
using NetworkAdvisor.Model;
using NetworkAdvisor.Reports;
using NetworkAdvisor.Samples;

namespace NetworkAdvisor.Benchmarks;

/// <summary>
/// The report's phases, one by one, on a 30,000-connection export (LinkedIn's cap): classification of every
/// connection, each analysis, the chart JSON and the HTML. Import has its own benchmark (<see cref="ImportBenchmark"/>).
/// </summary>
[MemoryDiagnoser]
public class PhaseBenchmark
{
    private static readonly string Folder = Path.Combine(Path.GetTempPath(), "na-bench-30k");
    private static readonly DateOnly AsOf = new(2026, 11, 1);
    private readonly Goal _goal = GoalCatalogue.Get("sales-pipeline");
    private ExportBundle _bundle = null!;
    private IReadOnlyList<ClassifiedConnection> _connections = null!;
    private GrowthResult _growth = null!;
    private EngagementResult _engagement = null!;
    private NetworkReport _report = null!;
    private IReadOnlyList<ChartFigure> _charts = null!;

    /// <summary>Connections in the export.</summary>
    public static int Connections => 30_000;

    [GlobalSetup]
    public void Setup()
    {
        if (!File.Exists(Path.Combine(Folder, "Connections.csv")))
        {
            ExportWriter.WriteFolder(SampleExportGenerator.Generate(new SampleOptions(Connections, 3, AsOf)), Folder);
        }

        _bundle = ExportReader.Read(Folder);
        _connections = ConnectionClassifier.Default.Classify(_bundle);
        _growth = GrowthTimeline.Compute(_connections, GrowthPeriod.Month, AsOf, _goal.Min, _goal.Max);
        _engagement = EngagementAnalysis.Analyze(_connections, _bundle.Messages, _bundle.Profile, AsOf);
        _report = ReportBuilder.Build(_bundle, ConnectionClassifier.Default, _goal, AsOf, false);
        _charts = ReportCharts.For(_report);
    }

    [Benchmark]
    public int Classify() => ConnectionClassifier.Default.Classify(_bundle).Count;

    [Benchmark]
    public int Growth() => GrowthTimeline.Compute(_connections, GrowthPeriod.Month, AsOf, _goal.Min, _goal.Max).Periods.Length;

    [Benchmark]
    public int Engagement() => EngagementAnalysis.Analyze(_connections, _bundle.Messages, _bundle.Profile, AsOf).Engaged12Months;

    [Benchmark]
    public int Segments() =>
        SegmentAnalysis.Mix(_connections, SegmentDimension.Function, 12).Top.Length
        + SegmentAnalysis.Mix(_connections, SegmentDimension.Seniority, 11).Top.Length
        + SegmentAnalysis.Mix(_connections, SegmentDimension.Company, 15).Top.Length
        + SegmentAnalysis.Cross(_connections, SegmentDimension.Function, SegmentDimension.Seniority).RowNames.Length;

    [Benchmark]
    public int Fit() => GoalFitAnalysis.Fit(_connections, _goal, CompanyNormalizer.Default, GoalFitAnalysis.ActivityChecks(_growth, _engagement)).Score;

    [Benchmark]
    public int Prune() => PruneAnalysis.RankWithEngagement(_connections, _engagement, _goal, KeepList.Default, CompanyNormalizer.Default, AsOf).Candidates.Length;

    [Benchmark]
    public int Invitations() => InvitationTriage.Analyze(_bundle.Invitations, AsOf).Incoming.Length;

    [Benchmark]
    public int WholeReportModel() => ReportBuilder.Build(_bundle, ConnectionClassifier.Default, _goal, AsOf, false).Connections.Count;

    [Benchmark]
    public int ChartJson() => ReportCharts.For(_report).Sum(c => c.Json.Length);

    [Benchmark]
    public int Html() => HtmlReport.Render(_report, _charts, PlotlyScript.Source).Length;
}
