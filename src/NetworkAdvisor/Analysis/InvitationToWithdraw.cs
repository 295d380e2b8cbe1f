using NetworkAdvisor.Model;

namespace NetworkAdvisor.Analysis;

/// <summary>An outgoing invitation still pending after more than the withdrawal threshold: withdraw it.</summary>
/// <param name="Invitation">The invitation as exported.</param>
/// <param name="AgeDays">Whole days from the day it was sent to the as-of date.</param>
public sealed record InvitationToWithdraw(Invitation Invitation, int AgeDays);
