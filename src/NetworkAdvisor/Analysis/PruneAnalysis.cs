using System.Collections.Immutable;
using System.Globalization;
using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using NetworkAdvisor.Classification;
using NetworkAdvisor.Goals;

namespace NetworkAdvisor.Analysis;

/// <summary>
/// Ranks connections worth reviewing for removal, the article's "assess regularly and prune
/// superficial or dormant connections". Reasons and weights: duplicate of another connection (3),
/// hidden or closed profile (3), connected over three years ago and no message in two years (2),
/// never messaged (1), outside the goal's segments (1: not in its target functions or companies; with
/// no targets, a title that names no job function). Only connections with at least two points are
/// proposed. Current and ex-colleagues, keep-tagged connections and people on the keep list are never
/// proposed. Without messages, the message-based reasons are not used (and the result says so).
/// </summary>
public static class PruneAnalysis
{
    private const int MinimumScore = 2;

    /// <summary>The highest score a candidate can have: every reason, each of weight 3 at most.</summary>
    private const int MaxScore = 5 * 3;

    /// <summary>Ranks prune candidates.</summary>
    /// <param name="connections">Classified connections.</param>
    /// <param name="lastContact">For each connection (same order), the last message exchanged, or null; null list when the export has no messages.</param>
    /// <param name="goal">The goal whose segments matter, or null.</param>
    /// <param name="keep">Who must never be proposed.</param>
    /// <param name="companies">Normaliser for the goal's target companies.</param>
    /// <param name="asOf">The date the analysis is as of.</param>
    /// <returns>The ranked candidates.</returns>
    public static PruneResult Rank(
        IReadOnlyList<ClassifiedConnection> connections,
        IReadOnlyList<DateTime?>? lastContact,
        Goal? goal,
        KeepList keep,
        CompanyNormalizer companies,
        DateOnly asOf)
    {
        ArgumentNullException.ThrowIfNull(connections);
        ArgumentNullException.ThrowIfNull(keep);
        ArgumentNullException.ThrowIfNull(companies);
        if (lastContact is not null && lastContact.Count != connections.Count)
        {
            throw new ArgumentException("lastContact must have one entry per connection.", nameof(lastContact));
        }

        return Rank(connections, lastContact, goal, keep, companies, asOf, Duplicates(connections));
    }

    /// <summary>
    /// As <see cref="RankWithEngagement(IReadOnlyList{ClassifiedConnection}, EngagementResult, Goal?, KeepList, CompanyNormalizer, DateOnly)"/>
    /// with <paramref name="duplicates"/> found beforehand by <see cref="Duplicates"/> (the report finds them while
    /// engagement is still being measured).
    /// </summary>
    internal static PruneResult RankWithEngagement(
        IReadOnlyList<ClassifiedConnection> connections, EngagementResult engagement, Goal? goal, KeepList keep, CompanyNormalizer companies, DateOnly asOf,
        HashSet<int> duplicates)
    {
        ArgumentNullException.ThrowIfNull(connections);
        ArgumentNullException.ThrowIfNull(engagement);
        ArgumentNullException.ThrowIfNull(keep);
        ArgumentNullException.ThrowIfNull(companies);
        return Rank(connections, LastContacts(engagement), goal, keep, companies, asOf, duplicates);
    }

