using NetworkAdvisor.Analysis;
using NetworkAdvisor.Classification;
using NetworkAdvisor.Goals;
using NetworkAdvisor.Model;
using static NetworkAdvisor.Tests.Analysis.EngagementFixtures;

namespace NetworkAdvisor.Tests.Analysis;

public sealed class EngagementFitCheckTests
{
    private static readonly DateOnly AsOf = new(2026, 11, 1);

    private static EngagementResult Figures(int messages, int identified, int engaged, int dormant) =>
        new(AsOf, string.Empty, [], messages, messages, 0, identified, engaged, engaged, dormant, 0, []);

    [Theory]
    // identified, engaged, dormant -> engaged: value, passed, fulfilment; dormant: value, passed, fulfilment
    [InlineData(10, 2, 5, "20.0% (2 of 10)", true, 1.0, "50.0% (5 of 10)", true, 1.0)]
    [InlineData(10, 1, 6, "10.0% (1 of 10)", false, 0.5, "60.0% (6 of 10)", false, 0.8333333333)]
    [InlineData(20, 0, 20, "0.0% (0 of 20)", false, 0.0, "100.0% (20 of 20)", false, 0.5)]
    [InlineData(15, 3, 0, "20.0% (3 of 15)", true, 1.0, "0.0% (0 of 15)", true, 1.0)]
    [InlineData(3, 1, 2, "33.3% (1 of 3)", true, 1.0, "66.7% (2 of 3)", false, 0.75)]
    public void Checks_pass_or_fail_against_the_targets(
        int identified, int engaged, int dormant,
        string engagedValue, bool engagedPassed, double engagedFulfilment,
        string dormantValue, bool dormantPassed, double dormantFulfilment)
    {
        var checks = EngagementAnalysis.FitChecks(Figures(100, identified, engaged, dormant));

        Assert.Equal(["engaged-share", "dormant-share"], checks.Select(c => c.Name).ToArray());
        var (e, d) = (checks[0], checks[1]);
        Assert.Equal((engagedValue, (bool?)engagedPassed), (e.Value, e.Passed));
        Assert.Equal(engagedFulfilment, e.Fulfilment, 6);
        Assert.Equal((dormantValue, (bool?)dormantPassed), (d.Value, d.Passed));
        Assert.Equal(dormantFulfilment, d.Fulfilment, 6);
        Assert.Equal("at least 20% messaged in the last 12 months", e.Target);
        Assert.Equal("at most 50% dormant", d.Target);
        Assert.Equal(engagedPassed, e.Recommendation.Length == 0);
        Assert.Equal(dormantPassed, d.Recommendation.Length == 0);
        Assert.NotEmpty(e.Explanation);
        Assert.NotEmpty(d.Explanation);
    }

    [Theory]
    // messages, identified
    [InlineData(0, 10)]
    [InlineData(0, 0)]
    [InlineData(5, 0)]
    public void Checks_cannot_be_measured_without_messages_or_connections(int messages, int identified)
    {
        var checks = EngagementAnalysis.FitChecks(Figures(messages, identified, 0, 0));

        Assert.All(checks, c => Assert.Null(c.Passed));
        Assert.All(checks, c => Assert.Equal(0, c.Fulfilment));
        if (messages == 0)
        {
            Assert.All(checks, c => Assert.Contains("cannot be measured without messages.csv", c.Explanation, StringComparison.Ordinal));
            Assert.All(checks, c => Assert.Contains("messages.csv", c.Recommendation, StringComparison.Ordinal));
        }
        else
        {
            Assert.All(checks, c => Assert.Contains("no identified connections", c.Explanation, StringComparison.Ordinal));
        }
    }

    [Fact]
    public void Only_messages_after_the_as_of_day_cannot_be_measured_either()
    {
        var result = EngagementAnalysis.Analyze(
            AnalysisFixtures.Classify(Person("Ada", "Lovelace", "https://www.linkedin.com/in/ada")),
            [In("Ada Lovelace", "https://www.linkedin.com/in/ada", "2026-12-01 10:00:00")],
            Owner,
            AsOf);

        Assert.All(EngagementAnalysis.FitChecks(result), c => Assert.Null(c.Passed));
        Assert.EndsWith("up to the as-of date.", EngagementAnalysis.FitChecks(result)[0].Explanation, StringComparison.Ordinal);
    }

    [Fact]
    public void Failing_checks_recommend_named_people()
    {
        // As of 2026-11-01: nobody engaged (0 of 6, 2 needed for 20%); Anna, Ben, Cleo and Dan dormant (4 of 6,
        // 1 over 50%); Eva last written to 2024-12-01 (neither engaged nor dormant); Finn connected this year.
        var result = EngagementAnalysis.Analyze(
            AnalysisFixtures.Classify(
                Person("Anna", "Alpha", "https://www.linkedin.com/in/a", "2015-01-01"),
                Person("Ben", "Beta", "https://www.linkedin.com/in/b", "2016-01-01"),
                Person("Cleo", "Gamma", "https://www.linkedin.com/in/c", "2017-01-01"),
                Person("Dan", "Delta", "https://www.linkedin.com/in/d", "2018-01-01"),
                Person("Eva", "Epsilon", "https://www.linkedin.com/in/e", "2019-01-01"),
                Person("Finn", "Zeta", "https://www.linkedin.com/in/f", "2026-01-01")),
            [
                Out("Anna Alpha", "https://www.linkedin.com/in/a", "2020-01-01 10:00:00"),
                In("Anna Alpha", "https://www.linkedin.com/in/a", "2020-01-02 10:00:00"),
                Out("Ben Beta", "https://www.linkedin.com/in/b", "2022-05-01 10:00:00"),
                Out("Eva Epsilon", "https://www.linkedin.com/in/e", "2024-12-01 10:00:00"),
            ],
            Owner,
            AsOf);

        var checks = EngagementAnalysis.FitChecks(result);

        Assert.Equal(
            "Write to about 2 more of your connections in the next 12 months to reach 20%; start with people you talked to before but not lately: Eva Epsilon, Ben Beta, Anna Alpha.",
            checks[0].Recommendation);
        Assert.Equal("66.7% (4 of 6)", checks[1].Value);
        Assert.Equal(0.75, checks[1].Fulfilment, 10);
        Assert.Equal(
            "4 connections have had no message in 2 years: write to about 1 of the people you know best among them (start with Anna Alpha, Ben Beta, Dan Delta, Cleo Gamma) and prune those who no longer fit your goals.",
            checks[1].Recommendation);
    }

