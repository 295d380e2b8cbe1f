using NetworkAdvisor.Analysis;
using NetworkAdvisor.Classification;
using NetworkAdvisor.Frames;
using static NetworkAdvisor.Tests.Analysis.AnalysisFixtures;

namespace NetworkAdvisor.Tests.Analysis;

public sealed class SegmentAnalysisTests
{
    // 4 engineers (3 at Acme), 2 sales (1 at Beta), 1 CEO at Gamma, 1 hidden profile: 8 connections.
    private static readonly IReadOnlyList<ClassifiedConnection> Network = Classify(
        Person("Acme Inc.", "Software Engineer", "2023-03-01", "a@acme.com"),
        Person("Acme", "Senior Software Engineer", "2023-12-31", "b@Acme.com"),
        Person("ACME GmbH", "Software Developer", "2024-02-29"),
        Person("Delta", "Backend Engineer", "2024-03-01"),
        Person("Beta", "Account Executive", "2024-05-05", "c@beta.io"),
        Person("", "Sales Manager", "2024-06-06"),
        Person("Gamma", "CEO", "2025-01-01"),
        Hidden("2025-01-02"));

    [Fact]
    public void Function_mix_counts_and_shares()
    {
        var mix = SegmentAnalysis.Mix(Network, SegmentDimension.Function);

        Assert.Equal(8, mix.Total);
        Assert.Equal(
            [("Engineering", 4, 0.5), ("Sales", 2, 0.25), ("Unknown", 2, 0.25)],
            mix.Top.Select(s => (s.Name, s.Count, s.Share)).ToArray());
        // Herfindahl over real segments (all three are real here): 0.5^2 + 0.25^2 + 0.25^2 = 0.375
        Assert.Equal(0.375, mix.Herfindahl, 10);
        Assert.Equal(1 / 0.375, mix.EffectiveSegments, 10);
        Assert.Equal(1.0, mix.Top5Share, 10);
    }

    [Fact]
    public void Company_mix_groups_spellings_and_leaves_placeholders_out_of_concentration()
    {
        var mix = SegmentAnalysis.Mix(Network, SegmentDimension.Company, top: 2);

        // acme 3, (no company) 2 (one empty, one hidden), beta 1, delta 1, gamma 1
        Assert.Equal([("Acme", 3), ("(no company)", 2), ("Other", 3)], mix.Top.Select(s => (s.Name, s.Count)).ToArray());
        Assert.Equal("Acme", mix.Largest?.Name);
        // real segments: acme 3, beta 1, delta 1, gamma 1 -> shares 0.5, 1/6, 1/6, 1/6
        Assert.Equal((0.25) + (3 * (1.0 / 36)), mix.Herfindahl, 10);
        Assert.Equal(1.0, mix.Top5Share, 10);
    }

    [Theory]
    [InlineData(SegmentDimension.EmailDomain, "(no e-mail)", 5)]
    [InlineData(SegmentDimension.ConnectedYear, "2024", 4)]
    [InlineData(SegmentDimension.Seniority, "Entry", 4)]
    [InlineData(SegmentDimension.Relationship, "None", 8)]
    [InlineData(SegmentDimension.Tag, "(untagged)", 8)]
    public void Every_dimension_groups(SegmentDimension dimension, string largest, int count)
    {
        var mix = SegmentAnalysis.Mix(Network, dimension);

        Assert.Equal((largest, count), (mix.All[0].Name, mix.All[0].Count));
        Assert.Equal(mix.Total, Network.Count);
    }

    [Fact]
    public void Email_domains_are_case_insensitive()
    {
        var mix = SegmentAnalysis.Mix(Network, SegmentDimension.EmailDomain);

        Assert.Contains(mix.All, s => s is { Name: "acme.com", Count: 2 });
    }

    [Fact]
    public void Empty_network_gives_an_empty_mix()
    {
        var mix = SegmentAnalysis.Mix([], SegmentDimension.Company);

        Assert.Equal(0, mix.Total);
        Assert.Empty(mix.Top);
        Assert.Equal(0, mix.Herfindahl);
        Assert.Equal(0, mix.EffectiveSegments);
        Assert.Null(mix.Largest);
    }

    [Fact]
    public void Cross_tab_counts_function_by_seniority_with_seniority_in_ladder_order()
    {
        var tab = SegmentAnalysis.Cross(Network, SegmentDimension.Function, SegmentDimension.Seniority);

        Assert.Equal(["Entry", "Senior", "Manager", "CXO", "Unknown"], tab.ColumnNames.ToArray());
        var engineering = tab.RowNames.IndexOf("Engineering");
        Assert.Equal([3, 1, 0, 0, 0], tab.Counts[engineering].ToArray());
        Assert.Equal(Network.Count, tab.Counts.Sum(row => row.Sum()));
        Assert.Equal(tab.RowNames.Length, tab.ToDataFrame().Rows.Count);
    }

