using System.Collections.Immutable;
using NetworkAdvisor.Analysis;
using NetworkAdvisor.Classification;
using NetworkAdvisor.Goals;
using NetworkAdvisor.Model;
using NetworkAdvisor.Samples;

namespace NetworkAdvisor.Tests.Charts;

/// <summary>Hand-built analysis results and real ones from a generated sample.</summary>
internal static class ChartInputs
{
    public static readonly DateOnly AsOf = new(2026, 11, 1);

    public static SegmentMix Mix(params (string Name, int Count)[] segments)
    {
        var total = segments.Sum(s => s.Count);
        var list = segments.Select(s => new Segment(s.Name, s.Count, total == 0 ? 0 : (double)s.Count / total)).ToImmutableArray();
        return new SegmentMix(SegmentDimension.Company, total, list, list, 0.5, 0.2, 5);
    }

    public static Goal Goal(string title = "Find a job") =>
        new("job", title, 500, 1500, new GoalTargets(), []);

    public static GoalFit Fit(params FitCheck[] checks) =>
        new(Goal(), 420, SizeStatus.Below, 0, 57, "Grow toward the range.", [.. checks], []);

    public static FitCheck Check(string name, bool? passed, double fulfilment) =>
        new(name, "12%", "at least 20%", passed, fulfilment, "Decision makers are 12% of the network.", "Connect with more managers.");

    public static Sample Generate(int connections = 400, int seed = 7) => new(SampleExportGenerator.Generate(new SampleOptions(connections, seed, AsOf)));

    internal sealed class Sample(ExportBundle bundle)
    {
        public ExportBundle Bundle { get; } = bundle;

        public IReadOnlyList<ClassifiedConnection> Classified { get; } =
            ConnectionClassifier.Default.Classify(bundle.Connections, bundle.Positions);

        public GrowthResult Growth(int? min = 500, int? max = 1500) =>
            GrowthTimeline.Compute(Classified, GrowthPeriod.Month, AsOf, min, max);

        public GoalFit Fit() => GoalFitAnalysis.Fit(Classified, GoalCatalogue.All[0], CompanyNormalizer.Default);

        public EngagementResult Engagement() => EngagementAnalysis.Analyze(Classified, Bundle.Messages, Bundle.Profile, AsOf);

        public InvitationTriageResult Invitations() => InvitationTriage.Analyze(Bundle.Invitations, AsOf);
    }
}
