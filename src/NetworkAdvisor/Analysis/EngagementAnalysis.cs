using System.Collections.Immutable;
using Microsoft.Data.Analysis;
using NetworkAdvisor.Classification;
using NetworkAdvisor.Frames;
using NetworkAdvisor.Model;

namespace NetworkAdvisor.Analysis;

/// <summary>
/// Engagement from <c>messages.csv</c>: who the owner writes to and hears from, who is engaged lately, who is
/// dormant, and the article's "superficial relationships" and "lower engagement" pitfalls as fit checks.
/// Pure functions: no clock, no I/O.
/// </summary>
/// <remarks>
/// <para>
/// <b>The owner's side.</b> With a profile, the owner's URL is the most frequent sender profile URL among
/// messages whose sender name equals the profile's "First Last" (case-insensitive, trimmed). Without a
/// profile, or when no message carries that name, it is the profile URL (sender or recipient) that takes
/// part in the most distinct conversations (the owner takes part in every one), not counting URLs of
/// connections (the owner is not their own connection); ties go to more messages, then to the ordinal-first URL. A message is sent by the
/// owner when its sender URL equals the owner's URL; when either URL is missing, when its sender name equals
/// the owner's name (the profile's, else the name used most with the owner's URL). Every other message is
/// received.
/// </para>
/// <para>
/// <b>Matching.</b> The other side of a message (every recipient of a sent message, the sender of a received
/// one) is matched to a connection by normalised profile URL (<see cref="ProfileUrl.Normalize"/>). A party
/// without a URL match falls back to its exact name (case-insensitive, trimmed "First Last") when exactly one
/// connection has that name and no message matched that connection by URL; a name shared by several
/// connections is never attributed. Hidden profiles never match. When two connections share a URL, the first
/// one gets the messages. A group message counts once for each matched recipient; a message that matches no
/// connection is counted in <see cref="EngagementResult.UnmatchedMessages"/>.
/// </para>
/// <para>
/// <b>Time.</b> Days are UTC days of <see cref="Message.SentAt"/>. Messages after the as-of day are ignored.
/// Engaged: a message in the last 12 months, i.e. on a day after as-of minus 12 months, up to and including
/// as-of (2025-03-01 looks back to 2024-03-02; 2024-02-29 minus 12 months is 2023-02-28). Dormant: an
/// identified connection made more than 12 months before as-of (connected strictly before as-of minus 12
/// months) with no message in the last 24 months (the same rule with 24). Connections are taken as given:
/// limit them to the as-of date first if wanted (the CLI does).
/// </para>
/// </remarks>
public static class EngagementAnalysis
{
    /// <summary>How many top contacts <see cref="EngagementResult.TopContacts"/> lists by default.</summary>
    public const int DefaultTop = 10;

    /// <summary>A message within this many months before the as-of date makes a connection engaged.</summary>
    public const int EngagedWindowMonths = 12;

    /// <summary>No message within this many months before the as-of date makes a connection dormant ...</summary>
    public const int DormantWindowMonths = 24;

    /// <summary>... provided it was made more than this many months before the as-of date.</summary>
    public const int DormantMinimumMonthsConnected = 12;

    /// <summary>The <c>engaged-share</c> check's default target: at least 20% engaged in the last 12 months.</summary>
    public const double DefaultMinEngagedShare = 0.2;

    /// <summary>The <c>dormant-share</c> check's default target: at most 50% dormant.</summary>
    public const double DefaultMaxDormantShare = 0.5;

    /// <summary>A message party whose URL matched no connection and whose name matched none or several.</summary>
    private const int NoCandidate = int.MinValue;

    /// <summary>Messages read per slice of work on a core; below twice this many, one core reads them all.</summary>
    private const int MessagesPerSlice = 16_384;

    /// <summary>How many people a recommendation names at most.</summary>
    public const int NamesInRecommendation = 5;

