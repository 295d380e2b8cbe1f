using System.Globalization;
using NetworkAdvisor.Analysis;
using NetworkAdvisor.Classification;
using NetworkAdvisor.Model;
using static NetworkAdvisor.Tests.Analysis.AnalysisFixtures;

namespace NetworkAdvisor.Tests.Analysis;

/// <summary>
/// <see cref="ExportDiffAnalysis.Compare"/> pairs people as a plain reading of its rules does (<see cref="Reference"/>:
/// strings, groupings and queues, as it was written before it kept hashes of keys): on generated exports full of
/// repeated and ambiguous names, URL and name spellings, white space and case, the same rows are added, removed,
/// changed and unchanged, in the same order.
/// </summary>
public sealed class ExportDiffMatchingTests
{
    private static readonly string[] FirstNames = ["Ada", "ada", " Ada", "Ada\u00a0Mae", "Ada  Mae", "AdaMae", "İlker", "ilker", "Sam", "", "  "];
    private static readonly string[] LastNames = ["Lovelace", "LOVELACE ", "Lee", "lee", "Mae Lee", "\tLee", "", "Öztürk"];
    private static readonly string[] Urls =
    [
        "", " ", "https://www.linkedin.com/in/ada", "linkedin.com/in/ADA/", "http://linkedin.com/in/ada?trk=x", "https://www.linkedin.com/in/sam",
        "https://www.linkedin.com/in/sam/", "https://www.linkedin.com/in/ilker", "https://", "www.linkedin.com/in/Lee#about",
    ];

    private static readonly string[] Companies = ["Acme", "Acme Ltd", "Beta", ""];
    private static readonly string[] Positions = ["Engineer", "engineer ", "Senior  Engineer", "Sales Manager", ""];
    private static readonly DateOnly[] Dates = [new(2019, 1, 1), new(2020, 2, 29), new(2024, 6, 30)];

    public static TheoryData<int, int, int> Exports => new()
    {
        { 1, 0, 12 },
        { 2, 12, 0 },
        { 3, 5, 5 },
        { 4, 40, 40 },
        { 5, 60, 90 },
        { 6, 200, 150 },
        { 7, 400, 400 },
        { 8, 25, 300 },
    };

    [Theory]
    [MemberData(nameof(Exports))]
    public void Pairs_people_as_the_rules_read(int seed, int olderRows, int newerRows)
    {
        var random = new Random(seed);
        var older = Classify(Generate(random, olderRows));
        var newer = Classify(Generate(random, newerRows));

        var diff = ExportDiffAnalysis.Compare(older, newer);
        var expected = Reference(older, newer);

        Assert.Equal(expected.Added, diff.Added);
        Assert.Equal(expected.Removed, diff.Removed);
        Assert.Equal(expected.Changed, diff.Changed);
        Assert.Equal(expected.Unchanged, diff.Unchanged);
    }

    [Fact]
    public void The_generated_exports_pair_by_every_rule()
    {
        // Guards the table above: its exports must exercise each way of pairing, and leave people unpaired on both sides.
        var diffs = Exports.Select(row => (int[])[(int)row[0], (int)row[1], (int)row[2]])
            .Select(row => (Random: new Random(row[0]), Row: row))
            .Select(x => ExportDiffAnalysis.Compare(Classify(Generate(x.Random, x.Row[1])), Classify(Generate(x.Random, x.Row[2]))))
            .ToList();

        Assert.Contains(diffs, d => d.Changed.Any(c => c.MatchedBy == "url"));
        Assert.Contains(diffs, d => d.Changed.Any(c => c.MatchedBy == "name"));
        Assert.Contains(diffs, d => d.Unchanged > 0);
        Assert.Contains(diffs, d => d.Added.Length > 0 && d.Removed.Length > 0);
        Assert.Contains(diffs, d => d.HiddenBefore > 0);
    }

    private static Connection[] Generate(Random random, int rows) =>
        [.. Enumerable.Range(0, rows).Select(_ => random.Next(20) == 0
            ? Hidden()
            : new Connection(
                Pick(random, FirstNames), Pick(random, LastNames), Pick(random, Urls), string.Empty, Pick(random, Companies), Pick(random, Positions),
                Pick(random, Dates)))];

    private static T Pick<T>(Random random, T[] values) => values[random.Next(values.Length)];

    /// <summary>The matching rules read plainly: URL (first unused older row), then unique name, then unique name and date.</summary>
    private static (List<Connection> Added, List<Connection> Removed, List<PersonChange> Changed, int Unchanged) Reference(
        IReadOnlyList<ClassifiedConnection> older, IReadOnlyList<ClassifiedConnection> newer)
    {
        var oldPeople = older.Where(c => !c.Connection.IsHidden).ToList();
        var newPeople = newer.Where(c => !c.Connection.IsHidden).ToList();
        var pairs = new List<(ClassifiedConnection Old, ClassifiedConnection New, string By)>();
        var unmatchedNew = new List<ClassifiedConnection>();
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

        var unmatchedOld = oldPeople.Where(c => !usedOld.Contains(c)).ToList();
        MatchBy(unmatchedOld, unmatchedNew, pairs, c => NameKey(c.Connection));
        MatchBy(unmatchedOld, unmatchedNew, pairs, c => NameKey(c.Connection) + "|" + c.Connection.ConnectedOn.ToString("O", CultureInfo.InvariantCulture));
        var changed = new List<PersonChange>();
        foreach (var (before, after, by) in pairs)
        {
            var companyChanged = before.Company.Key != after.Company.Key;
            var positionChanged = !string.Equals(Squash(before.Connection.Position), Squash(after.Connection.Position), StringComparison.OrdinalIgnoreCase);
            if (companyChanged || positionChanged)
            {
                changed.Add(new PersonChange(before.Connection, after.Connection, companyChanged, positionChanged, by));
            }
        }

        return ([.. unmatchedNew.Select(c => c.Connection)], [.. unmatchedOld.Select(c => c.Connection)], changed, pairs.Count - changed.Count);
    }

    private static void MatchBy(
        List<ClassifiedConnection> olds, List<ClassifiedConnection> news, List<(ClassifiedConnection, ClassifiedConnection, string)> pairs,
        Func<ClassifiedConnection, string> key)
    {
        var oldGroups = olds.Where(c => NameKey(c.Connection).Length > 0).GroupBy(key, StringComparer.Ordinal).Where(g => g.Count() == 1)
            .ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        var newGroups = news.Where(c => NameKey(c.Connection).Length > 0).GroupBy(key, StringComparer.Ordinal).Where(g => g.Count() == 1)
            .ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        var matched = new HashSet<ClassifiedConnection>(ReferenceEqualityComparer.Instance);
        foreach (var (k, newPerson) in newGroups)
        {
            if (oldGroups.TryGetValue(k, out var oldPerson))
            {
                pairs.Add((oldPerson, newPerson, "name"));
                matched.Add(oldPerson);
                matched.Add(newPerson);
            }
        }

        olds.RemoveAll(matched.Contains);
        news.RemoveAll(matched.Contains);
    }

    private static string NameKey(Connection c) => Squash(c.FullName).ToLowerInvariant();

    private static string Squash(string text) => string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
