using System.Collections.Immutable;
using System.Globalization;
using NetworkAdvisor.Model;

namespace NetworkAdvisor.Analysis;

/// <summary>
/// Triage of pending invitations, as the article advises ("evaluate connection requests before
/// accepting"; spam and sales pitches are the price of a large network):
/// <list type="bullet">
/// <item>Incoming invitations are categorised from their note with multilingual keyword lists and the
/// note's shape. The first category that applies wins: <see cref="InvitationCategory.SpamLike"/> (money and
/// crypto promises, messenger names, links other than to LinkedIn, 5 or more emojis, mostly capitals, markup,
/// more than 1,000 characters, or the same note from 2 or more different senders) - Ignore;
/// <see cref="InvitationCategory.SalesPitch"/> - Ignore; <see cref="InvitationCategory.Recruiter"/> - Review;
/// <see cref="InvitationCategory.PersonalNote"/> - Accept when it names a shared context ("we met", "your
/// post", "colleague" ...), else Review; <see cref="InvitationCategory.NoNote"/> (blank or only LinkedIn's
/// standard text) - Review.</item>
/// <item>Outgoing invitations pending for more than <c>withdrawAfterDays</c> whole days (exclusive: exactly
/// 21 days old is not yet stale) are proposed for withdrawal.</item>
/// <item>Outgoing invitations are counted per ISO week against LinkedIn's limit of about
/// <see cref="WeeklyLimit"/> a week; weeks with at least <see cref="NearLimitSent"/> are flagged.</item>
/// </list>
/// Invitations dated after the as-of date are left out and counted. Invitations whose direction is unknown
/// are counted and otherwise left out. Pure: no I/O, no clock.
/// </summary>
public static class InvitationTriage
{
    /// <summary>Default threshold: outgoing invitations pending more than this many days are proposed for withdrawal.</summary>
    public const int DefaultWithdrawAfterDays = 21;

    /// <summary>LinkedIn's approximate limit of invitations a member may send per week.</summary>
    public const int WeeklyLimit = 100;

    /// <summary>Weeks with at least this many invitations sent (80% of <see cref="WeeklyLimit"/>) are near the limit.</summary>
    public const int NearLimitSent = WeeklyLimit * 4 / 5;

    /// <summary>At most this many keywords are quoted in a reason.</summary>
    private const int MaxQuoted = 3;

    /// <summary>Shortest first name looked for in a note.</summary>
    private const int MinFirstNameChars = 2;

    /// <summary>Triages pending invitations as of a date.</summary>
    /// <param name="invitations">Invitations as exported (any order, any direction).</param>
    /// <param name="asOf">The day to triage as of; later invitations are left out and counted.</param>
    /// <param name="withdrawAfterDays">Outgoing invitations pending more than this many days are proposed for withdrawal (0 or more).</param>
    /// <returns>The triage.</returns>
    public static InvitationTriageResult Analyze(IReadOnlyList<Invitation> invitations, DateOnly asOf, int withdrawAfterDays = DefaultWithdrawAfterDays)
    {
        ArgumentNullException.ThrowIfNull(invitations);
        ArgumentOutOfRangeException.ThrowIfNegative(withdrawAfterDays);
        var incoming = new List<Invitation>();
        var outgoing = new List<Invitation>();
        int unknown = 0, excluded = 0;
        foreach (var invitation in invitations)
        {
            ArgumentNullException.ThrowIfNull(invitation, nameof(invitations));
            if (DateOnly.FromDateTime(invitation.SentAt) > asOf)
            {
                excluded++;
                continue;
            }

            switch (invitation.Direction)
            {
                case InvitationDirection.Incoming: incoming.Add(invitation); break;
                case InvitationDirection.Outgoing: outgoing.Add(invitation); break;
                default: unknown++; break;
            }
        }

        var assessed = Assess(incoming).OrderByDescending(a => a.Invitation.SentAt).ToImmutableArray();
        var withdraw = outgoing
            .Select(i => new InvitationToWithdraw(i, asOf.DayNumber - DateOnly.FromDateTime(i.SentAt).DayNumber))
            .Where(w => w.AgeDays > withdrawAfterDays)
            .OrderBy(w => w.Invitation.SentAt)
            .ToImmutableArray();
        var (weeks, current) = Weeks(outgoing, asOf);
        var summary = new InvitationTriageSummary(
            incoming.Count,
            outgoing.Count,
            unknown,
            excluded,
            Count(assessed, InvitationCategory.PersonalNote),
            Count(assessed, InvitationCategory.NoNote),
            Count(assessed, InvitationCategory.Recruiter),
            Count(assessed, InvitationCategory.SalesPitch),
            Count(assessed, InvitationCategory.SpamLike),
            assessed.Count(a => a.Suggestion == InvitationSuggestion.Accept),
            assessed.Count(a => a.Suggestion == InvitationSuggestion.Review),
            assessed.Count(a => a.Suggestion == InvitationSuggestion.Ignore),
            withdraw.Length,
            weeks.Count(w => w.NearLimit),
            incoming.Count == 0 ? 0 : (double)assessed.Count(a => a.Category is InvitationCategory.SalesPitch or InvitationCategory.SpamLike) / incoming.Count);
        return new InvitationTriageResult(asOf, withdrawAfterDays, assessed, withdraw, weeks, current, summary);
    }

