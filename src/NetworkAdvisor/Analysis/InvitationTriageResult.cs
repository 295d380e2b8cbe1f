using System.Collections.Immutable;

namespace NetworkAdvisor.Analysis;

/// <summary>Pending invitations triaged as of a date: incoming to accept, review or ignore, outgoing to withdraw, and the weekly sending pace.</summary>
/// <param name="AsOf">The date the triage is for.</param>
/// <param name="WithdrawAfterDays">Outgoing invitations pending more than this many days are proposed for withdrawal.</param>
/// <param name="Incoming">Incoming pending invitations, newest first.</param>
/// <param name="Withdraw">Outgoing invitations to withdraw, oldest first.</param>
/// <param name="Weeks">
/// Every ISO week from the first week with an outgoing invitation to the as-of week, weeks without any included;
/// empty when the owner has no outgoing invitation.
/// </param>
/// <param name="CurrentWeek">The week holding the as-of date (its count runs to the as-of date).</param>
/// <param name="Summary">Counts per category, suggestion and more.</param>
public sealed record InvitationTriageResult(
    DateOnly AsOf,
    int WithdrawAfterDays,
    ImmutableArray<InvitationAssessment> Incoming,
    ImmutableArray<InvitationToWithdraw> Withdraw,
    ImmutableArray<InvitationWeek> Weeks,
    InvitationWeek CurrentWeek,
    InvitationTriageSummary Summary);
