using System.Collections.Immutable;
using Microsoft.Data.Analysis;
using NetworkAdvisor.Classification;
using NetworkAdvisor.Frames;
using NetworkAdvisor.Goals;
using NetworkAdvisor.Import;
using NetworkAdvisor.Model;
using NetworkAdvisor.Reports;

namespace NetworkAdvisor.Analysis;

/// <summary>
/// One loaded and classified export, as of a date: the short way in for notebooks and scripts. Every method is a
/// thin call into the library's analysis functions with this network's connections, classifier and date.
/// </summary>
/// <param name="Export">The export as read, with every file's row counts and every rejected row.</param>
/// <param name="Classifier">The classifier used (titles, companies, tags).</param>
/// <param name="Connections">Classified connections made on or before <paramref name="AsOf"/>.</param>
/// <param name="AsOf">The date the analysis is as of.</param>
public sealed record Network(ExportBundle Export, ConnectionClassifier Classifier, ImmutableArray<ClassifiedConnection> Connections, DateOnly AsOf)
{
    /// <summary>Reads an export (zip, unzipped folder or one CSV) and classifies its connections.</summary>
    /// <param name="path">The export.</param>
    /// <param name="asOf">The date to analyse as of; by default the export's own date (see <see cref="ExportDate"/>).</param>
    /// <param name="classifier">The classifier; by default the built-in rules.</param>
    /// <param name="clock">The clock for an export without any date (see <see cref="ExportDate"/>); by default the system's.</param>
    /// <returns>The network.</returns>
    /// <exception cref="ExportReadException">The export cannot be read at all (the message names the file).</exception>
    public static Network Load(string path, DateOnly? asOf = null, ConnectionClassifier? classifier = null, TimeProvider? clock = null)
    {
        ArgumentNullException.ThrowIfNull(path);
        return Of(ExportReader.Read(path), asOf, classifier, clock);
    }

    /// <summary>Classifies an export already read.</summary>
    /// <param name="export">The export.</param>
    /// <param name="asOf">The date to analyse as of; by default the export's own date (see <see cref="ExportDate"/>).</param>
    /// <param name="classifier">The classifier; by default the built-in rules.</param>
    /// <param name="clock">The clock for an export without any date (see <see cref="ExportDate"/>); by default the system's.</param>
    /// <returns>The network.</returns>
    public static Network Of(ExportBundle export, DateOnly? asOf = null, ConnectionClassifier? classifier = null, TimeProvider? clock = null)
    {
        ArgumentNullException.ThrowIfNull(export);
        classifier ??= ConnectionClassifier.Default;
        var date = asOf ?? ExportDate(export, clock);
        return new Network(export, classifier, [.. classifier.Classify(export).Where(c => c.Connection.ConnectedOn <= date)], date);
    }

    /// <summary>
    /// The date an export was made: from LinkedIn's archive name (<c>..._LinkedInDataExport_11-01-2026.zip</c>) when
    /// it has one, otherwise the latest date in its connections, messages and invitations; today's UTC date (from
    /// <paramref name="clock"/>) for an export with no dates at all.
    /// </summary>
    /// <param name="export">The export.</param>
    /// <param name="clock">The clock for an export without any date; by default the system's.</param>
    /// <returns>The date.</returns>
    public static DateOnly ExportDate(ExportBundle export, TimeProvider? clock = null)
    {
        ArgumentNullException.ThrowIfNull(export);
        if (ExportDiffAnalysis.DateFromFileName(export.Source) is { } named)
        {
            return named;
        }

        var dates = export.Connections.Select(c => c.ConnectedOn)
            .Concat(export.Messages.Select(m => DateOnly.FromDateTime(m.SentAt)))
            .Concat(export.Invitations.Select(i => DateOnly.FromDateTime(i.SentAt)))
            .ToList();
        return dates.Count > 0 ? dates.Max() : DateOnly.FromDateTime((clock ?? TimeProvider.System).GetUtcNow().UtcDateTime);
    }