    /// <summary>The ISO week label of a date: 2020-12-31 and 2021-01-03 give <c>2020-W53</c>, 2021-01-04 gives <c>2021-W01</c>.</summary>
    /// <param name="date">A date.</param>
    /// <returns><c>yyyy-Www</c>, the year being the ISO week-numbering year.</returns>
    public static string WeekLabel(DateOnly date)
    {
        var day = date.ToDateTime(TimeOnly.MinValue);
        return string.Create(CultureInfo.InvariantCulture, $"{ISOWeek.GetYear(day):D4}-W{ISOWeek.GetWeekOfYear(day):D2}");
    }

    private static List<InvitationAssessment> Assess(List<Invitation> incoming)
    {
        var notes = incoming.Select(i => InvitationNote.Read(i.Message)).ToList();
        var keys = incoming.Select((i, k) => IsStandardText(notes[k]) ? null : InvitationNote.DuplicateKey(i.Message)).ToList();
        var senders = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        for (var k = 0; k < incoming.Count; k++)
        {
            if (keys[k] is { } key)
            {
                if (!senders.TryGetValue(key, out var set))
                {
                    senders[key] = set = new HashSet<string>(StringComparer.Ordinal);
                }

                set.Add(Sender(incoming[k]));
            }
        }

        return [.. incoming.Select((invitation, k) => Assess(invitation, notes[k], keys[k] is { } key ? senders[key].Count : 1))];
    }

    private static InvitationAssessment Assess(Invitation invitation, InvitationNote note, int senders)
    {
        if (note.IsBlank)
        {
            return new(invitation, InvitationCategory.NoNote, InvitationSuggestion.Review, "No note: look at the profile before accepting.");
        }

        var spam = SpamEvidence(note, senders);
        if (spam.Count > 0)
        {
            return new(invitation, InvitationCategory.SpamLike, InvitationSuggestion.Ignore, Sentence(Join(spam), "spam-like"));
        }

        var pitch = InvitationSignals.SalesPitch.Find(note.Words);
        if (pitch.Count > 0)
        {
            return new(invitation, InvitationCategory.SalesPitch, InvitationSuggestion.Ignore, Sentence(Mentions(pitch), "a sales pitch"));
        }

        var recruiter = InvitationSignals.Recruiter.Find(note.Words);
        if (recruiter.Count > 0)
        {
            return new(invitation, InvitationCategory.Recruiter, InvitationSuggestion.Review,
                Sentence(Mentions(recruiter), "a recruiter or a job offer, worth a look if it fits your goal"));
        }

        var personal = InvitationSignals.Personal.Find(note.Words);
        if (personal.Count > 0)
        {
            return new(invitation, InvitationCategory.PersonalNote, InvitationSuggestion.Accept, Sentence(Mentions(personal), "a shared context"));
        }

        var standard = InvitationSignals.StandardText.Find(note.Words);
        if (standard.Count > 0)
        {
            return new(invitation, InvitationCategory.NoNote, InvitationSuggestion.Review,
                Sentence(Invariant($"Only LinkedIn's standard text ('{standard[0]}')"), "look at the profile before accepting"));
        }

        return AddressesByName(invitation, note)
            ? new(invitation, InvitationCategory.PersonalNote, InvitationSuggestion.Review,
                "Addresses you by your first name but names no shared context: look at the profile before accepting.")
            : new(invitation, InvitationCategory.PersonalNote, InvitationSuggestion.Review,
                "A note without a shared context, a pitch or a job offer: look at the profile before accepting.");
    }

