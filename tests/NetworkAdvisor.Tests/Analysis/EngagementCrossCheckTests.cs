using NetworkAdvisor.Analysis;
using NetworkAdvisor.Classification;
using NetworkAdvisor.Model;
using NetworkAdvisor.Samples;

namespace NetworkAdvisor.Tests.Analysis;

/// <summary>
/// Engagement on generated networks against a straightforward independent count. The generator files the
/// owner's messages in SENT and everyone else's in INBOX, which gives the direction without the analysis'
/// owner detection; every generated person has a unique profile URL.
/// </summary>
public sealed class EngagementCrossCheckTests
{
    private static readonly DateOnly Generated = new(2026, 11, 1);

    [Theory]
    [InlineData(1, "2026-11-01")]
    [InlineData(7, "2026-11-01")]
    [InlineData(42, "2024-06-30")]
    public void Analysis_agrees_with_an_independent_count(int seed, string asOfText)
    {
        var asOf = DateOnly.ParseExact(asOfText, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        var bundle = SampleExportGenerator.Generate(new SampleOptions(1500, seed, Generated));
        var connections = ConnectionClassifier.Default.Classify(bundle);
        Assert.NotEmpty(bundle.Messages);

        var result = EngagementAnalysis.Analyze(connections, bundle.Messages, bundle.Profile, asOf);

        // Independent count: direction from the folder, people by exact normalised URL.
        var considered = bundle.Messages.Where(m => m.SentAt < asOf.AddDays(1).ToDateTime(TimeOnly.MinValue)).ToList();
        var index = new Dictionary<string, int>();
        for (var i = 0; i < connections.Count; i++)
        {
            var url = connections[i].Connection.ProfileUrl.Trim().TrimEnd('/').ToLowerInvariant()
                .Replace("https://", "", StringComparison.Ordinal).Replace("www.", "", StringComparison.Ordinal);
            if (url.Length > 0)
            {
                index.TryAdd(url, i);
            }
        }

        string Key(string url) => url.Trim().TrimEnd('/').ToLowerInvariant()
            .Replace("https://", "", StringComparison.Ordinal).Replace("www.", "", StringComparison.Ordinal);

        var sent = new int[connections.Count];
        var received = new int[connections.Count];
        var last = new DateTime?[connections.Count];
        var matched = 0;
        foreach (var m in considered)
        {
            var others = m.Folder == "SENT"
                ? m.RecipientProfileUrls.Split(',').Select(Key).ToList()
                : [Key(m.SenderProfileUrl)];
            var hits = others.Where(index.ContainsKey).Select(u => index[u]).Distinct().ToList();
            matched += hits.Count > 0 ? 1 : 0;
            foreach (var i in hits)
            {
                if (m.Folder == "SENT")
                {
                    sent[i]++;
                }
                else
                {
                    received[i]++;
                }

                if (last[i] is null || m.SentAt > last[i])
                {
                    last[i] = m.SentAt;
                }
            }
        }

        Assert.Equal(sent, result.Contacts.Select(c => c.Sent).ToArray());
        Assert.Equal(received, result.Contacts.Select(c => c.Received).ToArray());
        Assert.Equal(last, result.Contacts.Select(c => c.LastContact).ToArray());
        Assert.Equal(considered.Count, result.Messages);
        Assert.Equal(bundle.Messages.Length - considered.Count, result.IgnoredAfterAsOf);
        Assert.Equal(matched, result.MatchedMessages);

        var oneYear = asOf.ToDateTime(TimeOnly.MinValue).AddYears(-1).AddDays(1);
        var twoYears = asOf.ToDateTime(TimeOnly.MinValue).AddYears(-2).AddDays(1);
        var identified = Enumerable.Range(0, connections.Count).Where(i => !connections[i].Connection.IsHidden).ToList();
        var engaged = identified.Count(i => last[i] >= oneYear);
        var dormant = identified.Count(i =>
            connections[i].Connection.ConnectedOn.ToDateTime(TimeOnly.MinValue) < oneYear.AddDays(-1) && !(last[i] >= twoYears));
        Assert.Equal(identified.Count, result.Identified);
        Assert.Equal(identified.Count(i => sent[i] + received[i] > 0), result.EverMessaged);
        Assert.Equal(identified.Count(i => sent[i] > 0 && received[i] > 0), result.TwoWay);
        Assert.Equal(engaged, result.Engaged12Months);
        Assert.Equal(dormant, result.Dormant);
        Assert.InRange(result.EverMessaged, 1, identified.Count - 1);
        Assert.InRange(result.Dormant, 1, identified.Count - 1);

        // The owner is the sender of the SENT messages and not a connection.
        var ownerUrls = considered.Where(m => m.Folder == "SENT").Select(m => Key(m.SenderProfileUrl)).Distinct().ToList();
        Assert.Equal(Key(Assert.Single(ownerUrls)), result.OwnerProfileUrl);
        Assert.False(index.ContainsKey(result.OwnerProfileUrl));

        // Top contacts: the ten largest totals, in order.
        var totals = identified.Select(i => sent[i] + received[i]).Where(t => t > 0).OrderDescending().Take(10).ToArray();
        Assert.Equal(totals, result.TopContacts.Select(c => c.Total).ToArray());
    }

    [Theory]
    [InlineData(1)]
    [InlineData(7)]
    [InlineData(1000)]
    public void Reading_the_messages_in_slices_gives_the_same_result_as_reading_them_in_one(int messagesPerSlice)
    {
        // Every third message loses its URLs, so people are also matched by name (decided after the slices are joined).
        var bundle = SampleExportGenerator.Generate(new SampleOptions(1500, 3, Generated));
        var messages = bundle.Messages
            .Select((m, k) => k % 3 == 0 ? m with { SenderProfileUrl = string.Empty, RecipientProfileUrls = string.Empty } : m)
            .ToList();
        var connections = ConnectionClassifier.Default.Classify(bundle);

        var whole = EngagementAnalysis.Analyze(connections, messages, bundle.Profile, Generated, 10, int.MaxValue);
        var sliced = EngagementAnalysis.Analyze(connections, messages, bundle.Profile, Generated, 10, messagesPerSlice);

        Assert.True(messages.Count > 2 * messagesPerSlice, "several slices");
        static object Row(EngagementContact c) => (c.Sent, c.Received, c.FirstContact, c.LastContact, c.Engaged, c.Dormant);
        Assert.Equal(whole.Contacts.Select(Row), sliced.Contacts.Select(Row));
        Assert.Equal(
            (whole.OwnerProfileUrl, whole.Messages, whole.MatchedMessages, whole.EverMessaged, whole.TwoWay, whole.Engaged12Months, whole.Dormant),
            (sliced.OwnerProfileUrl, sliced.Messages, sliced.MatchedMessages, sliced.EverMessaged, sliced.TwoWay, sliced.Engaged12Months, sliced.Dormant));
        Assert.Equal(whole.TopContacts.Select(c => c.Name), sliced.TopContacts.Select(c => c.Name));
        Assert.True(whole.MatchedMessages > 0);
    }
}