    /// <summary>Measures engagement of classified connections from messages.</summary>
    /// <param name="connections">Classified connections (e.g. from <see cref="ClassifiedFrame.ToClassified"/>).</param>
    /// <param name="messages">Messages from <c>messages.csv</c>; may be empty.</param>
    /// <param name="owner">The owner's profile, used to tell sent from received; null when the export has none.</param>
    /// <param name="asOf">The day to look from; later messages are ignored.</param>
    /// <param name="top">How many top contacts to list (0 or more).</param>
    /// <returns>Per-connection counts, network figures and the top contacts.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="connections"/> or <paramref name="messages"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="top"/> is negative.</exception>
    public static EngagementResult Analyze(
        IReadOnlyList<ClassifiedConnection> connections, IReadOnlyList<Message> messages, Profile? owner, DateOnly asOf, int top = DefaultTop) =>
        Analyze(connections, messages, owner, asOf, top, MessagesPerSlice);

    /// <summary>As the public overload, reading the messages' parties in slices of <paramref name="messagesPerSlice"/> (tests use small slices).</summary>
    internal static EngagementResult Analyze(
        IReadOnlyList<ClassifiedConnection> connections, IReadOnlyList<Message> messages, Profile? owner, DateOnly asOf, int top, int messagesPerSlice)
    {
        ArgumentNullException.ThrowIfNull(connections);
        ArgumentNullException.ThrowIfNull(messages);
        ArgumentOutOfRangeException.ThrowIfNegative(top);

        // Usually no message is later than the as-of day: then the messages are read as given, without a copy.
        var ignored = 0;
        for (var k = 0; k < messages.Count; k++)
        {
            ignored += Day(messages[k]) > asOf ? 1 : 0;
        }

        IReadOnlyList<Message> considered = ignored == 0 ? messages : messages.Where(m => Day(m) <= asOf).ToList();
        // Indexing the connections and counting the owner's sender URLs are independent: both at once. With no message
        // to match (an export without messages.csv), no connection is looked up, so none is indexed.
        var profileName = owner is null ? string.Empty : $"{owner.FirstName} {owner.LastName}".Trim();
        ConnectionIndex? built = null;
        string? mostUsed = null;
        Parallel.Invoke(
            () => built = new ConnectionIndex(considered.Count > 0 ? connections : []),
            () => mostUsed = profileName.Length > 0 ? MostUsedUrl(considered, profileName) : null);
        var index = built!;
        var (ownerUrl, ownerName) = mostUsed is not null ? (mostUsed, profileName) : Owner(considered, profileName, index);

        // Each message once: is it sent, and which connections are on the other side. A candidate c >= 0 matched
        // connection c by URL; ~c matched connection c by name, which counts only if no message matched c by URL;
        // NoCandidate is a name that no single connection has.
        var (starts, isSent, candidates) = ReadParties(considered, index, ownerUrl, ownerName, messagesPerSlice);
        var matchedByUrl = new bool[connections.Count];
        foreach (var candidate in candidates)
        {
            if (candidate >= 0)
            {
                matchedByUrl[candidate] = true;
            }
        }

        var sent = new int[connections.Count];
        var received = new int[connections.Count];
        // First and last contact are set for a connection once a message counts for it (sent or received above 0).
        var first = new DateTime[connections.Count];
        var last = new DateTime[connections.Count];
        var countedIn = new int[connections.Count];
        var matchedMessages = 0;
        for (var k = 0; k < considered.Count; k++)
        {
            var at = considered[k].SentAt;
            var matched = false;
            for (var j = starts[k]; j < starts[k + 1]; j++)
            {
                var candidate = candidates[j];
                var i = candidate >= 0 ? candidate : candidate == NoCandidate || matchedByUrl[~candidate] ? -1 : ~candidate;
                if (i < 0 || countedIn[i] == k + 1)
                {
                    // Not attributable, or already counted for this message (a group message counts once per person).
                    continue;
                }

                countedIn[i] = k + 1;
                matched = true;
                if (isSent[k])
                {
                    sent[i]++;
                }
                else
                {
                    received[i]++;
                }

                var earlier = sent[i] + received[i] > 1;
                first[i] = earlier && first[i] <= at ? first[i] : at;
                last[i] = earlier && last[i] >= at ? last[i] : at;
            }

            if (matched)
            {
                matchedMessages++;
            }
        }

        var engagedAfter = asOf.AddMonths(-EngagedWindowMonths);
        var dormantAfter = asOf.AddMonths(-DormantWindowMonths);
        var connectedBefore = asOf.AddMonths(-DormantMinimumMonthsConnected);
        var contacts = ImmutableArray.CreateBuilder<EngagementContact>(connections.Count);
        int identified = 0, everMessaged = 0, engagedCount = 0, dormantCount = 0, twoWay = 0;
        for (var i = 0; i < connections.Count; i++)
        {
            var c = connections[i];
            var messaged = sent[i] + received[i] > 0;
            var lastDay = messaged ? DateOnly.FromDateTime(last[i]) : (DateOnly?)null;
            var engaged = lastDay > engagedAfter;
            var dormant = !c.Connection.IsHidden && c.Connection.ConnectedOn < connectedBefore && !(lastDay > dormantAfter);
            var contact = new EngagementContact(c, sent[i], received[i], messaged ? first[i] : null, messaged ? last[i] : null, engaged, dormant);
            contacts.Add(contact);
            if (!c.Connection.IsHidden)
            {
                identified++;
                everMessaged += contact.EverMessaged ? 1 : 0;
                engagedCount += contact.Engaged ? 1 : 0;
                dormantCount += contact.Dormant ? 1 : 0;
                twoWay += contact.TwoWay ? 1 : 0;
            }
        }

        var all = contacts.MoveToImmutable();
        // Most messages first, then most recent, then by name: picked without sorting everyone (names are built
        // only on ties), as a million connections at team scale would otherwise be.
        var topContacts = TopSelection.Top(all.Where(c => c.EverMessaged), (a, b) =>
            b.Total.CompareTo(a.Total) is not 0 and var byTotal ? byTotal
            : Nullable.Compare(b.LastContact, a.LastContact) is not 0 and var byLast ? byLast
            : ByName(a, b) is not 0 and var byName ? byName
            : string.CompareOrdinal(a.Name, b.Name), top).ToImmutableArray();
        return new EngagementResult(
            asOf,
            ownerUrl,
            all,
            considered.Count,
            matchedMessages,
            ignored,
            identified,
            everMessaged,
            engagedCount,
            dormantCount,
            twoWay,
            topContacts);
    }

