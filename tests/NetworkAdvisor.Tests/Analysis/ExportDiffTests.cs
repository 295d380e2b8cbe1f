using NetworkAdvisor.Analysis;
using NetworkAdvisor.Model;
using static NetworkAdvisor.Tests.Analysis.AnalysisFixtures;

namespace NetworkAdvisor.Tests.Analysis;

public sealed class ExportDiffTests
{
    private static Connection P(string first, string last, string url, string company, string title, string date = "2020-01-01") =>
        new(first, last, url, "", company, title, DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture));

    [Fact]
    public void Finds_added_removed_and_job_changes_by_url_then_name()
    {
        var older = Classify(
            P("Ada", "Lovelace", "https://www.linkedin.com/in/ada", "Engines Ltd", "Engineer"),
            P("Bob", "Stone", "", "Acme", "Account Executive"),
            P("Cyd", "Park", "https://www.linkedin.com/in/cyd", "Beta", "CTO"),
            P("Dee", "Ray", "", "Gamma", "Designer"),
            Hidden());
        var newer = Classify(
            P("Ada", "Lovelace", "linkedin.com/in/ADA/", "Engines", "Senior Engineer"),   // same by URL, title changed, company same (suffix)
            P("Bob", "Stone", "https://www.linkedin.com/in/bob", "Acme", "Account Executive"), // same by name (old had no URL), unchanged
            P("Dee", "Ray", "", "Delta", "Designer"),                                       // same by name, company changed
            P("Eve", "Moss", "https://www.linkedin.com/in/eve", "Zeta", "Analyst", "2021-03-01"), // added
            Hidden(), Hidden());

        var diff = ExportDiffAnalysis.Compare(older, newer, new DateOnly(2020, 1, 31), new DateOnly(2020, 3, 1));

        Assert.Equal((5, 6, 1), (diff.OldCount, diff.NewCount, diff.NetGrowth));
        Assert.Equal(["Eve Moss"], diff.Added.Select(c => c.FullName).ToArray());
        Assert.Equal(["Cyd Park"], diff.Removed.Select(c => c.FullName).ToArray());
        Assert.Equal(
            [("Ada Lovelace", false, true, "url"), ("Dee Ray", true, false, "name")],
            diff.Changed.Select(c => (c.After.FullName, c.CompanyChanged, c.PositionChanged, c.MatchedBy)).OrderBy(c => c.FullName, StringComparer.Ordinal).ToArray());
        Assert.Equal(1, diff.Unchanged);
        Assert.Equal((1, 2), (diff.HiddenBefore, diff.HiddenAfter));
        Assert.Equal(30, diff.Days); // 2020 is a leap year: Jan 31 -> Mar 1 is 30 days
        Assert.Equal(1.0, diff.GrowthPer30Days!.Value, 10);
    }

    [Fact]
    public void Ambiguous_names_are_not_matched_by_name_alone_but_by_name_and_date()
    {
        var older = Classify(P("Sam", "Lee", "", "A", "Engineer", "2019-01-01"), P("Sam", "Lee", "", "B", "Engineer", "2020-02-29"));
        var newer = Classify(P("Sam", "Lee", "", "C", "Engineer", "2019-01-01"), P("Sam", "Lee", "", "B", "Engineer", "2020-02-29"));

        var diff = ExportDiffAnalysis.Compare(older, newer);

        Assert.Empty(diff.Added);
        Assert.Empty(diff.Removed);
        Assert.Equal(["A -> C"], diff.Changed.Select(c => c.Before.Company + " -> " + c.After.Company).ToArray());
        Assert.Equal(1, diff.Unchanged);
    }

    [Fact]
    public void Segments_show_counts_before_and_after()
    {
        var older = Classify(P("A", "A", "u1", "X", "Software Engineer"), P("B", "B", "u2", "X", "Account Executive"));
        var newer = Classify(P("A", "A", "u1", "X", "Software Engineer"), P("C", "C", "u3", "X", "Software Developer"), P("D", "D", "u4", "X", "Data Engineer"));

        var diff = ExportDiffAnalysis.Compare(older, newer);

        Assert.Equal(
            [("Engineering", 1, 3, 2), ("Sales", 1, 0, -1)],
            diff.Segments.Select(s => (s.Segment, s.Before, s.After, s.Delta)).ToArray());
    }

    [Fact]
    public void Empty_exports_compare_cleanly()
    {
        var diff = ExportDiffAnalysis.Compare([], []);

        Assert.Equal((0, 0, 0), (diff.OldCount, diff.NewCount, diff.NetGrowth));
        Assert.Null(diff.Days);
        Assert.Null(diff.GrowthPer30Days);
        Assert.Empty(diff.Segments);
    }

    [Theory]
    [InlineData("/x/Basic_LinkedInDataExport_11-26-2026.zip", "2026-11-26")]
    [InlineData("Complete_LinkedInDataExport_02-29-2024", "2024-02-29")]
    [InlineData("Complete_LinkedInDataExport_02-30-2024.zip", null)]
    [InlineData("export.zip", null)]
    public void Export_dates_come_from_linkedins_file_names(string path, string? expected)
    {
        Assert.Equal(expected, ExportDiffAnalysis.DateFromFileName(path)?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
    }
}
