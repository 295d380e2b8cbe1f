using System.Collections.Immutable;
using System.Globalization;
using System.Runtime.InteropServices;
using System.Text.RegularExpressions;
using NetworkAdvisor.Classification;
using NetworkAdvisor.Model;

namespace NetworkAdvisor.Analysis;

/// <summary>
/// Compares two exports of the same person. A person is the same when the profile URLs match
/// (normalised); rows without a URL match (for example an older export from before the URL column)
/// fall back to the full name when it is unique on both sides, then to name and connection date.
/// Hidden-profile rows have no identity and are only counted.
/// </summary>
public static partial class ExportDiffAnalysis
{
    /// <summary>Compares two classified networks.</summary>
    /// <param name="older">The older export's classified connections.</param>
    /// <param name="newer">The newer export's classified connections.</param>
    /// <param name="oldDate">The older export's date, if known.</param>
    /// <param name="newDate">The newer export's date, if known.</param>
    /// <param name="dimension">The dimension for per-segment change.</param>
    /// <returns>The diff.</returns>
    public static ExportDiff Compare(
        IReadOnlyList<ClassifiedConnection> older,
        IReadOnlyList<ClassifiedConnection> newer,
        DateOnly? oldDate = null,
        DateOnly? newDate = null,
        SegmentDimension dimension = SegmentDimension.Function)
    {
        ArgumentNullException.ThrowIfNull(older);
        ArgumentNullException.ThrowIfNull(newer);
        var oldPeople = older.Where(c => !c.Connection.IsHidden).ToList();
        var newPeople = newer.Where(c => !c.Connection.IsHidden).ToList();
        var (oldKeys, newKeys) = (Keys(oldPeople), Keys(newPeople));
        var pairs = new List<(ClassifiedConnection Old, ClassifiedConnection New, string By)>();

        // 1. Profile URL: each newer row takes the first older row with its URL not taken yet.
        var (unmatchedOld, unmatchedNew) = MatchByUrl(oldKeys, newKeys, (o, n) => pairs.Add((oldPeople[o], newPeople[n], "url")));

        // 2. Unique full name, then 3. name and connection date, among the rows left.
        MatchBy(unmatchedOld, unmatchedNew, oldKeys, newKeys, k => k.Name, (o, n) => pairs.Add((oldPeople[o], newPeople[n], "name")));
        MatchBy(unmatchedOld, unmatchedNew, oldKeys, newKeys, k => (k.Name, k.ConnectedOn), (o, n) => pairs.Add((oldPeople[o], newPeople[n], "name")));

        var changed = new List<PersonChange>();
        var unchanged = 0;
        foreach (var (before, after, by) in pairs)
        {
            var companyChanged = before.Company.Key != after.Company.Key;
            var positionChanged = !string.Equals(Squash(before.Connection.Position), Squash(after.Connection.Position), StringComparison.OrdinalIgnoreCase);
            if (companyChanged || positionChanged)
            {
                changed.Add(new PersonChange(before.Connection, after.Connection, companyChanged, positionChanged, by));
            }
            else
            {
                unchanged++;
            }
        }

        return new ExportDiff(
            oldDate,
            newDate,
            older.Count,
            newer.Count,
            [.. unmatchedNew.Select(n => newPeople[n].Connection)],
            [.. unmatchedOld.Select(o => oldPeople[o].Connection)],
            [.. changed],
            unchanged,
            older.Count - oldPeople.Count,
            newer.Count - newPeople.Count,
            dimension,
            SegmentChanges(older, newer, dimension));
    }