    /// <summary>Measures engagement of the rows of a classified DataFrame (possibly filtered) from a message frame.</summary>
    /// <param name="classified">A frame from <see cref="ClassifiedFrame.ToDataFrame"/>.</param>
    /// <param name="messages">A frame from <see cref="MessageFrame.ToDataFrame"/> (possibly filtered).</param>
    /// <param name="owner">The owner's profile, or null.</param>
    /// <param name="asOf">The day to look from.</param>
    /// <param name="top">How many top contacts to list.</param>
    /// <returns>The engagement.</returns>
    /// <exception cref="ArgumentException">A frame lacks a column of its schema.</exception>
    public static EngagementResult Analyze(DataFrame classified, DataFrame messages, Profile? owner, DateOnly asOf, int top = DefaultTop) =>
        Analyze(ClassifiedFrame.ToClassified(classified), MessageFrame.ToMessages(messages), owner, asOf, top);

    /// <summary>Measures engagement of the rows of a classified DataFrame (possibly filtered) from messages.</summary>
    /// <param name="classified">A frame from <see cref="ClassifiedFrame.ToDataFrame"/>.</param>
    /// <param name="messages">Messages from <c>messages.csv</c>.</param>
    /// <param name="owner">The owner's profile, or null.</param>
    /// <param name="asOf">The day to look from.</param>
    /// <param name="top">How many top contacts to list.</param>
    /// <returns>The engagement.</returns>
    /// <exception cref="ArgumentException">The frame lacks a classified column.</exception>
    public static EngagementResult Analyze(DataFrame classified, IReadOnlyList<Message> messages, Profile? owner, DateOnly asOf, int top = DefaultTop) =>
        Analyze(ClassifiedFrame.ToClassified(classified), messages, owner, asOf, top);