    [Fact]
    public void Without_past_conversations_the_recommendation_names_the_most_recent_connections()
    {
        var people = Enumerable.Range(1, 7)
            .Select(i => Person("P" + i.ToString(System.Globalization.CultureInfo.InvariantCulture), "Q", "", $"2020-0{i}-01"))
            .ToArray();
        var result = EngagementAnalysis.Analyze(
            AnalysisFixtures.Classify(people), [Out("Zed Stranger", "https://www.linkedin.com/in/zed", "2026-01-01 10:00:00")], Owner, AsOf);

        var engaged = EngagementAnalysis.FitChecks(result)[0];

        Assert.Equal(
            "Write to about 2 more of your connections in the next 12 months to reach 20%; start with your most recent connections: P7 Q, P6 Q, P5 Q, P4 Q, P3 Q.",
            engaged.Recommendation);
    }

    [Theory]
    // identified, engaged, dormant, min engaged share, max dormant share, expected recommendations (no contacts to name)
    [InlineData(15, 2, 0, 0.2, 0.5, "Write to about 1 more of your connections in the next 12 months to reach 20%.", "")]
    [InlineData(100, 2, 0, 0.07, 0.5, "Write to about 5 more of your connections in the next 12 months to reach 7%.", "")]
    [InlineData(15, 0, 8, 0.2, 0.5, "Write to about 3 more of your connections in the next 12 months to reach 20%.",
        "8 connections have had no message in 2 years: write to about 1 of the people you know best among them and prune those who no longer fit your goals.")]
    [InlineData(100, 30, 30, 0.2, 0.29, "",
        "30 connections have had no message in 2 years: write to about 1 of the people you know best among them and prune those who no longer fit your goals.")]
    public void Recommendations_name_how_many_people_without_rounding_errors(
        int identified, int engaged, int dormant, double minEngaged, double maxDormant, string engagedRecommendation, string dormantRecommendation)
    {
        // In binary floating point 0.07 x 100 = 7.000000000000001 and 0.29 x 100 = 28.999999999999996.
        var checks = EngagementAnalysis.FitChecks(Figures(100, identified, engaged, dormant), minEngaged, maxDormant);

        Assert.Equal(engagedRecommendation, checks[0].Recommendation);
        Assert.Equal(dormantRecommendation, checks[1].Recommendation);
    }

    [Fact]
    public void Custom_targets_are_used()
    {
        var checks = EngagementAnalysis.FitChecks(Figures(10, 10, 3, 3), minEngagedShare: 0.4, maxDormantShare: 0.25);

        Assert.Equal((false, "at least 40% messaged in the last 12 months"), (checks[0].Passed!.Value, checks[0].Target));
        Assert.Equal(0.75, checks[0].Fulfilment, 10);
        Assert.Equal((false, "at most 25% dormant"), (checks[1].Passed!.Value, checks[1].Target));
        Assert.Equal(0.25 / 0.3, checks[1].Fulfilment, 10);
        Assert.Throws<ArgumentOutOfRangeException>(() => EngagementAnalysis.FitChecks(Figures(1, 1, 1, 1), minEngagedShare: 1.5));
        Assert.Throws<ArgumentOutOfRangeException>(() => EngagementAnalysis.FitChecks(Figures(1, 1, 1, 1), maxDormantShare: -0.1));
    }

    [Fact]
    public void The_checks_count_in_the_goal_fit_score_only_when_measurable()
    {
        var network = AnalysisFixtures.Classify([.. Enumerable.Range(0, 10).Select(_ => AnalysisFixtures.Person("Acme", "Software Engineer"))]);
        var goal = new Goal("test", "Test goal", 1, 20, new GoalTargets(), ["Be selective."]);

        var measured = GoalFitAnalysis.Fit(network, goal, CompanyNormalizer.Default, EngagementAnalysis.FitChecks(Figures(50, 10, 1, 6)));
        var unmeasured = GoalFitAnalysis.Fit(network, goal, CompanyNormalizer.Default, EngagementAnalysis.FitChecks(Figures(0, 10, 0, 0)));

        // within range: 40 x 1 + 60 x mean(0.5, 0.5 / 0.6) = 40 + 40 = 80
        Assert.Equal(80, measured.Score);
        Assert.Equal(100, unmeasured.Score);
        Assert.Equal(3, measured.Checks.Length);
    }
}
