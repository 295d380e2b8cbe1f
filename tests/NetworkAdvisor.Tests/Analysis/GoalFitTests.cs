using NetworkAdvisor.Analysis;
using NetworkAdvisor.Classification;
using NetworkAdvisor.Goals;
using static NetworkAdvisor.Tests.Analysis.AnalysisFixtures;

namespace NetworkAdvisor.Tests.Analysis;

public sealed class GoalFitTests
{
    private static Goal Range(int min, int max, GoalTargets? targets = null) =>
        new("test", "Test goal", min, max, targets ?? new GoalTargets(), ["Be selective."]);

    private static IReadOnlyList<ClassifiedConnection> Engineers(int n, int directors = 0) =>
        Classify([.. Enumerable.Range(0, n).Select(i => Person("Co" + i.ToString(System.Globalization.CultureInfo.InvariantCulture), i < directors ? "Director of Engineering" : "Software Engineer"))]);

    [Theory]
    // count, min, max, status, position, score (no composition checks: score = 100 x size fit)
    [InlineData(0, 100, 500, SizeStatus.Below, -0.25, 0)]
    [InlineData(50, 100, 500, SizeStatus.Below, -0.125, 50)]
    [InlineData(100, 100, 500, SizeStatus.Within, 0.0, 100)]
    [InlineData(300, 100, 500, SizeStatus.Within, 0.5, 100)]
    [InlineData(500, 100, 500, SizeStatus.Within, 1.0, 100)]
    [InlineData(1000, 100, 500, SizeStatus.Above, 2.25, 50)]
    public void Size_status_position_and_score(int count, int min, int max, SizeStatus status, double position, int score)
    {
        var fit = GoalFitAnalysis.Fit(Engineers(count), Range(min, max), CompanyNormalizer.Default);

        Assert.Equal(status, fit.Status);
        Assert.Equal(position, fit.PositionInRange, 10);
        Assert.Equal(score, fit.Score);
        Assert.Equal("size", fit.Checks[0].Name);
        Assert.Equal(status == SizeStatus.Within, fit.Checks[0].Passed);
    }

    [Fact]
    public void Decision_maker_share_is_measured_among_identified_connections()
    {
        // 10 engineers, 2 of them directors, plus 2 hidden profiles: share = 2/10 = 20%.
        var network = Engineers(10, directors: 2).Concat(Classify(Hidden(), Hidden())).ToList();
        var fit = GoalFitAnalysis.Fit(network, Range(10, 20, new GoalTargets(MinDecisionMakerShare: 0.25)), CompanyNormalizer.Default);

        var check = Assert.Single(fit.Checks, c => c.Name == "decision-makers");
        Assert.False(check.Passed);
        Assert.Equal("20.0% (2 of 10)", check.Value);
        Assert.Equal(0.8, check.Fulfilment, 10);
        // within range (12 in 10-20): 40 x 1 + 60 x 0.8 = 88
        Assert.Equal(88, fit.Score);
        Assert.Contains("about 1 more", check.Recommendation, StringComparison.Ordinal);
    }

    [Fact]
    public void Target_company_coverage_names_the_missing_companies()
    {
        var network = Classify(Person("Google LLC", "Engineer"), Person("Zalando SE", "Engineer"), Person("Other", "Engineer"));
        var goal = Range(1, 10, new GoalTargets(TargetCompanies: ["Google", "Zalando", "SAP", "N26"], MinTargetCompanyCoverage: 0.75));

        var fit = GoalFitAnalysis.Fit(network, goal, CompanyNormalizer.Default);

        var check = Assert.Single(fit.Checks, c => c.Name == "target-companies");
        Assert.Equal("2 of 4 (50%)", check.Value);
        Assert.False(check.Passed);
        Assert.Equal("You have 2 of 4 target companies covered: find people at SAP, N26.", check.Recommendation);
        Assert.Equal(check.Recommendation, fit.Recommendations[0]);
    }

