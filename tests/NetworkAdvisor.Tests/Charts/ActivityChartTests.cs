using NetworkAdvisor.Analysis;
using NetworkAdvisor.Charts;
using static NetworkAdvisor.Tests.Charts.ChartJson;

namespace NetworkAdvisor.Tests.Charts;

public sealed class ActivityChartTests
{
    [Fact]
    public void Engagement_recency_has_five_buckets_that_add_up_to_the_identified_connections()
    {
        var engagement = ChartInputs.Generate().Engagement();

        var figure = NetworkCharts.EngagementRecency(engagement, engagement.AsOf);

        Assert.Equal("engagement-recency", figure.Id);
        var bar = Assert.Single(Traces(figure));
        Assert.Equal("bar", bar.GetProperty("type").GetString());
        Assert.Equal(["< 3 months", "3–12 months", "1–2 years", "> 2 years", "Never"], Strings(bar.GetProperty("x")));
        var counts = Numbers(bar.GetProperty("y"));
        Assert.Equal(engagement.Identified, counts.Sum());
        Assert.Equal(engagement.NeverMessaged, counts[4]);

        // Each identified contact in the bucket of its last message (hidden profiles are in none): counted here one by one.
        var asOf = engagement.AsOf;
        Assert.Contains(engagement.Contacts, c => c.Connection.Connection.IsHidden);
        var identified = engagement.Contacts.Where(c => !c.Connection.Connection.IsHidden).ToList();
        int[] expected =
        [
            identified.Count(c => c.LastContact is { } d && DateOnly.FromDateTime(d) >= asOf.AddMonths(-3)),
            identified.Count(c => c.LastContact is { } d && DateOnly.FromDateTime(d) < asOf.AddMonths(-3) && DateOnly.FromDateTime(d) >= asOf.AddMonths(-12)),
            identified.Count(c => c.LastContact is { } d && DateOnly.FromDateTime(d) < asOf.AddMonths(-12) && DateOnly.FromDateTime(d) >= asOf.AddMonths(-24)),
            identified.Count(c => c.LastContact is { } d && DateOnly.FromDateTime(d) < asOf.AddMonths(-24)),
            identified.Count(c => c.LastContact is null),
        ];
        Assert.Equal(expected, counts.Select(n => (int)n));
        Assert.All(expected, n => Assert.True(n > 0));
        Assert.Equal("Connections", AxisTitle(figure, "yaxis"));
        Assert.StartsWith("Last message", AxisTitle(figure, "xaxis"), StringComparison.Ordinal);
    }

    [Fact]
    public void Invitation_breakdown_stacks_each_category_by_suggestion()
    {
        var triage = ChartInputs.Generate().Invitations();
        Assert.NotEmpty(triage.Incoming);

        var figure = NetworkCharts.InvitationBreakdown(triage);

        Assert.Equal("invitations", figure.Id);
        Assert.Equal(["bar", "bar", "bar"], Types(figure));
        Assert.Equal("stack", Layout(figure).GetProperty("barmode").GetString());
        var traces = Traces(figure);
        Assert.Equal(["Accept", "Review", "Ignore"], traces.Select(t => t.GetProperty("name").GetString()));
        Assert.Equal(triage.Incoming.Length, traces.Sum(t => Numbers(t.GetProperty("y")).Sum()));
        Assert.Equal(triage.Summary.Accept, Numbers(traces[0].GetProperty("y")).Sum());
        Assert.Equal(triage.Summary.SpamLike, traces.Sum(t => Numbers(t.GetProperty("y"))[4]));
        Assert.Equal("Incoming invitations", AxisTitle(figure, "yaxis"));
    }
}
