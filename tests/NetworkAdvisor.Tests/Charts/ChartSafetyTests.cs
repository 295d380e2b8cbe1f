using System.Globalization;
using NetworkAdvisor.Analysis;
using NetworkAdvisor.Charts;
using NetworkAdvisor.Classification;
using NetworkAdvisor.Goals;
using static NetworkAdvisor.Tests.Charts.ChartJson;

namespace NetworkAdvisor.Tests.Charts;

public sealed class ChartSafetyTests
{
    private static readonly string[] DataProperties = ["customdata", "text", "x", "y", "labels", "text"];

    public static TheoryData<string> Charts => ["segments", "pareto", "sunburst", "checks", "gauge"];

    private static ChartFigure WithName(string chart, string name) => chart switch
    {
        "segments" => NetworkCharts.SegmentBars(ChartInputs.Mix((name, 5), ("Acme", 3)), "Companies"),
        "pareto" => NetworkCharts.CompanyPareto(ChartInputs.Mix((name, 5), ("Acme", 3))),
        "sunburst" => NetworkCharts.FunctionSeniority(new CrossTab(
            SegmentDimension.Company, SegmentDimension.Seniority, [name, "Acme"], ["Entry", name], [[1, 2], [3, 4]])),
        "checks" => NetworkCharts.FitChecks(ChartInputs.Fit(
            new FitCheck(name, name, name, false, 0.5, name, name), ChartInputs.Check("size", true, 1))),
        "gauge" => NetworkCharts.GoalGauge(ChartInputs.Fit() with { Goal = ChartInputs.Goal(name), Verdict = name }),
        _ => throw new ArgumentOutOfRangeException(nameof(chart)),
    };

    [Theory]
    [MemberData(nameof(Charts))]
    public void Hostile_text_is_only_a_json_string_value_and_never_in_a_hover_template(string chart)
    {
        var benign = WithName(chart, "Plain Company");
        var hostile = WithName(chart, Hostile);

        // The JSON text itself holds no markup: the encoder writes < > & as \u003C \u003E \u0026.
        Assert.DoesNotContain("<", hostile.Json, StringComparison.Ordinal);
        Assert.DoesNotContain(">", hostile.Json, StringComparison.Ordinal);
        Assert.DoesNotContain("onerror=alert(1)%{x}", Root(hostile).GetRawText().Replace("\\u003E", ">", StringComparison.Ordinal), StringComparison.Ordinal);

        // Parsed, the text arrives as string values that plotly.js shows literally (entities, not tags).
        var values = StringValues(hostile);
        Assert.Contains(values, v => v.Value.Contains(HostileDisplayed, StringComparison.Ordinal));
        Assert.DoesNotContain(values, v => v.Value.Contains("<img", StringComparison.Ordinal) || v.Value.Contains("</script", StringComparison.Ordinal));

        // Hover templates do not depend on the input at all.
        Assert.Equal(HoverTemplates(benign), HoverTemplates(hostile));
        Assert.All(HoverTemplates(hostile), t => Assert.DoesNotContain("onerror", t, StringComparison.Ordinal));
    }