    /// <summary>What was read: files, row counts, rejected rows with file, line and reason.</summary>
    public ImportSummary Summary => ImportSummary.Of(Export);

    /// <summary>The classified connections as a DataFrame (schema: <see cref="ClassifiedFrame.Columns"/>).</summary>
    public DataFrame Frame => ClassifiedFrame.ToDataFrame(Connections);

    /// <summary>The mix of one dimension, largest segments first.</summary>
    /// <param name="dimension">The dimension.</param>
    /// <param name="top">How many segments to keep before "Other".</param>
    /// <returns>The mix.</returns>
    public SegmentMix Mix(SegmentDimension dimension, int top = 10) => SegmentAnalysis.Mix(Connections, dimension, top);

    /// <summary>Counts by two dimensions at once.</summary>
    /// <param name="rows">The row dimension.</param>
    /// <param name="columns">The column dimension.</param>
    /// <returns>The cross table.</returns>
    public CrossTab Cross(SegmentDimension rows, SegmentDimension columns) => SegmentAnalysis.Cross(Connections, rows, columns);

    /// <summary>Growth over time, with projections to the goal's range when a goal is given.</summary>
    /// <param name="period">The period to count by.</param>
    /// <param name="goal">The goal, or null.</param>
    /// <returns>The timeline.</returns>
    public GrowthResult Growth(GrowthPeriod period = GrowthPeriod.Month, Goal? goal = null) =>
        GrowthTimeline.Compute(Connections, period, AsOf, goal?.Min, goal?.Max);

    /// <summary>Who you actually talk to, from messages.</summary>
    /// <returns>The engagement.</returns>
    public EngagementResult Engagement() => EngagementAnalysis.Analyze(Connections, Export.Messages, Export.Profile, AsOf);

    /// <summary>How well the network fits a goal, including the growth-pace and engagement checks.</summary>
    /// <param name="goal">The goal (see <see cref="GoalCatalogue"/>).</param>
    /// <returns>The fit.</returns>
    public GoalFit Fit(Goal goal) =>
        GoalFitAnalysis.Fit(Connections, goal, Classifier.Companies, GoalFitAnalysis.ActivityChecks(Growth(GrowthPeriod.Month, goal), Engagement()));

    /// <summary>Connections worth reviewing, with reasons; colleagues and keepers are never proposed.</summary>
    /// <param name="goal">The goal whose segments matter, or null.</param>
    /// <param name="keep">Who must never be proposed; by default anyone tagged "keep".</param>
    /// <returns>The candidates.</returns>
    public PruneResult Prune(Goal? goal = null, KeepList? keep = null) =>
        PruneAnalysis.RankWithEngagement(Connections, Engagement(), goal, keep ?? KeepList.Default, Classifier.Companies, AsOf);

    /// <summary>Pending invitations sorted into accept, review and ignore, and sent ones to withdraw.</summary>
    /// <returns>The triage.</returns>
    public InvitationTriageResult Invitations() => InvitationTriage.Analyze(Export.Invitations, AsOf);

    /// <summary>What changed since an older export of the same account.</summary>
    /// <param name="older">The older export.</param>
    /// <param name="dimension">The dimension for per-segment change.</param>
    /// <returns>The diff.</returns>
    public ExportDiff ChangesSince(Network older, SegmentDimension dimension = SegmentDimension.Function)
    {
        ArgumentNullException.ThrowIfNull(older);
        return ExportDiffAnalysis.Compare(older.Connections, Connections, older.AsOf, AsOf, dimension);
    }

    /// <summary>Everything the HTML report shows.</summary>
    /// <param name="goal">The goal, or null to compare all built-in goals.</param>
    /// <returns>The report model (render it with <see cref="HtmlReport"/> or <see cref="NotebookHtml"/>).</returns>
    public NetworkReport Report(Goal? goal = null) => ReportBuilder.Build(Export, Classifier, goal, AsOf, anonymized: false);
}
