using System.Collections.Immutable;
using NetworkAdvisor.Analysis;
using NetworkAdvisor.Classification;
using NetworkAdvisor.Goals;
using NetworkAdvisor.Import;
using NetworkAdvisor.Model;

namespace NetworkAdvisor.Reports;

/// <summary>Runs every analysis the report shows. Pure: the same export, options and date give the same report.</summary>
public static class ReportBuilder
{
    /// <summary>Analyses an export for the report.</summary>
    /// <param name="bundle">The export (already anonymised when wanted, see <see cref="Anonymizer"/>).</param>
    /// <param name="classifier">The classifier with the user's rules, aliases and tags.</param>
    /// <param name="goal">The chosen goal, or null to compare all built-in goals.</param>
    /// <param name="asOf">The date to analyse as of; later connections are left out.</param>
    /// <param name="anonymized">Whether <paramref name="bundle"/> was anonymised (shown in the report).</param>
    /// <returns>The report model.</returns>
    public static NetworkReport Build(ExportBundle bundle, ConnectionClassifier classifier, Goal? goal, DateOnly asOf, bool anonymized)
    {
        ArgumentNullException.ThrowIfNull(bundle);
        ArgumentNullException.ThrowIfNull(classifier);
        var classified = classifier.Classify(bundle);
        var connections = classified.Any(c => c.Connection.ConnectedOn > asOf) ? [.. classified.Where(c => c.Connection.ConnectedOn <= asOf)] : classified;

        // The analyses are pure, so the slow ones that read every message or every connection (engagement, then prune,
        // which needs it; prune's duplicate search) run as tasks of their own while the counting and the goal fits'
        // basis are done here: the cores share the work whichever part turns out longest.
        var engagementTask = Task.Run(() => EngagementAnalysis.Analyze(connections, bundle.Messages, bundle.Profile, asOf));
        var duplicatesTask = Task.Run(() => PruneAnalysis.Duplicates(connections));
        var growth = GrowthTimeline.Compute(connections, GrowthPeriod.Month, asOf, goal?.Min, goal?.Max);
        var functions = SegmentAnalysis.Mix(connections, SegmentDimension.Function, 12);
        var seniorities = SegmentAnalysis.Mix(connections, SegmentDimension.Seniority, 11);
        var companies = SegmentAnalysis.Mix(connections, SegmentDimension.Company, 15);
        var functionBySeniority = SegmentAnalysis.Cross(connections, SegmentDimension.Function, SegmentDimension.Seniority);
        var invitations = InvitationTriage.Analyze(bundle.Invitations, asOf);
        var basis = FitBasis.Of(connections);
        var duplicates = duplicatesTask.GetAwaiter().GetResult();
        var engagement = engagementTask.GetAwaiter().GetResult();
        var pruneTask = Task.Run(() => PruneAnalysis.RankWithEngagement(connections, engagement, goal, KeepList.Default, classifier.Companies, asOf, duplicates));
        var extra = GoalFitAnalysis.ActivityChecks(growth, engagement);
        var fit = goal is null ? null : GoalFitAnalysis.Fit(basis, goal, classifier.Companies, extra);
        ImmutableArray<GoalFit> catalogueFits = goal is null ? [.. GoalCatalogue.All.Select(g => GoalFitAnalysis.Fit(basis, g, classifier.Companies, extra))] : [];
        return new NetworkReport(
            Path.GetFileName(bundle.Source.TrimEnd('/', '\\')),
            asOf,
            anonymized,
            goal,
            fit,
            catalogueFits,
            connections,
            functions,
            seniorities,
            companies,
            functionBySeniority,
            growth,
            engagement,
            pruneTask.GetAwaiter().GetResult(),
            invitations,
            ImportSummary.Of(bundle));
    }
}
