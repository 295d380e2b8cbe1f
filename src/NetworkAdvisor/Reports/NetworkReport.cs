using System.Collections.Immutable;
using NetworkAdvisor.Analysis;
using NetworkAdvisor.Classification;
using NetworkAdvisor.Goals;
using NetworkAdvisor.Import;

namespace NetworkAdvisor.Reports;

/// <summary>Everything the report shows, computed once by <see cref="ReportBuilder"/>.</summary>
/// <param name="Source">File name of the export (no folders).</param>
/// <param name="AsOf">The date the analysis is as of.</param>
/// <param name="Anonymized">True when people were replaced by pseudonyms.</param>
/// <param name="Goal">The chosen goal, or null when the user chose none.</param>
/// <param name="Fit">The fit against the chosen goal, or null.</param>
/// <param name="CatalogueFits">Without a goal: the fit of every built-in goal, so the user sees which ranges suit them.</param>
/// <param name="Connections">Classified connections up to the as-of date.</param>
/// <param name="Functions">Mix by job function.</param>
/// <param name="Seniorities">Mix by seniority.</param>
/// <param name="Companies">Mix by company.</param>
/// <param name="FunctionBySeniority">Cross-tab of function by seniority.</param>
/// <param name="Growth">Monthly growth.</param>
/// <param name="Engagement">Engagement from messages.</param>
/// <param name="Prune">Prune candidates.</param>
/// <param name="Invitations">Invitation triage.</param>
/// <param name="Import">What was read, skipped and rejected.</param>
public sealed record NetworkReport(
    string Source,
    DateOnly AsOf,
    bool Anonymized,
    Goal? Goal,
    GoalFit? Fit,
    ImmutableArray<GoalFit> CatalogueFits,
    IReadOnlyList<ClassifiedConnection> Connections,
    SegmentMix Functions,
    SegmentMix Seniorities,
    SegmentMix Companies,
    CrossTab FunctionBySeniority,
    GrowthResult Growth,
    EngagementResult Engagement,
    PruneResult Prune,
    InvitationTriageResult Invitations,
    ImportSummary Import)
{
    /// <summary>Share of identified connections at Director level and above.</summary>
    public double DecisionMakerShare
    {
        get
        {
            var identified = Connections.Count(c => !c.Connection.IsHidden);
            return identified == 0 ? 0 : (double)Connections.Count(c => Vocabulary.IsDecisionMaker(c.Title.Seniority)) / identified;
        }
    }
}
