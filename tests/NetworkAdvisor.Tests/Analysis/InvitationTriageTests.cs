using NetworkAdvisor.Analysis;
using NetworkAdvisor.Model;

namespace NetworkAdvisor.Tests.Analysis;

/// <summary>Triage over a whole list: copy-pasted notes, stale outgoing invitations, weekly volume, the as-of cut and the summary.</summary>
public sealed class InvitationTriageTests
{
    private static readonly DateOnly AsOf = new(2026, 3, 1);

    private static Invitation In(string from, string note, string date, string url = "") =>
        new(from, "Ada Lovelace", At(date), note, InvitationDirection.Incoming, url, "https://www.linkedin.com/in/ada");

    private static Invitation Out(string to, string date) =>
        new("Ada Lovelace", to, At(date), string.Empty, InvitationDirection.Outgoing, "https://www.linkedin.com/in/ada", "https://www.linkedin.com/in/" + to);

    private static DateTime At(string date) =>
        DateTime.ParseExact(date, date.Length == 10 ? "yyyy-MM-dd" : "yyyy-MM-dd HH:mm", System.Globalization.CultureInfo.InvariantCulture);

    private const string Template = "Hello, I came across your profile and would love to connect with you here.";

    [Fact]
    public void The_same_note_from_different_senders_is_spam_like()
    {
        var result = InvitationTriage.Analyze(
            [
                In("Bo", Template, "2026-02-01", "https://www.linkedin.com/in/bo"),
                In("Cy", "hello i came ACROSS your profile AND would love to connect with you here!!", "2026-02-02", "linkedin.com/in/cy"),
                In("Di", Template, "2026-02-03", "https://www.linkedin.com/in/di/"),
                In("Ed", "Hello, I came across your profile and would love to connect.", "2026-02-04", "https://www.linkedin.com/in/ed"),
            ],
            AsOf);

        Assert.Equal(
            [
                ("Ed", InvitationCategory.PersonalNote, "A note without a shared context, a pitch or a job offer: look at the profile before accepting."),
                ("Di", InvitationCategory.SpamLike, "The same note came from 3 different senders: spam-like."),
                ("Cy", InvitationCategory.SpamLike, "The same note came from 3 different senders: spam-like."),
                ("Bo", InvitationCategory.SpamLike, "The same note came from 3 different senders: spam-like."),
            ],
            result.Incoming.Select(a => (a.Invitation.From, a.Category, a.Reason)).ToArray());
    }

    [Theory]
    // same sender twice (by URL, whatever its spelling; by name when there is no URL) is not copy-paste
    [InlineData("https://www.linkedin.com/in/bo", "linkedin.com/in/BO/?trk=x", "Bo", "Bo", false)]
    [InlineData("", "", "Bo Smith", "bo smith", false)]
    [InlineData("", "", "Bo Smith", "Cy Jones", true)]
    [InlineData("https://www.linkedin.com/in/bo", "https://www.linkedin.com/in/cy", "Bo", "Bo", true)]
    public void Copy_paste_needs_two_different_senders(string url1, string url2, string from1, string from2, bool spam)
    {
        var result = InvitationTriage.Analyze([In(from1, Template, "2026-02-01", url1), In(from2, Template, "2026-02-02", url2)], AsOf);

        Assert.All(result.Incoming, a => Assert.Equal(spam ? InvitationCategory.SpamLike : InvitationCategory.PersonalNote, a.Category));
    }

    [Theory]
    [InlineData("Hi Ada, let's connect!", InvitationCategory.PersonalNote)]
    [InlineData("one two three four five six seven eight nine", InvitationCategory.PersonalNote)]
    [InlineData("I'd like to add you to my professional network on LinkedIn.", InvitationCategory.NoNote)]
    [InlineData("", InvitationCategory.NoNote)]
    public void Short_greetings_standard_text_and_empty_notes_are_not_copy_paste(string note, InvitationCategory category)
    {
        var result = InvitationTriage.Analyze(
            [In("Bo", note, "2026-02-01", "u/bo"), In("Cy", note, "2026-02-02", "u/cy"), In("Di", note, "2026-02-03", "u/di")], AsOf);

        Assert.All(result.Incoming, a => Assert.Equal(category, a.Category));
        Assert.DoesNotContain(result.Incoming, a => a.Reason.Contains("same note", StringComparison.Ordinal));
    }