    private static PruneResult Rank(
        IReadOnlyList<ClassifiedConnection> connections,
        IReadOnlyList<DateTime?>? lastContact,
        Goal? goal,
        KeepList keep,
        CompanyNormalizer companies,
        DateOnly asOf,
        HashSet<int> duplicates)
    {
        var targetCompanies = goal?.Targets.Companies.Select(c => companies.Normalize(c).Key).ToHashSet(StringComparer.Ordinal) ?? [];
        var targetFunctions = goal?.Targets.Functions.ToHashSet() ?? [];
        var longAgo = asOf.AddYears(-3);
        var dormantSince = asOf.ToDateTime(TimeOnly.MinValue).AddYears(-2);
        var candidates = new List<(PruneCandidate Candidate, DateOnly Since)>();
        var reasons = new List<(int Weight, string Text)>();
        var dormantReasons = new Dictionary<DateOnly, string?>(); // one text per day connected, shared by candidates
        var reasonLists = new Dictionary<ReasonKey, ImmutableArray<string>>(); // one list per combination of reasons
        var outsideGoal = goal is null ? string.Empty
            : string.Create(CultureInfo.InvariantCulture, $"outside the segments of \"{goal.Title}\" (not in its target functions or companies)");
        int colleagues = 0, keepers = 0;
        for (var i = 0; i < connections.Count; i++)
        {
            var c = connections[i];
            if (c.Relationship != Relationship.None)
            {
                colleagues++;
                continue;
            }

            if (keep.Protects(c))
            {
                keepers++;
                continue;
            }

            // Reasons are added heaviest first (3, 3, 2, 1, 1), which is the order they are shown in.
            reasons.Clear();
            if (duplicates.Contains(i))
            {
                reasons.Add((3, "duplicate of another connection (same person twice)"));
            }

            if (c.Connection.IsHidden)
            {
                reasons.Add((3, "hidden or closed profile: nothing is known about this connection"));
            }

            if (lastContact is not null && !c.Connection.IsHidden)
            {
                var last = lastContact[i];
                if (c.Connection.ConnectedOn <= longAgo && (last is null || last.Value < dormantSince))
                {
                    ref var dormant = ref CollectionsMarshal.GetValueRefOrAddDefault(dormantReasons, c.Connection.ConnectedOn, out _);
                    dormant ??= string.Create(CultureInfo.InvariantCulture, $"connected {c.Connection.ConnectedOn:yyyy-MM-dd} and no message in the last two years");
                    reasons.Add((2, dormant));
                }

                if (last is null)
                {
                    reasons.Add((1, "never messaged"));
                }
            }

            if (!c.Connection.IsHidden && OutsideGoal(c, goal, targetFunctions, targetCompanies, outsideGoal) is { } outside)
            {
                reasons.Add((1, outside));
            }

            var score = 0;
            foreach (var reason in reasons)
            {
                score += reason.Weight;
            }

            if (score >= MinimumScore)
            {
                candidates.Add((new PruneCandidate(c, score, Shared(reasonLists, reasons)), c.Connection.ConnectedOn));
            }
        }

        return new PruneResult(
            Ordered(candidates),
            connections.Count,
            colleagues,
            keepers,
            lastContact is not null);
    }

    /// <summary>
    /// Highest score first, then longest connected, then in the connections' order: sorted as one number per candidate
    /// (score, day, place), as half a million candidates at team scale sort several times faster that way than by keys.
    /// </summary>
    private static ImmutableArray<PruneCandidate> Ordered(List<(PruneCandidate Candidate, DateOnly Since)> candidates)
    {
        // A score is at most MaxScore and a day number below 2^22 (DateOnly.MaxValue's is 3,652,058), so MaxScore minus
        // the score takes bits 54 and up, the day bits 32 to 53 and the place the low 32.
        var order = new ulong[candidates.Count];
        for (var i = 0; i < order.Length; i++)
        {
            var (candidate, since) = candidates[i];
            order[i] = ((ulong)(MaxScore - candidate.Score) << 54) | ((ulong)since.DayNumber << 32) | (uint)i;
        }

        NumberSort.Sort(order);
        var ordered = new PruneCandidate[order.Length];
        for (var i = 0; i < order.Length; i++)
        {
            ordered[i] = candidates[(int)(uint)order[i]].Candidate;
        }

        return ImmutableCollectionsMarshal.AsImmutableArray(ordered);
    }

    /// <summary>
    /// The reasons as a list shared by every candidate with the same reasons: a million connections have few distinct
    /// combinations (the texts themselves are shared already, so equal texts are the same instance).
    /// </summary>
    private static ImmutableArray<string> Shared(Dictionary<ReasonKey, ImmutableArray<string>> lists, List<(int Weight, string Text)> reasons)
    {
        var key = new ReasonKey(
            reasons.Count > 0 ? reasons[0].Text : null,
            reasons.Count > 1 ? reasons[1].Text : null,
            reasons.Count > 2 ? reasons[2].Text : null,
            reasons.Count > 3 ? reasons[3].Text : null,
            reasons.Count > 4 ? reasons[4].Text : null);
        ref var list = ref CollectionsMarshal.GetValueRefOrAddDefault(lists, key, out var exists);
        if (!exists)
        {
            list = [.. reasons.Select(r => r.Text)];
        }

        return list;
    }