    /// <summary>
    /// The article's engagement pitfalls as fit checks: <c>engaged-share</c> (superficial relationships: at least
    /// <paramref name="minEngagedShare"/> of identified connections messaged in the last 12 months; fulfilment
    /// value/target) and <c>dormant-share</c> (lower engagement: at most <paramref name="maxDormantShare"/> dormant;
    /// fulfilment target/value). Without messages (no <c>messages.csv</c>, or none by the as-of date) or without
    /// identified connections both checks have <see cref="FitCheck.Passed"/> null, so a fit score leaves them out.
    /// </summary>
    /// <param name="result">An engagement result.</param>
    /// <param name="minEngagedShare">Target share engaged in the last 12 months, 0 to 1.</param>
    /// <param name="maxDormantShare">Highest acceptable dormant share, 0 to 1.</param>
    /// <returns>The two checks, <c>engaged-share</c> first.</returns>
    /// <exception cref="ArgumentOutOfRangeException">A target is outside 0 to 1.</exception>
    public static ImmutableArray<FitCheck> FitChecks(
        EngagementResult result, double minEngagedShare = DefaultMinEngagedShare, double maxDormantShare = DefaultMaxDormantShare)
    {
        ArgumentNullException.ThrowIfNull(result);
        ArgumentOutOfRangeException.ThrowIfNegative(minEngagedShare);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(minEngagedShare, 1);
        ArgumentOutOfRangeException.ThrowIfNegative(maxDormantShare);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(maxDormantShare, 1);
        return [EngagedCheck(result, minEngagedShare), DormantCheck(result, maxDormantShare)];
    }

    private static FitCheck EngagedCheck(EngagementResult result, double min)
    {
        const string Name = "engaged-share";
        var target = Invariant($"at least {ShareText.Percent(min, 0)} messaged in the last 12 months");
        if (Unmeasurable(result, Name, target) is { } unmeasurable)
        {
            return unmeasurable;
        }

        var share = result.EngagedShare;
        var passed = share >= min;
        var explanation = Invariant(
            $"You exchanged messages with {ShareText.Percent(share, 0)} of your identified connections in the last 12 months; connections you never talk to are superficial relationships.");
        if (passed)
        {
            return new FitCheck(Name, Value(result.Engaged12Months, result.Identified), target, true, 1, explanation, string.Empty);
        }

        var needed = Math.Max(1, (int)Math.Ceiling(Math.Round(min * result.Identified, 9)) - result.Engaged12Months);
        var people = result.Contacts.Where(c => !c.Connection.Connection.IsHidden && !c.Engaged && c.Connection.Connection.HasName);
        var talkedBefore = Names(people.Where(c => c.EverMessaged), (a, b) =>
            Nullable.Compare(b.LastContact, a.LastContact) is not 0 and var byLast ? byLast
            : b.Total.CompareTo(a.Total) is not 0 and var byTotal ? byTotal
            : ByName(a, b));
        var start = talkedBefore.Length > 0 ? Invariant($"; start with people you talked to before but not lately: {talkedBefore}")
            : Names(people, (a, b) => b.Connection.Connection.ConnectedOn.CompareTo(a.Connection.Connection.ConnectedOn) is not 0 and var byDate ? byDate : ByName(a, b))
                is { Length: > 0 } recent
                ? Invariant($"; start with your most recent connections: {recent}")
            : string.Empty;
        return new FitCheck(
            Name,
            Value(result.Engaged12Months, result.Identified),
            target,
            false,
            min <= 0 ? 1 : share / min,
            explanation,
            Invariant($"Write to about {needed:N0} more of your connections in the next 12 months to reach {ShareText.Percent(min, 0)}{start}."));
    }

