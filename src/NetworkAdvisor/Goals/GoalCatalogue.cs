using System.Collections.Immutable;

namespace NetworkAdvisor.Goals;

/// <summary>
/// The 11 built-in goals from the article "what is a good number of LinkedIn connections": there is
/// no universal ideal count, the right size depends on the goal, and the right segments and real
/// engagement matter more than quantity. Every threshold is a default a goal file can override.
/// </summary>
public static class GoalCatalogue
{
    private static readonly string[] Everyone =
    [
        "Connect selectively: accept and send invitations for a reason, not for the count.",
        "Segment and tag your contacts so you can see who is in your network.",
        "Assess regularly and prune superficial or dormant connections.",
    ];

    /// <summary>All built-in goals, in the article's order.</summary>
    public static ImmutableArray<Goal> All { get; } =
    [
        new("job-seeking-entry", "Job seeking, entry-level candidate", 100, 500,
            new GoalTargets(MinDecisionMakerShare: 0.05, MinTargetCompanyCoverage: 0.5, MaxSingleCompanyShare: 0.25),
            ["Count matters less than a diverse mix of relevant contacts at companies that could hire you.",
             "Connect with decision-makers and influencers at your target employers.", .. Everyone]),
        new("job-seeking-mid", "Job seeking, mid-career professional", 500, 1_000,
            new GoalTargets(MinDecisionMakerShare: 0.10, MinTargetCompanyCoverage: 0.5, MaxSingleCompanyShare: 0.20),
            ["A diverse mix of relevant contacts at potential hiring companies beats a bigger count.",
             "Reach decision-makers (Director and above) at your target employers.", .. Everyone]),
        new("job-seeking-senior", "Job seeking, senior-level leader", 1_000, 2_000,
            new GoalTargets(MinDecisionMakerShare: 0.25, MinTargetCompanyCoverage: 0.6, MaxSingleCompanyShare: 0.20),
            ["At senior level your peers decide: a strong share of decision-makers matters most.",
             "Cover the companies you would lead at, through their executives and board members.", .. Everyone]),
        new("thought-leadership-expert", "Establish yourself as an industry expert", 1_000, 5_000,
            new GoalTargets(MinNicheShare: 0.30, MaxUnknownFunctionShare: 0.35),
            ["Depth in a specific niche matters more than vast numbers of shallow connections.",
             "Engage thoughtfully: comment, message and share with the people in your field.", .. Everyone]),
        new("thought-leadership-influencer", "Become an authoritative influencer", 5_000, 10_000,
            new GoalTargets(MinNicheShare: 0.25, MaxUnknownFunctionShare: 0.40),
            ["Reach beyond your niche while keeping a recognisable core audience.",
             "Followers are separate from connections: connect with people you actually engage with.", .. Everyone]),
        new("sales-new-clients", "Identify potential new clients", 500, 2_000,
            new GoalTargets(MinDecisionMakerShare: 0.20, MinTargetCompanyCoverage: 0.3),
            ["Access to prospects across your target accounts and verticals matters more than size.",
             "Connect with the key decision-makers, and show restraint: no indiscriminate adding.", .. Everyone]),
        new("sales-pipeline", "Build a robust sales pipeline", 2_000, 5_000,
            new GoalTargets(MinDecisionMakerShare: 0.20, MinTargetCompanyCoverage: 0.5),
            ["Cover your target accounts broadly and reach their decision-makers.",
             "Grow steadily; bursts of indiscriminate adds dilute the pipeline.", .. Everyone]),
        new("recruiting-sourcing", "Source candidates for open roles", 1_000, 3_000,
            new GoalTargets(MinTargetFunctionShare: 0.40, MaxUnknownFunctionShare: 0.30),
            ["Have enough reach in the functions you hire for; avoid irrelevant contacts.", .. Everyone]),
        new("recruiting-talent-pool", "Expand talent pool and pipeline", 3_000, 10_000,
            new GoalTargets(MinTargetFunctionShare: 0.30, MaxUnknownFunctionShare: 0.35),
            ["A large pool in your hiring functions keeps your pipeline full; keep it relevant.", .. Everyone]),
        new("entrepreneur-local", "Network within local community", 250, 500,
            new GoalTargets(MinRegionShare: 0.5),
            ["Local contacts bring referrals: tag your local contacts to measure their share.",
             "Location is not in the LinkedIn export, so NetworkAdvisor needs your tags for it.", .. Everyone]),
        new("entrepreneur-global", "Go beyond geographic borders", 500, 1_500,
            new GoalTargets(MinRegionShare: 0.3),
            ["After a local base, reach national and global contacts: tag contacts by region to measure it.",
             "Location is not in the LinkedIn export, so NetworkAdvisor needs your tags for it.", .. Everyone]),
    ];

    /// <summary>Finds a built-in goal by id (case-insensitive).</summary>
    /// <param name="id">The goal id.</param>
    /// <param name="goal">The goal when found.</param>
    /// <returns>True when found.</returns>
    public static bool TryGet(string id, out Goal goal)
    {
        goal = All.FirstOrDefault(g => g.Id.Equals(id?.Trim(), StringComparison.OrdinalIgnoreCase))!;
        return goal is not null;
    }

    /// <summary>Gets a built-in goal by id (case-insensitive).</summary>
    /// <param name="id">The goal id, e.g. <c>sales-new-clients</c>.</param>
    /// <returns>The goal.</returns>
    /// <exception cref="ArgumentException">No built-in goal has that id (the message lists the ids).</exception>
    public static Goal Get(string id) => TryGet(id, out var goal)
        ? goal
        : throw new ArgumentException($"No built-in goal is called '{id}'. Goals: {string.Join(", ", All.Select(g => g.Id))}.", nameof(id));
}