    /// <summary>Up to five reason texts, compared by reference: each text is made once per analysis.</summary>
    private readonly record struct ReasonKey(string? A, string? B, string? C, string? D, string? E) : IEquatable<ReasonKey>
    {
        public bool Equals(ReasonKey other) =>
            ReferenceEquals(A, other.A) && ReferenceEquals(B, other.B) && ReferenceEquals(C, other.C) &&
            ReferenceEquals(D, other.D) && ReferenceEquals(E, other.E);

        public override int GetHashCode() =>
            HashCode.Combine(RuntimeHelpers.GetHashCode(A), RuntimeHelpers.GetHashCode(B), RuntimeHelpers.GetHashCode(C),
                RuntimeHelpers.GetHashCode(D), RuntimeHelpers.GetHashCode(E));
    }

    /// <summary>Ranks prune candidates using the last contact of each connection from an engagement analysis.</summary>
    /// <param name="connections">Classified connections, in the order <paramref name="engagement"/> was computed for.</param>
    /// <param name="engagement">Engagement of the same connections; without messages the message-based reasons are not used.</param>
    /// <param name="goal">The goal whose segments matter, or null.</param>
    /// <param name="keep">Who must never be proposed.</param>
    /// <param name="companies">Normaliser for the goal's target companies.</param>
    /// <param name="asOf">The date the analysis is as of.</param>
    /// <returns>The ranked candidates.</returns>
    public static PruneResult RankWithEngagement(
        IReadOnlyList<ClassifiedConnection> connections, EngagementResult engagement, Goal? goal, KeepList keep, CompanyNormalizer companies, DateOnly asOf)
    {
        ArgumentNullException.ThrowIfNull(engagement);
        return Rank(connections, LastContacts(engagement), goal, keep, companies, asOf);
    }

    /// <summary>Each contact's last contact, read from the contacts as asked (no list of a million dates is made).</summary>
    private static LastContactList? LastContacts(EngagementResult engagement) =>
        engagement.HasMessages ? new LastContactList(engagement.Contacts) : null;

    private static string? OutsideGoal(ClassifiedConnection c, Goal? goal, HashSet<JobFunction> functions, HashSet<string> companies, string outsideGoal)
    {
        // Founders, presidents, managing directors: a rank without a function still says who they are, and a goal that
        // asks for decision-makers wants exactly them.
        if (Vocabulary.IsDecisionMaker(c.Title.Seniority) && (c.Title.Function == JobFunction.Unknown || goal?.Targets.MinDecisionMakerShare is not null))
        {
            return null;
        }

        if (functions.Count > 0 || companies.Count > 0)
        {
            var inside = functions.Contains(c.Title.Function) || (c.Company.Key.Length > 0 && companies.Contains(c.Company.Key));
            return inside ? null : outsideGoal;
        }

        return c.Title.Function == JobFunction.Unknown ? "title names no job function" : null;
    }

    /// <summary>Characters of the stack buffers for a name-at-company key.</summary>
    private const int NameKeyBuffer = 512;

    /// <summary>Indexes of rows that repeat an earlier row's person (same profile URL, or same name and company); the first stays.</summary>
    internal static HashSet<int> Duplicates(IReadOnlyList<ClassifiedConnection> connections)
    {
        // Keys are built on the stack and only their hashes are kept (see TextHash), so a million connections cost
        // arrays of numbers rather than two million strings; repeats are then found by sorting (see AddRepeats).
        var count = connections.Count;
        var urlKeys = new UInt128[count];
        var nameKeys = new UInt128[count];
        var keyed = new Keyed[count];
        Span<char> url = stackalloc char[256];
        Span<char> key = stackalloc char[NameKeyBuffer];
        Span<char> lower = stackalloc char[NameKeyBuffer];
        for (var i = 0; i < count; i++)
        {
            var c = connections[i];
            if (c.Connection.IsHidden)
            {
                continue;
            }

            var normalized = NetworkAdvisor.Model.ProfileUrl.NormalizeInto(c.Connection.ProfileUrl, url);
            if (normalized.Length > 0)
            {
                urlKeys[i] = TextHash.Of(normalized);
                keyed[i] |= Keyed.Url;
            }

            if (c.Company.Key.Length > 0 && NameAtCompany(c, key, lower) is { } name)
            {
                nameKeys[i] = name;
                keyed[i] |= Keyed.Name;
            }
        }

        var duplicates = new HashSet<int>();
        var work = new ulong[count];
        AddRepeats(urlKeys, keyed, Keyed.Url, work, duplicates);
        AddRepeats(nameKeys, keyed, Keyed.Name, work, duplicates);
        return duplicates;
    }