    [Fact]
    public void Hostile_names_in_a_real_sample_reach_no_hover_template()
    {
        var sample = ChartInputs.Generate(200);
        var bundle = sample.Bundle with
        {
            Connections = [.. sample.Bundle.Connections.Select((c, i) => i % 3 == 0 && !c.IsHidden ? c with { Company = Hostile } : c)],
        };
        var classified = ConnectionClassifier.Default.Classify(bundle.Connections, bundle.Positions);

        var figure = NetworkCharts.SegmentBars(SegmentAnalysis.Mix(classified, SegmentDimension.Company, 10), "Companies");

        var values = StringValues(figure);
        var carriers = values.Where(v => v.Value.Contains("onerror", StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(carriers);
        Assert.All(carriers, v => Assert.Contains(v.Property, DataProperties));
        Assert.All(HoverTemplates(figure), t => Assert.DoesNotContain("onerror", t, StringComparison.Ordinal));
    }

    public static TheoryData<string> AllCharts =>
        ["segments", "sunburst", "pareto", "growth", "gauge", "checks", "cohorts", "recency", "invitations"];

    private static ChartFigure Empty(string chart)
    {
        var asOf = ChartInputs.AsOf;
        var goal = GoalCatalogue.All[0];
        return chart switch
        {
            "segments" => NetworkCharts.SegmentBars(SegmentAnalysis.Mix([], SegmentDimension.Function), "Functions"),
            "sunburst" => NetworkCharts.FunctionSeniority(SegmentAnalysis.Cross([], SegmentDimension.Function, SegmentDimension.Seniority)),
            "pareto" => NetworkCharts.CompanyPareto(new SegmentMix(SegmentDimension.Company, 0, default, default, 0, 0, 0)),
            "growth" => NetworkCharts.Growth(GrowthTimeline.Compute([], GrowthPeriod.Month, asOf, 500, 1500), 500, 1500),
            "gauge" => NetworkCharts.GoalGauge(GoalFitAnalysis.Fit([], goal, CompanyNormalizer.Default)),
            "checks" => NetworkCharts.FitChecks(ChartInputs.Fit()),
            "cohorts" => NetworkCharts.Cohorts(GrowthTimeline.Compute([], GrowthPeriod.Month, asOf)),
            "recency" => NetworkCharts.EngagementRecency(EngagementAnalysis.Analyze([], [], null, asOf), asOf),
            "invitations" => NetworkCharts.InvitationBreakdown(InvitationTriage.Analyze([], asOf)),
            _ => throw new ArgumentOutOfRangeException(nameof(chart)),
        };
    }

    [Theory]
    [MemberData(nameof(AllCharts))]
    public void Empty_inputs_give_a_valid_figure_that_says_so(string chart)
    {
        var figure = Empty(chart);

        Assert.NotEmpty(Traces(figure));
        if (chart != "gauge")
        {
            Assert.True(SaysNoData(figure), figure.Json);
        }

        Assert.Equal(figure, Empty(chart));
    }

    private static ChartFigure[] All(ChartInputs.Sample sample)
    {
        var growth = sample.Growth();
        var fit = sample.Fit();
        var engagement = sample.Engagement();
        return
        [
            NetworkCharts.SegmentBars(SegmentAnalysis.Mix(sample.Classified, SegmentDimension.Function), "Functions"),
            NetworkCharts.FunctionSeniority(SegmentAnalysis.Cross(sample.Classified, SegmentDimension.Function, SegmentDimension.Seniority)),
            NetworkCharts.CompanyPareto(SegmentAnalysis.Mix(sample.Classified, SegmentDimension.Company, 15)),
            NetworkCharts.Growth(growth, 500, 1500),
            NetworkCharts.GoalGauge(fit),
            NetworkCharts.FitChecks(fit),
            NetworkCharts.Cohorts(growth),
            NetworkCharts.EngagementRecency(engagement, engagement.AsOf),
            NetworkCharts.InvitationBreakdown(sample.Invitations()),
        ];
    }

    [Fact]
    public void Figures_are_deterministic_and_culture_independent_with_distinct_ids()
    {
        var sample = ChartInputs.Generate(300, 11);
        var first = All(sample);
        var saved = CultureInfo.CurrentCulture;
        ChartFigure[] second;
        try
        {
            CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo("de-DE");
            second = All(ChartInputs.Generate(300, 11));
        }
        finally
        {
            CultureInfo.CurrentCulture = saved;
        }

        Assert.Equal(first.Select(f => f.Json), second.Select(f => f.Json));
        Assert.Equal(first.Length, first.Select(f => f.Id).Distinct().Count());
        Assert.All(first, f => Assert.DoesNotMatch("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-", f.Json));
        Assert.All(first, f => Assert.DoesNotContain("frames", f.Json, StringComparison.Ordinal));
        Assert.All(first, f => Assert.DoesNotContain("plotly.js", f.Json, StringComparison.Ordinal));
        Assert.All(first, f => Assert.NotEmpty(f.Title));
    }

    [Fact]
    public void Every_hover_template_ends_its_extra_box()
    {
        foreach (var figure in All(ChartInputs.Generate(150, 2)))
        {
            Assert.All(HoverTemplates(figure), t => Assert.EndsWith("<extra></extra>", t, StringComparison.Ordinal));
        }
    }
}