    [Fact]
    public void Mix_agrees_with_a_straightforward_count_on_a_generated_network()
    {
        var bundle = NetworkAdvisor.Samples.SampleExportGenerator.Generate(new NetworkAdvisor.Samples.SampleOptions(1500, 9, new DateOnly(2026, 11, 1)));
        var classified = ConnectionClassifier.Default.Classify(bundle);

        var mix = SegmentAnalysis.Mix(classified, SegmentDimension.Function, top: 100);
        var expected = classified.GroupBy(c => Vocabulary.Name(c.Title.Function)).ToDictionary(g => g.Key, g => g.Count());

        Assert.Equal(expected.OrderBy(p => p.Key, StringComparer.Ordinal), mix.All.Select(s => KeyValuePair.Create(s.Name, s.Count)).OrderBy(p => p.Key, StringComparer.Ordinal));
        Assert.Equal(mix.Top.Select(s => s.Name), SegmentAnalysis.Mix(ClassifiedFrame.ToDataFrame(classified), SegmentDimension.Function, top: 100).Top.Select(s => s.Name));
    }

    [Theory]
    [InlineData(SegmentDimension.Function, SegmentDimension.Seniority)]
    [InlineData(SegmentDimension.Seniority, SegmentDimension.Relationship)]
    [InlineData(SegmentDimension.Relationship, SegmentDimension.Function)]
    [InlineData(SegmentDimension.Company, SegmentDimension.Seniority)]
    [InlineData(SegmentDimension.Function, SegmentDimension.Tag)]
    [InlineData(SegmentDimension.ConnectedYear, SegmentDimension.Relationship)]
    public void Mix_and_cross_agree_with_counting_names_also_for_values_outside_the_enums(SegmentDimension rows, SegmentDimension columns)
    {
        // Enum dimensions are counted by value; values no enum member has (from a frame, say) are named by their number.
        var bundle = NetworkAdvisor.Samples.SampleExportGenerator.Generate(new NetworkAdvisor.Samples.SampleOptions(800, 4, new DateOnly(2026, 11, 1)));
        var generated = Classify(bundle.Connections, bundle.Positions, TagRules.Parse("""{"tags": [{"tag": "engineers", "function": ["Engineering"]}]}""", "tags.json", CompanyNormalizer.Default));
        var odd = generated.Take(3).Select((c, i) => c with
        {
            Title = c.Title with { Seniority = (Seniority)(40 + (15 * i)) },
            Relationship = (Relationship)(50 + (25 * i)),
        });
        IReadOnlyList<ClassifiedConnection> network = [.. generated, .. odd, .. odd];
        var companies = network.GroupBy(c => c.Company.Key).ToDictionary(g => g.Key, g => g.Key.Length == 0 ? SegmentAnalysis.NoCompany : g.First().Company.Display);

        foreach (var dimension in new[] { rows, columns })
        {
            var expected = network.SelectMany(c => Names(c, dimension, companies)).GroupBy(n => n).Select(g => (g.Key, g.Count())).OrderBy(p => p.Key, StringComparer.Ordinal);
            var mix = SegmentAnalysis.Mix(network, dimension, top: 100);
            Assert.Equal(expected, mix.All.Select(s => (s.Name, s.Count)).OrderBy(p => p.Name, StringComparer.Ordinal));
        }

        var tab = SegmentAnalysis.Cross(network, rows, columns);
        foreach (var (row, r) in tab.RowNames.Select((n, i) => (n, i)))
        {
            foreach (var (column, c) in tab.ColumnNames.Select((n, i) => (n, i)))
            {
                var expected = network.Count(x => Names(x, rows, companies).Contains(row) && Names(x, columns, companies).Contains(column));
                Assert.True(expected == tab.Counts[r][c], $"{row} x {column}: {tab.Counts[r][c]}, expected {expected}");
            }
        }

        var names = tab.RowNames.Concat(tab.ColumnNames).ToList();
        Assert.Equal(rows == SegmentDimension.Seniority || columns == SegmentDimension.Seniority, names.Contains("40") && names.Contains("70"));
        Assert.Equal(rows == SegmentDimension.Relationship || columns == SegmentDimension.Relationship, names.Contains("50") && names.Contains("100"));
    }

    /// <summary>A connection's segment names in a dimension, spelled out (a company by the name its key was first met with).</summary>
    private static string[] Names(ClassifiedConnection c, SegmentDimension dimension, Dictionary<string, string> companies) => dimension switch
    {
        SegmentDimension.Function => [Vocabulary.Name(c.Title.Function)],
        SegmentDimension.Seniority => [Vocabulary.Name(c.Title.Seniority)],
        SegmentDimension.Relationship => [Enum.IsDefined(c.Relationship) ? c.Relationship.ToString() : ((int)c.Relationship).ToString(System.Globalization.CultureInfo.InvariantCulture)],
        SegmentDimension.Company => [companies[c.Company.Key]],
        SegmentDimension.ConnectedYear => [c.Connection.ConnectedOn.Year.ToString("D4", System.Globalization.CultureInfo.InvariantCulture)],
        _ => c.Tags.IsEmpty ? [SegmentAnalysis.Untagged] : [.. c.Tags],
    };
}
