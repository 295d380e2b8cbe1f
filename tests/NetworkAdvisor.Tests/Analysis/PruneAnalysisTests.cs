using NetworkAdvisor.Analysis;
using NetworkAdvisor.Classification;
using NetworkAdvisor.Goals;
using NetworkAdvisor.Model;
using static NetworkAdvisor.Tests.Analysis.AnalysisFixtures;

namespace NetworkAdvisor.Tests.Analysis;

public sealed class PruneAnalysisTests
{
    private static readonly DateOnly AsOf = new(2026, 11, 1);

    private static readonly Position[] Career = [new("Engines", "CTO", "", "", new DateOnly(2020, 1, 1), null)];

    private static Connection P(string name, string url, string company, string title, string date) =>
        new(name, "X", url, "", company, title, DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture));

    // 0 colleague (never proposed), 1 old and silent engineer, 2 recent silent engineer, 3 old engineer messaged last year,
    // 4 hidden, 5 duplicate of 6 (same URL), 6 original, 7 keeper by tag, 8 "Open to work" never messaged, 9 on keep list
    private static readonly Connection[] People =
    [
        P("Col", "u0", "Engines Ltd", "Software Engineer", "2015-01-01"),
        P("Old", "u1", "Acme", "Software Engineer", "2020-01-01"),
        P("New", "u2", "Acme", "Software Engineer", "2026-06-01"),
        P("Friend", "u3", "Beta", "Software Engineer", "2018-01-01"),
        Hidden("2019-01-01"),
        P("Dup", "https://www.linkedin.com/in/dup", "Gamma", "Designer", "2021-01-01"),
        P("Dup", "linkedin.com/in/dup/", "Gamma", "Designer", "2022-01-01"),
        P("Keeper", "u7", "Delta", "Software Engineer", "2016-01-01"),
        P("Vague", "u8", "Zeta", "Open to work", "2025-01-01"),
        P("Listed", "https://www.linkedin.com/in/listed", "Eta", "Software Engineer", "2016-01-01"),
    ];

    private static readonly DateTime?[] LastContact =
        [null, null, null, new DateTime(2025, 12, 1), null, new DateTime(2026, 1, 1), new DateTime(2026, 1, 1), null, null, null];

    private static IReadOnlyList<ClassifiedConnection> Network() =>
        Classify(People, Career, TagRules.FromUrlCsv("u7,keep\n", "tags.csv"));

    [Fact]
    public void Ranks_candidates_with_every_reason_and_protects_colleagues_and_keepers()
    {
        var keep = KeepList.Parse("# never\nhttps://www.linkedin.com/in/listed/\n");

        var result = PruneAnalysis.Rank(Network(), LastContact, null, keep, CompanyNormalizer.Default, AsOf);

        Assert.Equal(
            [("", 3), ("Old X", 3), ("Dup X", 3), ("Vague X", 2)],
            result.Candidates.Select(c => (c.Connection.Connection.FullName, c.Score)).ToArray());
        Assert.Equal(
            ["connected 2020-01-01 and no message in the last two years", "never messaged"],
            result.Candidates[1].Reasons.ToArray());
        Assert.Equal(["title names no job function", "never messaged"], result.Candidates[3].Reasons.OrderBy(r => r, StringComparer.Ordinal).Reverse().ToArray());
        Assert.Equal((10, 1, 2, true), (result.Considered, result.ProtectedColleagues, result.ProtectedKeepers, result.MessagesAvailable));
        Assert.DoesNotContain(result.Candidates, c => c.Connection.Connection.FullName is "New X" or "Friend X");
    }

    public static TheoryData<string, string, string, string, string, string, bool> NamePairs => new()
    {
        // first, last and company of the earlier connection, then of the later one; is the later one a duplicate?
        { "Ada", "Lovelace", "Acme", "ADA", "lovelace", "Acme Ltd", true },
        { "  Ada", "Lovelace", "Acme", "Ada", "Lovelace ", "Acme", true },
        { "Ada", "Lovelace", "Acme", "Ada", "Lovelace", "Beta", false },
        { "Ada ", "Lovelace", "Acme", "Ada", "Lovelace", "Acme", false },
        { "", "", "Acme", "", "", "Acme", false },
        { "Ada", "Lovelace", "", "Ada", "Lovelace", "", false },
        { "Ilkay", "Öz", "Acme", "ilkay", "ÖZ", "Acme", true },
        { "Ab", "C", "Acme", "A", "BC", "Acme", false },
        // Keys longer than the stack buffers.
        { new string('a', 300), "Lovelace", "Acme", new string('A', 300), "LOVELACE", "Acme", true },
        { new string('a', 300), "Lovelace", "Acme", new string('a', 299) + "b", "Lovelace", "Acme", false },
    };

    [Theory]
    [MemberData(nameof(NamePairs))]
    public void The_same_name_at_the_same_company_is_a_duplicate_whatever_the_case_and_outer_spaces(
        string first1, string last1, string company1, string first2, string last2, string company2, bool duplicate)
    {
        Connection Person(string first, string last, string company, string url) =>
            new(first, last, url, "", company, "Software Engineer", new DateOnly(2026, 1, 1));
        var network = Classify([Person(first1, last1, company1, "u1"), Person(first2, last2, company2, "u2")], [], TagRules.None);

        var result = PruneAnalysis.Rank(network, null, null, KeepList.Default, CompanyNormalizer.Default, AsOf);

        Assert.Equal(duplicate, result.Candidates.Any(c => c.Reasons.Contains("duplicate of another connection (same person twice)")));
    }

    [Fact]
    public void Without_messages_only_structural_reasons_count()
    {
        var result = PruneAnalysis.Rank(Network(), null, null, KeepList.Default, CompanyNormalizer.Default, AsOf);

        Assert.False(result.MessagesAvailable);
        Assert.Equal(["", "Dup X"], result.Candidates.Select(c => c.Connection.Connection.FullName).ToArray());
    }

    [Fact]
    public void A_goal_marks_connections_outside_its_segments()
    {
        var goal = new Goal("g", "Hire designers", 1, 10, new GoalTargets(TargetFunctions: [JobFunction.ArtsAndDesign]), []);

        var result = PruneAnalysis.Rank(Network(), LastContact, goal, KeepList.Default, CompanyNormalizer.Default, AsOf);

        var newcomer = Assert.Single(result.Candidates, c => c.Connection.Connection.FullName == "New X");
        Assert.Equal(2, newcomer.Score);
        Assert.Contains("outside the segments of \"Hire designers\" (not in its target functions or companies)", newcomer.Reasons);
    }

    [Theory]
    [InlineData("Founder", null, false)]
    [InlineData("Managing Director", null, false)]
    [InlineData("Founder", "sales", false)]
    [InlineData("Open to work", null, true)]
    [InlineData("Head of Design", "designers", false)]
    [InlineData("Head of Design", "decision-makers", false)]
    [InlineData("Software Engineer", "designers", true)]
    public void Decision_makers_are_never_outside_a_goal_that_wants_them_nor_penalised_for_a_title_without_function(string title, string? goalKind, bool outside)
    {
        var goal = goalKind switch
        {
            "sales" => new Goal("s", "Sell", 1, 10, new GoalTargets(MinDecisionMakerShare: 0.2), []),
            "designers" => new Goal("d", "Hire designers", 1, 10, new GoalTargets(TargetFunctions: [JobFunction.ArtsAndDesign]), []),
            "decision-makers" => new Goal("m", "Reach buyers", 1, 10, new GoalTargets(MinDecisionMakerShare: 0.2, TargetFunctions: [JobFunction.Sales]), []),
            _ => null,
        };
        var person = Classify([P("Boss", "https://www.linkedin.com/in/boss", "Omega", title, "2025-06-01")], [], TagRules.None);

        var result = PruneAnalysis.Rank(person, [null], goal, KeepList.Default, CompanyNormalizer.Default, AsOf);

        // Connected recently and never messaged scores 1; the goal reason makes 2, a candidate.
        Assert.Equal(outside, result.Candidates.SelectMany(c => c.Reasons).Any(r => r.StartsWith("outside the segments", StringComparison.Ordinal) || r == "title names no job function"));
    }

    [Fact]
    public void Empty_network_has_no_candidates()
    {
        var result = PruneAnalysis.Rank([], [], null, KeepList.Default, CompanyNormalizer.Default, AsOf);

        Assert.Empty(result.Candidates);
        Assert.Equal(0, result.Considered);
    }

    [Fact]
    public void Last_contact_must_line_up_with_connections()
    {
        Assert.Throws<ArgumentException>(() => PruneAnalysis.Rank(Network(), [null], null, KeepList.Default, CompanyNormalizer.Default, AsOf));
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Candidates_come_highest_score_first_then_longest_connected_then_in_the_connections_order(bool withGoal)
    {
        // A generated network, plus the same connections dated on the first and last days a DateOnly holds.
        var bundle = NetworkAdvisor.Samples.SampleExportGenerator.Generate(new NetworkAdvisor.Samples.SampleOptions(1_200, 6, AsOf));
        var extremes = bundle.Connections.Take(40).Select((c, i) => c with { ConnectedOn = i % 2 == 0 ? DateOnly.MinValue : DateOnly.MaxValue });
        var network = Classify([.. bundle.Connections, .. extremes, .. extremes], bundle.Positions);
        var lastContact = network.Select((_, i) => i % 5 == 0 ? new DateTime(2026, 1, 1) : (DateTime?)null).ToList();
        var goal = withGoal ? new Goal("g", "Hire designers", 1, 10, new GoalTargets(TargetFunctions: [JobFunction.ArtsAndDesign]), []) : null;

        var result = PruneAnalysis.Rank(network, lastContact, goal, KeepList.Default, CompanyNormalizer.Default, AsOf);

        var place = network.Select((c, i) => (c, i)).ToDictionary(p => (object)p.c, p => p.i, ReferenceEqualityComparer.Instance);
        var expected = result.Candidates
            .OrderByDescending(c => c.Score).ThenBy(c => c.Connection.Connection.ConnectedOn).ThenBy(c => place[c.Connection]).ToList();
        Assert.True(result.Candidates.Length > 500, $"only {result.Candidates.Length} candidates");
        Assert.Equal(expected.Select(c => place[c.Connection]), result.Candidates.Select(c => place[c.Connection]));
        Assert.Contains(result.Candidates, c => c.Connection.Connection.ConnectedOn == DateOnly.MaxValue);
        Assert.True(result.Candidates.Select(c => c.Score).Distinct().Count() > 1);
    }
    public static TheoryData<string, ulong[]> RepeatKeys => new()
    {
        // Keys as (high, low) pairs, written high0, low0, high1, low1, ...; a 0, 0 pair is a row without a key.
        { "no repeats", [1, 1, 2, 2, 3, 3] },
        { "a repeat later", [5, 9, 1, 1, 5, 9] },
        { "same high bits, other low bits", [7, 1, 7, 2, 7, 1, 7, 2, 7, 3] },
        { "one key many times", [4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4] },
        { "rows without a key never repeat", [0, 0, 0, 0, 6, 6, 0, 0, 6, 6] },
        { "high bits sorted against row order", [9, 1, 8, 1, 9, 1, 8, 2, 1, 1, 8, 1, 9, 2] },
        { "extremes", [ulong.MaxValue, ulong.MaxValue, 0, 1, ulong.MaxValue, 0, 0, 1, ulong.MaxValue, ulong.MaxValue] },
        { "same top bits, other low high bits", [0xFFFF_0000_0000_0001, 5, 0xFFFF_0000_0000_0002, 5, 0xFFFF_0000_0000_0001, 5, 0xFFFF_0000_0000_0003, 5] },
    };

    [Theory]
    [MemberData(nameof(RepeatKeys))]
    public void A_row_repeats_when_an_earlier_row_has_its_whole_key(string because, ulong[] pairs)
    {
        var keys = Enumerable.Range(0, pairs.Length / 2).Select(i => new UInt128(pairs[2 * i], pairs[(2 * i) + 1])).ToArray();
        var keyed = keys.Select(k => k == UInt128.Zero ? PruneAnalysis.Keyed.None : PruneAnalysis.Keyed.Name).ToArray();
        var expected = new HashSet<int>();
        var seen = new HashSet<UInt128>();
        for (var i = 0; i < keys.Length; i++)
        {
            if (keyed[i] != PruneAnalysis.Keyed.None && !seen.Add(keys[i]))
            {
                expected.Add(i);
            }
        }

        var repeats = new HashSet<int>();
        PruneAnalysis.AddRepeats(keys, keyed, PruneAnalysis.Keyed.Name, new ulong[keys.Length], repeats);

        Assert.True(expected.SetEquals(repeats), $"{because}: expected [{string.Join(", ", expected.Order())}], got [{string.Join(", ", repeats.Order())}]");
    }

    [Fact]
    public void Duplicates_are_the_rows_whose_profile_url_or_name_at_company_an_earlier_row_has()
    {
        // A generated network with people repeated: the same URL written another way, the same name at the same
        // company in other capitals, and hidden profiles (which never count).
        var bundle = NetworkAdvisor.Samples.SampleExportGenerator.Generate(new NetworkAdvisor.Samples.SampleOptions(3_000, 11, AsOf));
        var people = bundle.Connections;
        var repeated = people.Where((_, i) => i % 37 == 0).Select(c => c with { ProfileUrl = c.ProfileUrl.ToUpperInvariant() + "/", Company = c.Company + " " })
            .Concat(people.Where((_, i) => i % 53 == 0).Select(c => c with { ProfileUrl = "", FirstName = " " + c.FirstName.ToUpperInvariant() }))
            .Concat(people.Where((_, i) => i % 71 == 0).Select(c => c with { FirstName = "", LastName = "", ProfileUrl = "" }));
        var network = Classify([.. people, .. repeated, .. people.Take(20)], bundle.Positions);

        var duplicates = PruneAnalysis.Duplicates(network);

        var urls = new HashSet<string>(StringComparer.Ordinal);
        var names = new HashSet<string>(StringComparer.Ordinal);
        var expected = new HashSet<int>();
        for (var i = 0; i < network.Count; i++)
        {
            var c = network[i];
            if (c.Connection.IsHidden)
            {
                continue;
            }

            var url = ProfileUrl.Normalize(c.Connection.ProfileUrl);
            var name = c.Connection.FullName.ToLowerInvariant();
            var seenUrl = url.Length > 0 && !urls.Add(url);
            var seenName = c.Company.Key.Length > 0 && name.Length > 0 && !names.Add(c.Company.Key + "\n" + name);
            if (seenUrl || seenName)
            {
                expected.Add(i);
            }
        }

        Assert.True(expected.Count > 150, $"only {expected.Count} duplicates");
        Assert.True(expected.SetEquals(duplicates), $"{expected.Except(duplicates).Count()} missed, {duplicates.Except(expected).Count()} too many");
    }
}
