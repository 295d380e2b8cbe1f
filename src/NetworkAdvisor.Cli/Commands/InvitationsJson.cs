using System.Globalization;
using NetworkAdvisor.Analysis;

namespace NetworkAdvisor.Cli.Commands;

/// <summary>The JSON shape of <c>invitations --format json</c>.</summary>
internal sealed record InvitationsJson(
    string AsOf,
    int WithdrawAfterDays,
    int WeeklyLimit,
    IReadOnlyList<InvitationsJson.IncomingRow> Incoming,
    IReadOnlyList<InvitationsJson.WithdrawRow> Withdraw,
    IReadOnlyList<InvitationsJson.WeekRow> Weeks,
    InvitationsJson.WeekRow CurrentWeek,
    InvitationsJson.TriageCounts Summary)
{
    public static InvitationsJson From(InvitationTriageResult triage)
    {
        var s = triage.Summary;
        return new(
            triage.AsOf.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            triage.WithdrawAfterDays,
            InvitationTriage.WeeklyLimit,
            [.. triage.Incoming.Select(a => new IncomingRow(
                a.Invitation.From, Timestamp(a.Invitation.SentAt), a.Category, a.Suggestion, a.Reason, a.Invitation.InviterProfileUrl))],
            [.. triage.Withdraw.Select(w => new WithdrawRow(w.Invitation.To, Timestamp(w.Invitation.SentAt), w.AgeDays, w.Invitation.InviteeProfileUrl))],
            [.. triage.Weeks.Select(WeekRow.From)],
            WeekRow.From(triage.CurrentWeek),
            new TriageCounts(
                s.Incoming, s.Outgoing, s.UnknownDirection, s.ExcludedAfterAsOf, s.PersonalNote, s.NoNote, s.Recruiter, s.SalesPitch,
                s.SpamLike, s.Accept, s.Review, s.Ignore, s.StaleOutgoing, s.NearLimitWeeks, Math.Round(s.PitchOrSpamShare, 4)));
    }

    private static string Timestamp(DateTime time) => time.ToString("yyyy-MM-dd'T'HH:mm:ss", CultureInfo.InvariantCulture);

    /// <summary>One pending incoming invitation with its category and suggestion (written as camelCase names).</summary>
    internal sealed record IncomingRow(
        string From, string SentAt, InvitationCategory Category, InvitationSuggestion Suggestion, string Reason, string InviterProfileUrl);

    /// <summary>One outgoing invitation to withdraw.</summary>
    internal sealed record WithdrawRow(string To, string SentAt, int AgeDays, string InviteeProfileUrl);

    /// <summary>Invitations sent in one ISO week.</summary>
    internal sealed record WeekRow(string Week, int Sent, bool NearLimit)
    {
        public static WeekRow From(InvitationWeek week) => new(week.Week, week.Sent, week.NearLimit);
    }

    /// <summary>The triage counts.</summary>
    internal sealed record TriageCounts(
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
}