    [Fact]
    public void Unmeasurable_checks_say_so_and_do_not_count_in_the_score()
    {
        var fit = GoalFitAnalysis.Fit(Engineers(300), GoalCatalogue.All.Single(g => g.Id == "entrepreneur-local"), CompanyNormalizer.Default);

        var region = Assert.Single(fit.Checks, c => c.Name == "region");
        Assert.Null(region.Passed);
        Assert.Contains("no location", region.Explanation, StringComparison.Ordinal);
        Assert.Equal(100, fit.Score);
    }

    [Fact]
    public void Region_share_comes_from_tags()
    {
        var tags = TagRules.Parse("tags:\n  - tag: local\n    company: [Co0, Co1, Co2]\n", "tags.yaml", CompanyNormalizer.Default);
        var network = Classify([.. Enumerable.Range(0, 10).Select(i => Person("Co" + i.ToString(System.Globalization.CultureInfo.InvariantCulture), "Engineer"))], [], tags);
        var goal = Range(1, 100, new GoalTargets(RegionTags: ["local"], MinRegionShare: 0.5));

        var region = Assert.Single(GoalFitAnalysis.Fit(network, goal, CompanyNormalizer.Default).Checks, c => c.Name == "region");

        Assert.Equal("30.0% (3 tagged local)", region.Value);
        Assert.False(region.Passed);
    }

    [Fact]
    public void Niche_largest_company_and_unclear_titles()
    {
        // 6 engineers at Acme, 2 sales at Beta, 2 CEOs: niche Engineering 60%, Acme 60%, unknown 20%.
        var network = Classify([
            .. Enumerable.Repeat(Person("Acme", "Software Engineer"), 6),
            .. Enumerable.Repeat(Person("Beta", "Account Executive"), 2),
            .. Enumerable.Repeat(Person("Gamma", "CEO"), 2)]);
        var goal = Range(1, 100, new GoalTargets(MinNicheShare: 0.5, MaxSingleCompanyShare: 0.3, MaxUnknownFunctionShare: 0.1));

        var checks = GoalFitAnalysis.Fit(network, goal, CompanyNormalizer.Default).Checks.ToDictionary(c => c.Name);

        Assert.Equal(("Engineering 60.0%", true), (checks["niche-depth"].Value, checks["niche-depth"].Passed));
        Assert.Equal(("Acme 60.0% (6)", false), (checks["largest-company"].Value, checks["largest-company"].Passed));
        Assert.Equal(0.5, checks["largest-company"].Fulfilment, 10);
        Assert.Equal(("20.0% (2 of 10)", false), (checks["unclear-titles"].Value, checks["unclear-titles"].Passed));
    }

    [Theory]
    // companies of the connections in order ('|' between them), then the expected largest-company value
    [InlineData("Beta|Acme|Acme|Beta", "Acme 50.0% (2)")] // tie: the name first in ordinal order
    [InlineData("Self-employed|Self-employed|Self-employed|Acme", "Acme 25.0% (1)")] // self-employment is no company
    [InlineData("Self-employed|Freelance", "none")]
    [InlineData("ACME|Acme|acme|Beta", "ACME 75.0% (3)")] // one key, shown as its first connection shows it
    [InlineData("|||", "none")] // no company at all
    public void Largest_company_ties_and_self_employment(string companies, string expected)
    {
        var network = Classify([.. companies.Split('|').Select(company => Person(company, "Software Engineer"))]);
        var goal = Range(1, 100, new GoalTargets(MaxSingleCompanyShare: 0.3));

        var check = GoalFitAnalysis.Fit(network, goal, CompanyNormalizer.Default).Checks.Single(c => c.Name == "largest-company");

        Assert.Equal(expected, check.Value);
    }