    [Fact]
    public void Copy_paste_is_judged_from_ten_words_on()
    {
        const string note = "one two three four five six seven eight nine ten";

        var result = InvitationTriage.Analyze([In("Bo", note, "2026-02-01", "u/bo"), In("Cy", note, "2026-02-02", "u/cy")], AsOf);

        Assert.All(result.Incoming, a => Assert.Equal("The same note came from 2 different senders: spam-like.", a.Reason));
    }

    [Fact]
    public void A_copy_dated_after_the_as_of_date_does_not_count()
    {
        var result = InvitationTriage.Analyze([In("Bo", Template, "2026-03-01 23:59", "u/bo"), In("Cy", Template, "2026-03-02 00:00", "u/cy")], AsOf);

        var only = Assert.Single(result.Incoming);
        Assert.Equal(("Bo", InvitationCategory.PersonalNote), (only.Invitation.From, only.Category));
        Assert.Equal(1, result.Summary.ExcludedAfterAsOf);
    }

    [Theory]
    // exclusive: pending MORE than withdrawAfterDays whole days; the time of day does not matter
    [InlineData("2026-02-08 23:59", 21, 21, false)]
    [InlineData("2026-02-07 00:00", 21, 22, true)]
    [InlineData("2026-02-07 23:59", 21, 22, true)]
    [InlineData("2025-03-01 12:00", 21, 365, true)]
    [InlineData("2026-02-22 08:00", 7, 7, false)]
    [InlineData("2026-02-21 08:00", 7, 8, true)]
    [InlineData("2026-03-01 08:00", 0, 0, false)]
    [InlineData("2026-02-28 08:00", 0, 1, true)]
    public void Outgoing_invitations_pending_more_than_the_threshold_are_to_withdraw(string sent, int withdrawAfter, int age, bool flagged)
    {
        var result = InvitationTriage.Analyze([Out("gus", sent)], AsOf, withdrawAfter);

        Assert.Equal(flagged ? [("gus", age)] : [], result.Withdraw.Select(w => (w.Invitation.To, w.AgeDays)).ToArray());
        Assert.Equal(flagged ? 1 : 0, result.Summary.StaleOutgoing);
        Assert.Equal(withdrawAfter, result.WithdrawAfterDays);
    }

    [Fact]
    public void Withdrawals_are_listed_oldest_first_and_the_default_threshold_is_21_days()
    {
        var result = InvitationTriage.Analyze([Out("b", "2026-01-15"), Out("a", "2025-12-01"), Out("c", "2026-02-20")], AsOf);

        Assert.Equal([("a", 90), ("b", 45)], result.Withdraw.Select(w => (w.Invitation.To, w.AgeDays)).ToArray());
        Assert.Equal(21, result.WithdrawAfterDays);
    }