    private static FitCheck DormantCheck(EngagementResult result, double max)
    {
        const string Name = "dormant-share";
        var target = Invariant($"at most {ShareText.Percent(max, 0)} dormant");
        if (Unmeasurable(result, Name, target) is { } unmeasurable)
        {
            return unmeasurable;
        }

        var share = result.DormantShare;
        var passed = share <= max;
        var explanation = Invariant(
            $"{ShareText.Percent(share, 0)} of your identified connections were made over a year ago and have had no message in 2 years; dormant ties are the first to prune or revive.");
        if (passed)
        {
            return new FitCheck(Name, Value(result.Dormant, result.Identified), target, true, 1, explanation, string.Empty);
        }

        var excess = Math.Max(1, result.Dormant - (int)Math.Floor(Math.Round(max * result.Identified, 9)));
        var knownBest = Names(result.Contacts.Where(c => c.Dormant && c.Connection.Connection.HasName), (a, b) =>
            b.Total.CompareTo(a.Total) is not 0 and var byTotal ? byTotal
            : Nullable.Compare(b.LastContact, a.LastContact) is not 0 and var byLast ? byLast
            : b.Connection.Connection.ConnectedOn.CompareTo(a.Connection.Connection.ConnectedOn) is not 0 and var byDate ? byDate
            : ByName(a, b));
        var start = knownBest.Length > 0 ? Invariant($" (start with {knownBest})") : string.Empty;
        return new FitCheck(
            Name,
            Value(result.Dormant, result.Identified),
            target,
            false,
            share == 0 ? 1 : max / share,
            explanation,
            Invariant($"{result.Dormant:N0} connections have had no message in 2 years: write to about {excess:N0} of the people you know best among them{start} and prune those who no longer fit your goals."));
    }

    private static FitCheck? Unmeasurable(EngagementResult result, string name, string target)
    {
        if (!result.HasMessages)
        {
            return new FitCheck(
                name, "cannot be measured", target, null, 0,
                "Engagement cannot be measured without messages.csv: the export holds no messages" +
                (result.IgnoredAfterAsOf > 0 ? " up to the as-of date." : "."),
                "Download the complete LinkedIn archive (\"Download larger data archive\"), which includes messages.csv, to measure who you actually talk to.");
        }

        return result.Identified == 0
            ? new FitCheck(name, "cannot be measured", target, null, 0, "There are no identified connections to measure engagement with.", string.Empty)
            : null;
    }

    private static string Value(int count, int total) =>
        Invariant($"{ShareText.Percent(total == 0 ? 0 : (double)count / total, 1)} ({count:N0} of {total:N0})");

    // The first few people of an ordering, picked without sorting everyone (a million connections at team scale).
    private static string Names(IEnumerable<EngagementContact> people, Comparison<EngagementContact> order) =>
        string.Join(", ", TopSelection.Top(people, order, NamesInRecommendation).Select(c => c.Name));

    private static int ByName(EngagementContact a, EngagementContact b) => StringComparer.OrdinalIgnoreCase.Compare(a.Name, b.Name);


    private static string Invariant(FormattableString text) => FormattableString.Invariant(text);

    private static DateOnly Day(Message message) => DateOnly.FromDateTime(message.SentAt);

    private static string Name(string text) => text.Trim();

    private static bool SameName(string a, string b) => a.AsSpan().Trim().Equals(b.AsSpan().Trim(), StringComparison.OrdinalIgnoreCase);