    [Theory]
    // titles in order ('|' between them), then the expected niche value: ties go to the function first in the vocabulary
    [InlineData("Software Engineer|Account Executive", "Engineering 50.0%")]
    [InlineData("Account Executive|Software Engineer", "Engineering 50.0%")]
    [InlineData("CEO|Founder", "none 0.0%")]
    public void Niche_ties_go_to_the_first_function(string titles, string expected)
    {
        var network = Classify([.. titles.Split('|').Select(title => Person("Acme", title))]);
        var goal = Range(1, 100, new GoalTargets(MinNicheShare: 0.3));

        var check = GoalFitAnalysis.Fit(network, goal, CompanyNormalizer.Default).Checks.Single(c => c.Name == "niche-depth");

        Assert.Equal(expected, check.Value);
    }

    [Fact]
    public void The_catalogue_has_the_articles_eleven_goals()
    {
        Assert.Equal(
            ["job-seeking-entry", "job-seeking-mid", "job-seeking-senior", "thought-leadership-expert", "thought-leadership-influencer",
             "sales-new-clients", "sales-pipeline", "recruiting-sourcing", "recruiting-talent-pool", "entrepreneur-local", "entrepreneur-global"],
            GoalCatalogue.All.Select(g => g.Id).ToArray());
        Assert.Equal((2_000, 5_000), GoalCatalogue.All.Single(g => g.Id == "sales-pipeline") is var g ? (g.Min, g.Max) : default);
        Assert.All(GoalCatalogue.All, goal => Assert.NotEmpty(goal.Advice));
    }

    [Fact]
    public void Empty_network_fits_without_errors()
    {
        var fits = GoalFitAnalysis.FitAll([]);

        Assert.Equal(11, fits.Length);
        Assert.All(fits, f => Assert.Equal(SizeStatus.Below, f.Status));
    }

    [Fact]
    public void Goal_files_extend_built_in_goals()
    {
        const string File = """
            id: hire-backend
            title: Hire backend engineers
            extends: recruiting-sourcing
            max: 2500
            targetFunctions: [Engineering, Information Technology]
            targetFunctionShare: 45%
            targetCompanies: [Zalando, N26]
            """;

        var goal = GoalFile.Parse(File, "goal.yaml");

        Assert.Equal(("hire-backend", 1_000, 2_500), (goal.Id, goal.Min, goal.Max));
        Assert.Equal([JobFunction.Engineering, JobFunction.InformationTechnology], goal.Targets.Functions.ToArray());
        Assert.Equal(0.45, goal.Targets.MinTargetFunctionShare!.Value, 10);
        Assert.Equal(0.30, goal.Targets.MaxUnknownFunctionShare!.Value, 10);
        Assert.Equal(["Zalando", "N26"], goal.Targets.Companies.ToArray());
    }

    [Theory]
    [InlineData("title: x\n", "goal.yaml:1: a goal needs 'min' and 'max'")]
    [InlineData("min: 10\nmax: 5\n", "goal.yaml:1: min (10) is larger than max (5)")]
    [InlineData("min: 10\nmax: 50000\n", "goal.yaml:2: max must be a whole number")]
    [InlineData("extends: nope\n", "goal.yaml:1: 'nope' is not a built-in goal")]
    [InlineData("min: 1\nmax: 2\nnicheShare: 3\n", "goal.yaml:3: nicheshare must be a share")]
    [InlineData("min: 1\nmax: 2\ncolour: red\n", "goal.yaml:3: unknown key 'colour'")]
    [InlineData("{\"min\": 1, \"max\": 2, \"targetFunctions\": [\"Plumbing\"]}", "goal.yaml:1: 'Plumbing' is not one of LinkedIn's job functions")]
    public void Bad_goal_files_name_the_line(string text, string message)
    {
        var error = Assert.Throws<FormatException>(() => GoalFile.Parse(text, "goal.yaml"));

        Assert.StartsWith(message, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Target_lists_accept_lines_or_csv()
    {
        Assert.Equal(["Google", "SAP SE", "Acme, Inc"], GoalFile.ParseTargets("company\nGoogle\n# comment\nSAP SE,DE\n\"Acme, Inc\"\ngoogle\n").ToArray());
    }
}