    /// <summary>
    /// Adds to <paramref name="repeats"/> every row that has a <paramref name="kind"/> key an earlier row has. Each
    /// keyed row becomes one number, its key's top bits above its index, and the numbers are sorted (no set of a
    /// million keys): rows whose keys start alike end up side by side in row order, and are then compared by whole key.
    /// <paramref name="work"/> is an array of one element per row.
    /// </summary>
    internal static void AddRepeats(UInt128[] keys, Keyed[] keyed, Keyed kind, ulong[] work, HashSet<int> repeats)
    {
        var rowBits = Math.Max(1, 64 - BitOperations.LeadingZeroCount((ulong)keys.Length));
        var rowMask = (1UL << rowBits) - 1;
        var n = 0;
        for (var i = 0; i < keys.Length; i++)
        {
            if ((keyed[i] & kind) != 0)
            {
                work[n++] = ((ulong)(keys[i] >> 64) & ~rowMask) | (uint)i;
            }
        }

        var sorted = work.AsSpan(0, n);
        NumberSort.Sort(sorted);
        var seen = new List<UInt128>();
        for (var start = 0; start < n;)
        {
            var end = start + 1;
            while (end < n && (sorted[end] & ~rowMask) == (sorted[start] & ~rowMask))
            {
                end++;
            }

            if (end - start > 1)
            {
                // Keys that start alike, in row order: a row whose whole key was met before repeats it (the first stays).
                seen.Clear();
                foreach (var number in sorted[start..end])
                {
                    var row = (int)(number & rowMask);
                    if (seen.Contains(keys[row]))
                    {
                        repeats.Add(row);
                    }
                    else
                    {
                        seen.Add(keys[row]);
                    }
                }
            }

            start = end;
        }
    }

    /// <summary>
    /// The hash of the connection's lower-case full name at its company, or null when the connection has no name. The
    /// key is the company key's length, the company key and the name, so no two different pairs share a key.
    /// <paramref name="keyBuffer"/> and <paramref name="lowerBuffer"/> are buffers of <see cref="NameKeyBuffer"/>
    /// characters, made once by the caller (a stack buffer made here would be cleared on every call); longer keys get their own.
    /// </summary>
    private static UInt128? NameAtCompany(ClassifiedConnection c, Span<char> keyBuffer, Span<char> lowerBuffer)
    {
        var (first, last, company) = (c.Connection.FirstName, c.Connection.LastName, c.Company.Key);
        var length = 1 + company.Length + first.Length + 1 + last.Length;
        var buffer = length <= keyBuffer.Length && company.Length < char.MaxValue ? keyBuffer : new char[length];
        var raw = buffer[(1 + company.Length)..];
        first.CopyTo(raw);
        raw[first.Length] = ' ';
        last.CopyTo(raw[(first.Length + 1)..]);

        // The same text as Connection.FullName (first and last name joined by a space, trimmed), lower-cased.
        var name = raw[..(first.Length + 1 + last.Length)].Trim();
        if (name.IsEmpty)
        {
            return null;
        }

        var key = buffer[..(1 + company.Length + name.Length)];
        var lower = name.Length <= lowerBuffer.Length ? lowerBuffer : new char[name.Length];
        name.ToLowerInvariant(lower);
        lower[..name.Length].CopyTo(key[(1 + company.Length)..]);
        key[0] = (char)company.Length;
        company.CopyTo(key[1..]);
        return TextHash.Of(key);
    }

    /// <summary>Which keys a connection has.</summary>
    [Flags]
    internal enum Keyed : byte
    {
        None = 0,
        Url = 1,
        Name = 2,
    }

    /// <summary>The last contact of each of <paramref name="contacts"/>, in their order.</summary>
    private sealed class LastContactList(ImmutableArray<EngagementContact> contacts) : IReadOnlyList<DateTime?>
    {
        public int Count => contacts.Length;

        public DateTime? this[int index] => contacts[index].LastContact;

        public IEnumerator<DateTime?> GetEnumerator() => contacts.Select(c => c.LastContact).GetEnumerator();

        System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();
    }
}
