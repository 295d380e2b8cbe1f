namespace NetworkAdvisor.Analysis;

/// <summary>Counts over the invitations considered (those dated on or before the as-of date).</summary>
/// <param name="Incoming">Incoming pending invitations triaged.</param>
/// <param name="Outgoing">Outgoing pending invitations.</param>
/// <param name="UnknownDirection">Invitations whose direction the export does not give: neither triaged nor counted as sent.</param>
/// <param name="ExcludedAfterAsOf">Invitations (any direction) dated after the as-of date, left out of everything else.</param>
/// <param name="PersonalNote">Incoming categorised <see cref="InvitationCategory.PersonalNote"/>.</param>
/// <param name="NoNote">Incoming categorised <see cref="InvitationCategory.NoNote"/>.</param>
/// <param name="Recruiter">Incoming categorised <see cref="InvitationCategory.Recruiter"/>.</param>
/// <param name="SalesPitch">Incoming categorised <see cref="InvitationCategory.SalesPitch"/>.</param>
/// <param name="SpamLike">Incoming categorised <see cref="InvitationCategory.SpamLike"/>.</param>
/// <param name="Accept">Incoming with the suggestion <see cref="InvitationSuggestion.Accept"/>.</param>
/// <param name="Review">Incoming with the suggestion <see cref="InvitationSuggestion.Review"/>.</param>
/// <param name="Ignore">Incoming with the suggestion <see cref="InvitationSuggestion.Ignore"/>.</param>
/// <param name="StaleOutgoing">Outgoing invitations to withdraw.</param>
/// <param name="NearLimitWeeks">Weeks in which the owner sent at least <see cref="InvitationTriage.NearLimitSent"/> invitations.</param>
/// <param name="PitchOrSpamShare">Share (0 to 1) of incoming invitations that are sales pitches or spam-like; 0 when there are none.</param>
public sealed record InvitationTriageSummary(
    int Incoming,
    int Outgoing,
    int UnknownDirection,
    int ExcludedAfterAsOf,
    int PersonalNote,
    int NoNote,
    int Recruiter,
    int SalesPitch,
    int SpamLike,
    int Accept,
    int Review,
    int Ignore,
    int StaleOutgoing,
    int NearLimitWeeks,
    double PitchOrSpamShare);
