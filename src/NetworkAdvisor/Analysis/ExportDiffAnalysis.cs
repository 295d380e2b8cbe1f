using System.Collections.Immutable;
using System.Globalization;
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
        var pairs = new List<(ClassifiedConnection Old, ClassifiedConnection New, string By)>();
        var unmatchedOld = new List<ClassifiedConnection>();
        var unmatchedNew = new List<ClassifiedConnection>();

        // 1. Profile URL.
        var oldByUrl = oldPeople.Where(c => c.Connection.ProfileUrl.Length > 0)
            .GroupBy(c => ProfileUrl.Normalize(c.Connection.ProfileUrl), StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => new Queue<ClassifiedConnection>(g), StringComparer.Ordinal);
        var usedOld = new HashSet<ClassifiedConnection>(ReferenceEqualityComparer.Instance);
        foreach (var person in newPeople)
        {
            var url = ProfileUrl.Normalize(person.Connection.ProfileUrl);
            if (url.Length > 0 && oldByUrl.TryGetValue(url, out var queue) && queue.Count > 0)
            {
                var match = queue.Dequeue();
                usedOld.Add(match);
                pairs.Add((match, person, "url"));
            }
            else
            {
                unmatchedNew.Add(person);
            }
        }

        unmatchedOld.AddRange(oldPeople.Where(c => !usedOld.Contains(c)));

        // 2. Unique full name, then 3. name and connection date, among the rows left.
        MatchBy(unmatchedOld, unmatchedNew, pairs, c => NameKey(c.Connection), "name");
        MatchBy(unmatchedOld, unmatchedNew, pairs, c => NameKey(c.Connection) + "|" + c.Connection.ConnectedOn.ToString("O", CultureInfo.InvariantCulture), "name");

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
            [.. unmatchedNew.Select(c => c.Connection)],
            [.. unmatchedOld.Select(c => c.Connection)],
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

    private static void MatchBy(
        List<ClassifiedConnection> olds, List<ClassifiedConnection> news, List<(ClassifiedConnection, ClassifiedConnection, string)> pairs,
        Func<ClassifiedConnection, string> key, string by)
    {
        var oldGroups = olds.Where(c => NameKey(c.Connection).Length > 0).GroupBy(key, StringComparer.Ordinal).Where(g => g.Count() == 1).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        var newGroups = news.Where(c => NameKey(c.Connection).Length > 0).GroupBy(key, StringComparer.Ordinal).Where(g => g.Count() == 1).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);

        // The matched are taken out of both lists in one pass each at the end: removing them one by one made matching
        // quadratic (a team's 1,000,000 connections against 30,000: most of a minute).
        var matchedOld = new HashSet<ClassifiedConnection>(ReferenceEqualityComparer.Instance);
        var matchedNew = new HashSet<ClassifiedConnection>(ReferenceEqualityComparer.Instance);
        foreach (var (k, newPerson) in newGroups)
        {
            if (oldGroups.TryGetValue(k, out var oldPerson))
            {
                pairs.Add((oldPerson, newPerson, by));
                matchedOld.Add(oldPerson);
                matchedNew.Add(newPerson);
            }
        }

        olds.RemoveAll(matchedOld.Contains);
        news.RemoveAll(matchedNew.Contains);
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

    private static string NameKey(Connection c) => Squash(c.FullName).ToLowerInvariant();

    private static string Squash(string text) => string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    [GeneratedRegex(@"_(\d{2}-\d{2}-\d{4})(?:\.zip)?$", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 100)]
    private static partial Regex ExportDatePattern();
}