    private static List<string> Split(string text) =>
        [.. text.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)];

    /// <summary>
    /// Reads every message's parties: message k's candidates are <c>candidates[starts[k]..starts[k + 1]]</c>. Many
    /// messages are read in slices on every core (each slice with its own reader), then joined in message order,
    /// so the result is the same as reading them one by one. Parties found by URL are resolved as they are read;
    /// the few whose URL matches no connection are then looked up by name, all at once (<see cref="ConnectionIndex.ByNames"/>).
    /// </summary>
    private static (int[] Starts, bool[] IsSent, List<int> Candidates) ReadParties(
        IReadOnlyList<Message> messages, ConnectionIndex index, string ownerUrl, string ownerName, int messagesPerSlice)
    {
        var slices = Math.Max(1, messages.Count / messagesPerSlice);
        var starts = new int[messages.Count + 1];
        var isSent = new bool[messages.Count];
        var sliceCandidates = new List<int>[slices];
        var sliceNames = new List<(int At, string Name)>[slices];
        int Start(int slice) => (int)((long)messages.Count * slice / slices);
        Parallel.For(0, slices, slice =>
        {
            var (from, to) = (Start(slice), Start(slice + 1));
            var reader = new PartyReader(index, ownerUrl, ownerName);
            var found = new List<int>(to - from);
            for (var k = from; k < to; k++)
            {
                starts[k] = found.Count;
                isSent[k] = reader.Read(messages[k], found);
            }

            sliceCandidates[slice] = found;
            sliceNames[slice] = reader.ByName;
        });

        var byName = index.ByNames(sliceNames.SelectMany(names => names).Select(n => n.Name));
        var candidates = new List<int>(sliceCandidates.Sum(c => c.Count));
        for (var slice = 0; slice < slices; slice++)
        {
            var offset = candidates.Count;
            for (var k = Start(slice); k < Start(slice + 1); k++)
            {
                starts[k] += offset;
            }

            var found = sliceCandidates[slice];
            foreach (var (at, name) in sliceNames[slice])
            {
                found[at] = byName[name] is var i and >= 0 ? ~i : NoCandidate;
            }

            candidates.AddRange(found);
        }

        starts[messages.Count] = candidates.Count;
        return (starts, isSent, candidates);
    }

    /// <summary>
    /// The owner's normalised URL and name (see the remarks of <see cref="EngagementAnalysis"/>) when the profile's
    /// name (<paramref name="profileName"/>, possibly empty) sent no message.
    /// </summary>
    private static (string Url, string Name) Owner(IReadOnlyList<Message> messages, string profileName, ConnectionIndex index)
    {
        var name = profileName;
        var url = messages.SelectMany(m => Split(m.RecipientProfileUrls).Prepend(m.SenderProfileUrl)
                .Select(ProfileUrl.Normalize)
                .Where(u => u.Length > 0 && index.ByUrl(u) is null)
                .Distinct(StringComparer.Ordinal)
                .Select(u => (Url: u, m.ConversationId)))
            .GroupBy(s => s.Url, StringComparer.Ordinal)
            .OrderByDescending(g => g.Select(s => s.ConversationId).Distinct(StringComparer.Ordinal).Count())
            .ThenByDescending(g => g.Count())
            .ThenBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => g.Key)
            .FirstOrDefault() ?? string.Empty;
        if (name.Length == 0 && url.Length > 0)
        {
            name = messages.Where(m => ProfileUrl.Normalize(m.SenderProfileUrl) == url)
                .Select(m => Name(m.From))
                .Where(n => n.Length > 0)
                .GroupBy(n => n, StringComparer.OrdinalIgnoreCase)
                .OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal)
                .Select(g => g.Key)
                .FirstOrDefault() ?? string.Empty;
        }

        return (url, name);
    }

    /// <summary>
    /// The normalised sender URL used most (ties: ordinal-first) by messages from <paramref name="name"/>; empty when
    /// those messages carry no URL, null when no message is from that name.
    /// </summary>
    private static string? MostUsedUrl(IReadOnlyList<Message> messages, string name)
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        var lookup = counts.GetAlternateLookup<ReadOnlySpan<char>>();
        Span<char> buffer = stackalloc char[256];
        var any = false;
        for (var k = 0; k < messages.Count; k++)
        {
            var message = messages[k];
            if (!SameName(message.From, name))
            {
                continue;
            }

            any = true;
            var url = ProfileUrl.NormalizeInto(message.SenderProfileUrl, buffer);
            if (url.Length > 0)
            {
                lookup[url] = lookup.TryGetValue(url, out var count) ? count + 1 : 1;
            }
        }

        if (!any)
        {
            return null;
        }

        var best = string.Empty;
        var bestCount = 0;
        foreach (var (url, count) in counts)
        {
            if (count > bestCount || (count == bestCount && string.CompareOrdinal(url, best) < 0))
            {
                (best, bestCount) = (url, count);
            }
        }

        return best;
    }

    /// <summary>
    /// Connections by normalised URL (first wins) and by unique name; hidden profiles are in neither. Names are
    /// looked up only for parties whose URL matched no connection (about 1% of them in the samples), so they are
    /// indexed on demand for just the names asked (<see cref="ByNames"/>) rather than for every connection.
    /// </summary>
    private sealed class ConnectionIndex
    {
        /// <summary>A name asked for that no connection has.</summary>
        private const int Unknown = -1;

        /// <summary>A name asked for that several connections share.</summary>
        private const int Ambiguous = -2;

        private const int NameBuffer = 256;

        // URLs are kept as hashes of their normalised text (see TextHash), so indexing a million connections makes no string.
        private readonly Dictionary<UrlKey, int> urls;
        private readonly IReadOnlyList<ClassifiedConnection> connections;

        public ConnectionIndex(IReadOnlyList<ClassifiedConnection> connections)
        {
            this.connections = connections;
            urls = new Dictionary<UrlKey, int>(connections.Count);
            Span<char> buffer = stackalloc char[256];
            for (var i = 0; i < connections.Count; i++)
            {
                var connection = connections[i].Connection;
                if (connection.IsHidden)
                {
                    continue;
                }

                var url = ProfileUrl.NormalizeInto(connection.ProfileUrl, buffer);
                if (url.Length > 0)
                {
                    urls.TryAdd(new UrlKey(TextHash.Of(url)), i);
                }
            }
        }

        public int? ByUrl(string normalizedUrl) => ByUrl(normalizedUrl.AsSpan());

        /// <summary>
        /// For each of <paramref name="names"/> (compared ignoring case, as trimmed full names): the index of the one
        /// identified connection with that full name, or a negative number when none or several have it.
        /// </summary>
        public Dictionary<string, int> ByNames(IEnumerable<string> names)
        {
            var found = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
            foreach (var name in names)
            {
                found.TryAdd(name, Unknown);
            }

            if (found.Count == 0)
            {
                return found;
            }

            var lookup = found.GetAlternateLookup<ReadOnlySpan<char>>();
            Span<char> buffer = stackalloc char[NameBuffer];
            for (var i = 0; i < connections.Count; i++)
            {
                var connection = connections[i].Connection;
                if (connection.IsHidden)
                {
                    continue;
                }

                // The full name (first and last joined by a space, trimmed) without making it a string.
                var (first, last) = (connection.FirstName, connection.LastName);
                var joined = first.Length + 1 + last.Length <= NameBuffer ? buffer[..(first.Length + 1 + last.Length)] : new char[first.Length + 1 + last.Length];
                first.CopyTo(joined);
                joined[first.Length] = ' ';
                last.CopyTo(joined[(first.Length + 1)..]);
                if (lookup.TryGetValue(joined.Trim(), out var key, out var at))
                {
                    found[key] = at == Unknown ? i : Ambiguous;
                }
            }

            return found;
        }

        public int? ByUrl(ReadOnlySpan<char> normalizedUrl) =>
            normalizedUrl.Length > 0 && urls.TryGetValue(new UrlKey(TextHash.Of(normalizedUrl)), out var i) ? i : null;
    }

    /// <summary>
    /// A URL's hash as two 64-bit halves: an index entry keyed by it takes 32 bytes, one keyed by
    /// <see cref="UInt128"/> (aligned on 16 bytes) 48 (a million connections: 32 instead of 48 MB).
    /// </summary>
    private readonly struct UrlKey(UInt128 hash) : IEquatable<UrlKey>
    {
        private readonly ulong low = (ulong)hash;
        private readonly ulong high = (ulong)(hash >> 64);

        public bool Equals(UrlKey other) => low == other.low && high == other.high;

        public override bool Equals(object? obj) => obj is UrlKey other && Equals(other);

        // The hash is already uniform: its low bits serve.
        public override int GetHashCode() => (int)low;
    }

    /// <summary>
    /// Reads one message: sent or received, and the connections on its other side as candidates (see
    /// <see cref="Analyze(IReadOnlyList{ClassifiedConnection}, IReadOnlyList{Message}, Profile?, DateOnly, int)"/>).
    /// Recipients pair URL and name by position when both lists have the same length, else each stands alone.
    /// Works on spans of the message's text: reading a message allocates only the name of a party whose URL matched no connection.
    /// </summary>
    private sealed class PartyReader(ConnectionIndex index, string ownerUrl, string ownerName)
    {
        private const int UrlBuffer = 256;
        private readonly List<Range> urls = [];
        private readonly List<Range> names = [];

        /// <summary>Parties whose URL matched no connection: where their candidate is, and the name to look up.</summary>
        public List<(int At, string Name)> ByName { get; } = [];

        /// <summary>Adds the message's candidates; true when the owner sent it.</summary>
        public bool Read(Message message, List<int> candidates)
        {
            Span<char> buffer = stackalloc char[UrlBuffer];
            var sender = ProfileUrl.NormalizeInto(message.SenderProfileUrl, buffer);
            var sent = ownerUrl.Length > 0 && sender.Length > 0
                ? sender.SequenceEqual(ownerUrl)
                : ownerName.Length > 0 && SameName(message.From, ownerName);
            if (!sent)
            {
                Add(candidates, sender, message.From.AsSpan().Trim());
                return false;
            }

            var urlText = message.RecipientProfileUrls.AsSpan();
            var nameText = message.To.AsSpan();
            urls.Clear();
            names.Clear();
            foreach (var range in urlText.Split(','))
            {
                if (ProfileUrl.NormalizeInto(urlText[range], buffer).Length > 0)
                {
                    urls.Add(range);
                }
            }

            foreach (var range in nameText.Split(','))
            {
                if (!nameText[range].Trim().IsEmpty)
                {
                    names.Add(range);
                }
            }

            if (urls.Count == names.Count)
            {
                for (var k = 0; k < urls.Count; k++)
                {
                    Add(candidates, ProfileUrl.NormalizeInto(urlText[urls[k]], buffer), nameText[names[k]].Trim());
                }

                return true;
            }

            foreach (var range in urls)
            {
                Add(candidates, ProfileUrl.NormalizeInto(urlText[range], buffer), []);
            }

            foreach (var range in names)
            {
                Add(candidates, [], nameText[range].Trim());
            }

            return true;
        }

        private void Add(List<int> candidates, ReadOnlySpan<char> normalizedUrl, ReadOnlySpan<char> name)
        {
            if (index.ByUrl(normalizedUrl) is { } byUrl)
            {
                candidates.Add(byUrl);
            }
            else if (!name.IsEmpty)
            {
                ByName.Add((candidates.Count, name.ToString()));
                candidates.Add(NoCandidate);
            }
        }
    }
}