    /// <summary>
    /// The export date LinkedIn puts in archive names (<c>Basic_LinkedInDataExport_11-26-2026.zip</c>,
    /// month-day-year), or null when the name has none.
    /// </summary>
    /// <param name="path">A path to an export.</param>
    /// <returns>The date, or null.</returns>
    public static DateOnly? DateFromFileName(string path)
    {
        var match = ExportDatePattern().Match(Path.GetFileName(path.TrimEnd('/', '\\')));
        return match.Success && DateOnly.TryParseExact(match.Groups[1].Value, "MM-dd-yyyy", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? date
            : null;
    }

    /// <summary>
    /// Pairs rows by URL: each row of <paramref name="newer"/> with a URL takes the first row of <paramref name="older"/>
    /// with that URL not taken yet. Returns the rows of each side left unpaired, in order.
    /// </summary>
    private static (List<int> Older, List<int> Newer) MatchByUrl(PersonKey[] older, PersonKey[] newer, Action<int, int> pair)
    {
        // The older rows of each URL as a chain in row order: the first row, then next[row].
        var first = new Dictionary<UInt128, int>(older.Length);
        var next = new int[older.Length];
        for (var o = older.Length - 1; o >= 0; o--)
        {
            if (older[o].Url is { } url)
            {
                ref var head = ref CollectionsMarshal.GetValueRefOrAddDefault(first, url, out var exists);
                next[o] = exists ? head : -1;
                head = o;
            }
        }

        var taken = new bool[older.Length];
        var unmatchedNew = new List<int>();
        for (var n = 0; n < newer.Length; n++)
        {
            if (newer[n].Url is { } url && first.TryGetValue(url, out var o) && o >= 0)
            {
                first[url] = next[o];
                taken[o] = true;
                pair(o, n);
            }
            else
            {
                unmatchedNew.Add(n);
            }
        }

        return ([.. Enumerable.Range(0, older.Length).Where(o => !taken[o])], unmatchedNew);
    }

    /// <summary>
    /// Pairs the rows left whose <paramref name="key"/> (made only for rows with a name) is had by exactly one row on each
    /// side, in the newer rows' order, and takes the paired rows out of <paramref name="olds"/> and <paramref name="news"/>.
    /// </summary>
    private static void MatchBy<TKey>(
        List<int> olds, List<int> news, PersonKey[] oldKeys, PersonKey[] newKeys, Func<PersonKey, TKey> key, Action<int, int> pair)
        where TKey : notnull
    {
        var oldUnique = Unique(olds, oldKeys, key);
        var newUnique = Unique(news, newKeys, key);
        var matchedOld = new bool[oldKeys.Length];
        var matchedNew = new bool[newKeys.Length];
        foreach (var n in news)
        {
            if (newKeys[n].HasName && newUnique[key(newKeys[n])] == n && oldUnique.TryGetValue(key(newKeys[n]), out var o) && o >= 0)
            {
                pair(o, n);
                (matchedOld[o], matchedNew[n]) = (true, true);
            }
        }

        olds.RemoveAll(o => matchedOld[o]);
        news.RemoveAll(n => matchedNew[n]);
    }

    /// <summary>For each key of the named <paramref name="rows"/>: the one row that has it, or -1 when several do.</summary>
    private static Dictionary<TKey, int> Unique<TKey>(List<int> rows, PersonKey[] keys, Func<PersonKey, TKey> key)
        where TKey : notnull
    {
        var unique = new Dictionary<TKey, int>(rows.Count);
        foreach (var row in rows)
        {
            if (keys[row].HasName)
            {
                ref var at = ref CollectionsMarshal.GetValueRefOrAddDefault(unique, key(keys[row]), out var exists);
                at = exists ? -1 : row;
            }
        }

        return unique;
    }

    /// <summary>
    /// Each row's keys as hashes (see <see cref="TextHash"/>), made once: a team's million rows would otherwise make a
    /// string per row for each step of matching.
    /// </summary>
    private static PersonKey[] Keys(List<ClassifiedConnection> people)
    {
        var keys = new PersonKey[people.Count];
        Span<char> url = stackalloc char[KeyBuffer];
        Span<char> words = stackalloc char[KeyBuffer];
        Span<char> lower = stackalloc char[KeyBuffer];
        for (var i = 0; i < keys.Length; i++)
        {
            var connection = people[i].Connection;
            var normalized = ProfileUrl.NormalizeInto(connection.ProfileUrl, url);
            var name = NameKey(connection, words, lower);
            keys[i] = new PersonKey(
                normalized.IsEmpty ? null : TextHash.Of(normalized), !name.IsEmpty, name.IsEmpty ? default : TextHash.Of(name), connection.ConnectedOn);
        }

        return keys;
    }

    /// <summary>
    /// The full name's words (split at white space) joined by one space and lower-cased (invariant), as
    /// <c>Squash(FullName).ToLowerInvariant()</c> without making strings: "  Ada   LOVELACE " gives "ada lovelace".
    /// </summary>
    private static ReadOnlySpan<char> NameKey(Connection connection, Span<char> wordsBuffer, Span<char> lowerBuffer)
    {
        var (first, last) = (connection.FirstName, connection.LastName);
        var most = first.Length + 1 + last.Length;
        var words = most <= wordsBuffer.Length ? wordsBuffer : new char[most];
        var length = AppendWords(last, words, AppendWords(first, words, 0));
        var lower = length <= lowerBuffer.Length ? lowerBuffer : new char[length];
        words[..length].ToLowerInvariant(lower);
        return lower[..length];
    }

    /// <summary>Appends the words of <paramref name="text"/> to <paramref name="to"/>[..<paramref name="at"/>], a space before each but a first.</summary>
    private static int AppendWords(ReadOnlySpan<char> text, Span<char> to, int at)
    {
        var i = 0;
        while (i < text.Length)
        {
            if (char.IsWhiteSpace(text[i]))
            {
                i++;
                continue;
            }

            var end = i;
            while (end < text.Length && !char.IsWhiteSpace(text[end]))
            {
                end++;
            }

            if (at > 0)
            {
                to[at++] = ' ';
            }

            text[i..end].CopyTo(to[at..]);
            at += end - i;
            i = end;
        }

        return at;
    }

    private static ImmutableArray<SegmentChange> SegmentChanges(IReadOnlyList<ClassifiedConnection> older, IReadOnlyList<ClassifiedConnection> newer, SegmentDimension dimension)
    {
        var before = SegmentAnalysis.Mix(older, dimension, int.MaxValue).All.ToDictionary(s => s.Name, StringComparer.Ordinal);
        var after = SegmentAnalysis.Mix(newer, dimension, int.MaxValue).All.ToDictionary(s => s.Name, StringComparer.Ordinal);
        return [.. before.Keys.Union(after.Keys, StringComparer.Ordinal)
            .Select(name => new SegmentChange(
                name,
                before.GetValueOrDefault(name)?.Count ?? 0,
                after.GetValueOrDefault(name)?.Count ?? 0,
                before.GetValueOrDefault(name)?.Share ?? 0,
                after.GetValueOrDefault(name)?.Share ?? 0))
            .OrderByDescending(s => Math.Abs(s.Delta))
            .ThenByDescending(s => s.After)
            .ThenBy(s => s.Segment, StringComparer.Ordinal)];
    }

    private static string Squash(string text) => string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    /// <summary>Characters of the stack buffers for a URL or a name.</summary>
    private const int KeyBuffer = 256;

    /// <summary>A row's URL (null without one) and name keys as hashes, and its connection date.</summary>
    private readonly record struct PersonKey(UInt128? Url, bool HasName, UInt128 Name, DateOnly ConnectedOn);

    [GeneratedRegex(@"_(\d{2}-\d{2}-\d{4})(?:\.zip)?$", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 100)]
    private static partial Regex ExportDatePattern();
}