    private static List<string> SpamEvidence(InvitationNote note, int senders)
    {
        var evidence = new List<string>();
        var keywords = InvitationSignals.Spam.Find(note.Words);
        var messengers = InvitationSignals.Messengers.Find(note.Words);
        if (keywords.Count + messengers.Count > 0)
        {
            evidence.Add(Mentions([.. keywords, .. messengers]));
        }

        if (messengers.Count > 0 && note.HasPhoneNumber)
        {
            evidence.Add("gives a phone number");
        }

        if (note.Links > 0)
        {
            evidence.Add(note.Links == 1 ? "has a link" : Invariant($"has {note.Links:N0} links"));
        }

        if (note.HasMarkup)
        {
            evidence.Add("contains HTML or script markup");
        }

        if (note.Emojis >= InvitationNote.ManyEmojis)
        {
            evidence.Add(Invariant($"has {note.Emojis:N0} emojis"));
        }

        if (note.MostlyCapitals)
        {
            evidence.Add("is written mostly in capitals");
        }

        if (note.Length > InvitationNote.VeryLongChars)
        {
            evidence.Add(Invariant($"is {note.Length:N0} characters long (a LinkedIn note holds at most {InvitationNote.LinkedInNoteLimit})"));
        }

        if (senders > 1)
        {
            evidence.Add(Invariant($"the same note came from {senders:N0} different senders"));
        }

        return evidence;
    }

    private static bool IsStandardText(InvitationNote note) =>
        InvitationSignals.StandardText.Find(note.Words).Count > 0 && InvitationSignals.Personal.Find(note.Words).Count == 0;

    private static bool AddressesByName(Invitation invitation, InvitationNote note)
    {
        var to = InvitationText.Words(invitation.To ?? string.Empty);
        var end = to.IndexOf(' ', 1);
        return end - 1 >= MinFirstNameChars && note.Words.Contains(to[..(end + 1)], StringComparison.Ordinal);
    }

    /// <summary>Who sent an invitation: the normalised profile URL, else the folded name.</summary>
    private static string Sender(Invitation invitation)
    {
        var url = ProfileUrl.Normalize(invitation.InviterProfileUrl);
        return url.Length > 0 ? url : "name:" + InvitationText.Words(invitation.From ?? string.Empty);
    }

    private static string Mentions(List<string> quotes)
    {
        var shown = quotes.Take(MaxQuoted).Select(q => "'" + q + "'").ToList();
        var more = quotes.Count - shown.Count;
        if (more > 0)
        {
            shown.Add(Invariant($"{more} more"));
        }

        return "mentions " + Join(shown);
    }

    private static string Join(List<string> parts) =>
        parts.Count == 1 ? parts[0] : string.Join(", ", parts.Take(parts.Count - 1)) + " and " + parts[^1];

    private static string Sentence(string evidence, string conclusion) =>
        char.ToUpperInvariant(evidence[0]) + evidence[1..] + ": " + conclusion + ".";

    private static int Count(ImmutableArray<InvitationAssessment> assessed, InvitationCategory category) =>
        assessed.Count(a => a.Category == category);

    private static (ImmutableArray<InvitationWeek> Weeks, InvitationWeek Current) Weeks(List<Invitation> outgoing, DateOnly asOf)
    {
        var perWeek = new Dictionary<DateOnly, int>();
        foreach (var invitation in outgoing)
        {
            var monday = Monday(DateOnly.FromDateTime(invitation.SentAt));
            perWeek[monday] = perWeek.GetValueOrDefault(monday) + 1;
        }

        var last = Monday(asOf);
        var current = Week(last, perWeek.GetValueOrDefault(last));
        if (perWeek.Count == 0)
        {
            return ([], current);
        }

        var weeks = ImmutableArray.CreateBuilder<InvitationWeek>();
        for (var monday = perWeek.Keys.Min(); monday <= last; monday = monday.AddDays(7))
        {
            weeks.Add(Week(monday, perWeek.GetValueOrDefault(monday)));
        }

        return (weeks.ToImmutable(), current);
    }

    private static InvitationWeek Week(DateOnly monday, int sent) => new(WeekLabel(monday), monday, sent, sent >= NearLimitSent);

    private static DateOnly Monday(DateOnly date) => date.AddDays(-(((int)date.DayOfWeek + 6) % 7));

    private static string Invariant(FormattableString text) => FormattableString.Invariant(text);
}
