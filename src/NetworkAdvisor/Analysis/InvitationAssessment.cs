using NetworkAdvisor.Model;

namespace NetworkAdvisor.Analysis;

/// <summary>One incoming pending invitation, categorised, with a suggestion and the evidence for it.</summary>
/// <param name="Invitation">The invitation as exported.</param>
/// <param name="Category">What the note is.</param>
/// <param name="Suggestion">Accept, review or ignore.</param>
/// <param name="Reason">
/// One sentence naming the evidence, e.g. "Mentions 'book a call' and 'ROI': a sales pitch.". It quotes
/// only the keywords that matched and counts, never the note itself, so it is safe to display.
/// </param>
public sealed record InvitationAssessment(
    Invitation Invitation, InvitationCategory Category, InvitationSuggestion Suggestion, string Reason);
