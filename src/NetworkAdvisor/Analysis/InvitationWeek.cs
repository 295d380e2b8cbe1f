namespace NetworkAdvisor.Analysis;

/// <summary>Invitations the owner sent in one ISO week (Monday to Sunday).</summary>
/// <param name="Week">ISO week label, <c>yyyy-Www</c> (e.g. <c>2020-W53</c>); the year is the ISO week-numbering year.</param>
/// <param name="Start">The Monday the week starts on.</param>
/// <param name="Sent">Outgoing invitations dated in the week (up to the as-of date).</param>
/// <param name="NearLimit">True when <paramref name="Sent"/> is at least <see cref="InvitationTriage.NearLimitSent"/> (80% of LinkedIn's weekly limit).</param>
public sealed record InvitationWeek(string Week, DateOnly Start, int Sent, bool NearLimit);