    [Fact]
    public void A_negative_threshold_is_refused()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => InvitationTriage.Analyze([], AsOf, -1));
    }

    [Theory]
    [InlineData("2020-12-31", "2020-W53")]
    [InlineData("2021-01-03", "2020-W53")]
    [InlineData("2021-01-04", "2021-W01")]
    [InlineData("2024-12-30", "2025-W01")]
    [InlineData("2027-01-01", "2026-W53")]
    [InlineData("2026-03-01", "2026-W09")]
    public void Week_labels_follow_ISO_8601(string date, string label)
    {
        Assert.Equal(label, InvitationTriage.WeekLabel(DateOnly.ParseExact(date, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)));
    }

    [Fact]
    public void Weeks_run_from_the_first_sent_invitation_to_the_as_of_week_across_the_year_boundary()
    {
        var result = InvitationTriage.Analyze(
            [Out("a", "2020-12-31"), Out("b", "2021-01-03 23:00"), Out("c", "2021-01-04"), Out("d", "2021-01-18"), In("e", "", "2020-12-01")],
            new DateOnly(2021, 1, 20));

        Assert.Equal(
            [("2020-W53", new DateOnly(2020, 12, 28), 2), ("2021-W01", new DateOnly(2021, 1, 4), 1), ("2021-W02", new DateOnly(2021, 1, 11), 0), ("2021-W03", new DateOnly(2021, 1, 18), 1)],
            result.Weeks.Select(w => (w.Week, w.Start, w.Sent)).ToArray());
        Assert.Equal(new InvitationWeek("2021-W03", new DateOnly(2021, 1, 18), 1, false), result.CurrentWeek);
    }

    [Theory]
    [InlineData(80, true)]
    [InlineData(79, false)]
    [InlineData(100, true)]
    [InlineData(0, false)]
    public void Weeks_at_80_or_more_sent_are_near_the_limit(int sent, bool near)
    {
        // Monday 2026-02-23 to Sunday 2026-03-01, spread over the week; one more the week before.
        var invitations = Enumerable.Range(0, sent).Select(i => Out("p" + i, "2026-02-" + (23 + (i % 6)).ToString("D2", System.Globalization.CultureInfo.InvariantCulture)))
            .Append(Out("early", "2026-02-16"))
            .ToList();

        var result = InvitationTriage.Analyze(invitations, AsOf);

        Assert.Equal([("2026-W08", 1, false), ("2026-W09", sent, near)], result.Weeks.Select(w => (w.Week, w.Sent, w.NearLimit)).ToArray());
        Assert.Equal((sent, near), (result.CurrentWeek.Sent, result.CurrentWeek.NearLimit));
        Assert.Equal(near ? 1 : 0, result.Summary.NearLimitWeeks);
    }

    [Fact]
    public void Invitations_after_the_as_of_date_are_left_out_and_counted()
    {
        var result = InvitationTriage.Analyze(
            [
                In("Bo", "we met", "2026-03-01 23:59"),
                In("Cy", "we met", "2026-03-02 00:00"),
                Out("dan", "2026-03-01 10:00"),
                Out("eve", "2026-04-01"),
                new("X", "Y", At("2026-05-01"), "", InvitationDirection.Unknown, "", ""),
            ],
            AsOf);

        Assert.Equal(["Bo"], result.Incoming.Select(a => a.Invitation.From).ToArray());
        Assert.Equal([("2026-W09", 1)], result.Weeks.Select(w => (w.Week, w.Sent)).ToArray());
        Assert.Equal((1, 1, 0, 3), (result.Summary.Incoming, result.Summary.Outgoing, result.Summary.UnknownDirection, result.Summary.ExcludedAfterAsOf));
    }

    [Fact]
    public void Empty_input_gives_an_empty_triage_with_the_as_of_week()
    {
        var result = InvitationTriage.Analyze([], AsOf);

        Assert.Empty(result.Incoming);
        Assert.Empty(result.Withdraw);
        Assert.Empty(result.Weeks);
        Assert.Equal(new InvitationWeek("2026-W09", new DateOnly(2026, 2, 23), 0, false), result.CurrentWeek);
        Assert.Equal(new InvitationTriageSummary(0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0), result.Summary);
    }

    [Fact]
    public void Unknown_direction_is_counted_but_neither_triaged_nor_counted_as_sent()
    {
        var unknown = new Invitation("Zed", "Ada Lovelace", At("2026-01-01"), "crypto crypto", InvitationDirection.Unknown, "", "");

        var result = InvitationTriage.Analyze([unknown, unknown with { From = "Zoe" }], AsOf);

        Assert.Empty(result.Incoming);
        Assert.Empty(result.Withdraw);
        Assert.Empty(result.Weeks);
        Assert.Equal((0, 0, 2), (result.Summary.Incoming, result.Summary.Outgoing, result.Summary.UnknownDirection));
    }

    [Fact]
    public void Summary_counts_categories_suggestions_and_the_share_of_pitches_and_spam()
    {
        var result = InvitationTriage.Analyze(
            [
                In("a", "Great talk!", "2026-02-01"),                  // personal, accept
                In("b", "Hello there", "2026-02-02"),                  // personal, review
                In("c", "", "2026-02-03"),                             // no note, review
                In("d", "We are hiring", "2026-02-04"),                // recruiter, review
                In("e", "Book a call?", "2026-02-05"),                 // pitch, ignore
                In("f", "Our services, our ROI", "2026-02-06"),        // pitch, ignore
                In("g", "crypto!", "2026-02-07"),                      // spam, ignore
                In("h", "see https://x.io", "2026-02-08"),             // spam, ignore
                Out("i", "2026-01-01"),                                // stale (59 days)
                Out("j", "2026-02-27"),
            ],
            AsOf);

        Assert.Equal(new InvitationTriageSummary(8, 2, 0, 0, 2, 1, 1, 2, 2, 1, 3, 4, 1, 0, 0.5), result.Summary);
        Assert.Equal(["h", "g", "f", "e", "d", "c", "b", "a"], result.Incoming.Select(a => a.Invitation.From).ToArray());
    }
}
