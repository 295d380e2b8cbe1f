using NetworkAdvisor.Analysis;
using NetworkAdvisor.Samples;

namespace NetworkAdvisor.Tests.Analysis;

/// <summary>
/// <see cref="InvitationKeywords.Find"/>: one search for all entries finds what one ordinal search per entry found
/// (each entry at its first occurrence, a match inside a longer one left out, quotes in order of appearance).
/// </summary>
public sealed class InvitationKeywordsTests
{
    private static readonly InvitationKeywords Overlapping = new(
        "recruit*", "recruiter", "Recruiter", "job", "job offer", "offer", "new job*", "café", "cafe", "c++");

    [Theory]
    [InlineData("", "")]
    [InlineData("Hello there", "")]
    [InlineData("I am a recruiter", "recruiter")]
    [InlineData("Recruiting, recruiter, recruits", "recruiting|recruiter")]
    [InlineData("a recruiter and a job offer", "recruiter|job offer")]
    [InlineData("an offer, then a job offer", "offer|job offer")]
    [InlineData("jobs offered", "")]
    [InlineData("new jobs and a new job", "new jobs|job")]
    [InlineData("Café or cafe", "café")]
    [InlineData("C++ and c", "c++")]
    [InlineData("recruit", "recruit")]
    [InlineData("job", "job")]
    public void Finds_each_entry_at_its_first_occurrence_as_whole_words(string note, string expected)
    {
        var found = Overlapping.Find(InvitationText.Words(note));

        Assert.Equal(expected.Length == 0 ? [] : expected.Split('|'), found);
        Assert.Equal(OnePerEntry(Overlapping, InvitationText.Words(note)), found);
    }

    public static TheoryData<string> Lists => ["Spam", "Messengers", "SalesPitch", "Recruiter", "Personal", "StandardText", "Overlapping"];

    [Theory]
    [MemberData(nameof(Lists))]
    public void Finds_in_generated_notes_what_one_search_per_entry_finds(string list)
    {
        var keywords = list switch
        {
            "Spam" => InvitationSignals.Spam,
            "Messengers" => InvitationSignals.Messengers,
            "SalesPitch" => InvitationSignals.SalesPitch,
            "Recruiter" => InvitationSignals.Recruiter,
            "Personal" => InvitationSignals.Personal,
            "StandardText" => InvitationSignals.StandardText,
            _ => Overlapping,
        };
        var notes = Notes().Select(n => InvitationText.Words(n)).Distinct(StringComparer.Ordinal).ToList();
        var matched = 0;

        foreach (var words in notes)
        {
            var found = keywords.Find(words);
            Assert.Equal(OnePerEntry(keywords, words), found);
            matched += found.Count > 0 ? 1 : 0;
        }

        Assert.True(matched >= 50, $"{list} matched only {matched} of {notes.Count} notes");
    }

    /// <summary>
    /// The generator's invitation notes, and 2,000 notes made of the lists' entries (prefixes completed), their words
    /// overlapping, and filler words, in random order and capitals.
    /// </summary>
    private static IEnumerable<string> Notes()
    {
        var random = new Random(7);
        var lists = new[]
        {
            InvitationSignals.Spam, InvitationSignals.Messengers, InvitationSignals.SalesPitch, InvitationSignals.Recruiter,
            InvitationSignals.Personal, InvitationSignals.StandardText, Overlapping,
        };
        string[] suffixes = ["", "s", "ing", "er"];
        string[] pieces =
        [
            .. lists.SelectMany(l => l.Entries).Select(e => e.EndsWith('*') ? e[..^1] + suffixes[random.Next(suffixes.Length)] : e),
            "hello", "the", "a", "and", "new", "job", "offer", "recruit", ",", "!", "...",
        ];
        for (var i = 0; i < 2_000; i++)
        {
            var words = Enumerable.Range(0, random.Next(1, 12)).Select(_ => pieces[random.Next(pieces.Length)]);
            yield return string.Join(" ", words.Select(w => random.Next(4) == 0 ? w.ToUpperInvariant() : w));
        }

        foreach (var invitation in SampleExportGenerator.Generate(new SampleOptions(3_000, 5, new DateOnly(2026, 11, 1))).Invitations)
        {
            yield return invitation.Message;
        }
    }

    /// <summary>The specification, as the list searched before: one ordinal search per entry (see <see cref="InvitationKeywords.Find"/>).</summary>
    private static List<string> OnePerEntry(InvitationKeywords keywords, string words)
    {
        var hits = new List<(int Start, int End, string Quote)>();
        foreach (var entry in keywords.Entries)
        {
            var pattern = InvitationText.Words(entry.TrimEnd('*'));
            pattern = entry.EndsWith('*') ? pattern[..^1] : pattern;
            var start = words.IndexOf(pattern, StringComparison.Ordinal);
            if (start >= 0)
            {
                var end = entry.EndsWith('*') ? words.IndexOf(' ', start + pattern.Length) : start + pattern.Length;
                var rest = words[(start + pattern.Length)..end];
                hits.Add((start, end, entry.EndsWith('*') ? entry[..^1] + rest[..Math.Min(rest.Length, 24)] : entry));
            }
        }

        hits.Sort((a, b) => a.Start != b.Start ? a.Start.CompareTo(b.Start) : b.End.CompareTo(a.End));
        var quotes = new List<string>();
        var coveredTo = -1;
        foreach (var (_, end, quote) in hits)
        {
            if (end > coveredTo && !quotes.Contains(quote, StringComparer.Ordinal))
            {
                quotes.Add(quote);
                coveredTo = Math.Max(coveredTo, end);
            }
        }

        return quotes;
    }
}
