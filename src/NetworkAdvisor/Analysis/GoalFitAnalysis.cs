using System.Collections.Immutable;
using System.Globalization;
using Microsoft.Data.Analysis;
using NetworkAdvisor.Classification;
using NetworkAdvisor.Frames;
using NetworkAdvisor.Goals;

namespace NetworkAdvisor.Analysis;

/// <summary>
/// Measures a network against a goal: size against the recommended range, and the article's advice
/// turned into checks (decision-maker share, target-company coverage, share in target functions,
/// niche depth, largest single company, unclear titles, regional share from tags).
/// <para>
/// Score (0-100) = 40 x size fit + 60 x the mean fulfilment of the measurable composition checks.
/// Size fit is 1 inside the range, count/min below it, max/count above it, and 0 at LinkedIn's
/// 30,000 cap. A check's fulfilment is 1 when it passes, else value/target for a minimum and
/// target/value for a maximum. Checks that cannot be measured are left out; with none measurable the
/// score is 100 x size fit. Composition shares are of identified connections (hidden profiles,
/// which have no title or company, are left out of the denominator).
/// </para>
/// </summary>
public static class GoalFitAnalysis
{
    private const double SizeWeight = 40;
    private const double CompositionWeight = 60;

    /// <summary>Fits classified connections to a goal.</summary>
    /// <param name="connections">Classified connections (already limited to the as-of date if wanted).</param>
    /// <param name="goal">The goal (built-in or from a goal file).</param>
    /// <param name="companies">Normaliser used for target companies (same aliases as for connections).</param>
    /// <param name="additionalChecks">Checks measured elsewhere (engagement, growth pace) that count like the others.</param>
    /// <returns>The fit.</returns>
    public static GoalFit Fit(
        IReadOnlyList<ClassifiedConnection> connections, Goal goal, CompanyNormalizer companies, IEnumerable<FitCheck>? additionalChecks = null)
    {
        ArgumentNullException.ThrowIfNull(connections);
        ArgumentNullException.ThrowIfNull(goal);
        ArgumentNullException.ThrowIfNull(companies);
        return Fit(FitBasis.Of(connections), goal, companies, additionalChecks);
    }

    /// <summary>Fits connections counted once in <paramref name="basis"/> to a goal (the report fits every goal of the catalogue).</summary>
    internal static GoalFit Fit(FitBasis basis, Goal goal, CompanyNormalizer companies, IEnumerable<FitCheck>? additionalChecks = null)
    {
        var n = basis.Total;
        var status = n < goal.Min ? SizeStatus.Below : n > goal.Max ? SizeStatus.Above : SizeStatus.Within;
        var sizeFit = n >= Goal.LinkedInCap ? 0
            : status == SizeStatus.Within ? 1
            : status == SizeStatus.Below ? (goal.Min == 0 ? 1 : (double)n / goal.Min)
            : (double)goal.Max / n;
        var checks = new List<FitCheck> { SizeCheck(goal, n, status, sizeFit) };
        var t = goal.Targets;
        if (t.MinDecisionMakerShare is { } dm)
        {
            checks.Add(DecisionMakers(basis, dm));
        }

        if (t.MinTargetCompanyCoverage is { } coverage || !t.Companies.IsEmpty)
        {
            checks.Add(TargetCompanies(basis, t.Companies, t.MinTargetCompanyCoverage ?? 0.5, companies));
        }

        if (t.MinTargetFunctionShare is { } functionShare || !t.Functions.IsEmpty)
        {
            checks.Add(TargetFunctions(basis, t.Functions, t.MinTargetFunctionShare ?? 0.3));
        }

        if (t.MinNicheShare is { } niche)
        {
            checks.Add(NicheDepth(basis, niche));
        }

        if (t.MaxSingleCompanyShare is { } maxCompany)
        {
            checks.Add(LargestCompany(basis, maxCompany));
        }

        if (t.MaxUnknownFunctionShare is { } maxUnknown)
        {
            checks.Add(UnclearTitles(basis, maxUnknown));
        }

        if (t.MinRegionShare is { } region)
        {
            checks.Add(Region(basis, t.Regions, region));
        }

        checks.AddRange(additionalChecks ?? []);
        var measurable = checks.Skip(1).Where(c => c.Passed is not null).ToList();
        var score = measurable.Count == 0
            ? 100 * sizeFit
            : (SizeWeight * sizeFit) + (CompositionWeight * measurable.Average(c => c.Fulfilment));
        var passed = checks.Count(c => c.Passed == true);
        var measured = checks.Count(c => c.Passed is not null);
        var verdict = string.Create(
            CultureInfo.InvariantCulture,
            $"{n:N0} connections: {Words(status)} the {goal.Range} range for \"{goal.Title}\"; {passed} of {measured} measurable checks pass; fit score {Math.Round(score):0}/100.");
        var recommendations = checks.Where(c => c.Passed != true && c.Recommendation.Length > 0)
            .OrderBy(c => c.Passed is null ? 1 : 0)
            .ThenBy(c => c.Fulfilment)
            .Select(c => c.Recommendation)
            .Concat(goal.Advice)
            .Distinct(StringComparer.Ordinal)
            .ToImmutableArray();
        return new GoalFit(
            goal, n, status, goal.Max == goal.Min ? (n >= goal.Max ? 1 : 0) : (double)(n - goal.Min) / (goal.Max - goal.Min),
            (int)Math.Round(Math.Clamp(score, 0, 100)), verdict, [.. checks], recommendations);
    }

    /// <summary>Fits the rows of a classified DataFrame (possibly filtered) to a goal.</summary>
    /// <param name="classified">A frame from <see cref="ClassifiedFrame.ToDataFrame"/>.</param>
    /// <param name="goal">The goal.</param>
    /// <param name="companies">Normaliser for target companies.</param>
    /// <returns>The fit.</returns>
    public static GoalFit Fit(DataFrame classified, Goal goal, CompanyNormalizer companies) =>
        Fit(ClassifiedFrame.ToClassified(classified), goal, companies);

    /// <summary>
    /// The checks measured outside the export's composition: the growth pace (<see cref="GrowthPaceCheck"/>)
    /// and engagement (<see cref="EngagementAnalysis.FitChecks"/>), to pass to <see cref="Fit(IReadOnlyList{ClassifiedConnection}, Goal, CompanyNormalizer, IEnumerable{FitCheck})"/>.
    /// </summary>
    /// <param name="growth">Growth as of the analysis date.</param>
    /// <param name="engagement">Engagement as of the analysis date.</param>
    /// <returns>The growth-pace check, then the two engagement checks.</returns>
    public static ImmutableArray<FitCheck> ActivityChecks(GrowthResult growth, EngagementResult engagement) =>
        [GrowthPaceCheck.From(growth), .. EngagementAnalysis.FitChecks(engagement)];

    /// <summary>The fit of every built-in goal, so a user who has not chosen yet sees which ranges the network suits.</summary>
    /// <param name="connections">Classified connections.</param>
    /// <returns>One fit per catalogue goal, in catalogue order.</returns>
    public static ImmutableArray<GoalFit> FitAll(IReadOnlyList<ClassifiedConnection> connections)
    {
        ArgumentNullException.ThrowIfNull(connections);
        var basis = FitBasis.Of(connections);
        return [.. GoalCatalogue.All.Select(goal => Fit(basis, goal, CompanyNormalizer.Default))];
    }

    private static FitCheck SizeCheck(Goal goal, int n, SizeStatus status, double sizeFit)
    {
        var value = Invariant($"{n:N0} connections");
        var target = Invariant($"{goal.Range}");
        return status switch
        {
            SizeStatus.Within => new FitCheck("size", value, target, true, 1,
                Invariant($"Your network is inside the recommended range for this goal (position {ShareText.Percent((double)(n - goal.Min) / Math.Max(1, goal.Max - goal.Min), 0)} of the way up)."), string.Empty),
            SizeStatus.Below => new FitCheck("size", value, target, false, sizeFit,
                Invariant($"Your network is {goal.Min - n:N0} connections short of the range; quality still beats quantity, so grow with relevant contacts."),
                Invariant($"Add about {goal.Min - n:N0} relevant connections to reach {goal.Min:N0}: people in your target companies and functions, not random invitations.")),
            _ => new FitCheck("size", value, target, false, sizeFit,
                n >= Goal.LinkedInCap
                    ? Invariant($"You are at LinkedIn's hard limit of {Goal.LinkedInCap:N0} connections: you cannot add anyone without removing someone.")
                    : Invariant($"Your network is {n - goal.Max:N0} connections above the range: it may be too large to manage and keep relationships real."),
                Invariant($"Prune superficial or dormant connections (about {n - goal.Max:N0}) before adding more, and be selective with invitations.")),
        };
    }

    private static FitCheck DecisionMakers(FitBasis basis, double min)
    {
        var people = basis.Identified;
        var count = basis.DecisionMakers;
        var share = Share(count, people.Count);
        var passed = people.Count > 0 && share >= min;
        return new FitCheck(
            "decision-makers",
            Invariant($"{ShareText.Percent(share, 1)} ({count:N0} of {people.Count:N0})"),
            Invariant($"at least {ShareText.Percent(min, 0)}"),
            people.Count == 0 ? null : passed,
            Fulfil(share, min),
            Invariant($"Directors and above decide on hires and purchases; {ShareText.Percent(share, 0)} of your identified connections are at that level."),
            passed ? string.Empty
                : Invariant($"Connect with more decision-makers (Director, VP, C-level, partners, owners): about {Math.Max(0, (int)Math.Ceiling((min * people.Count) - count)):N0} more would reach {ShareText.Percent(min, 0)}."));
    }

    private static FitCheck TargetCompanies(FitBasis basis, ImmutableArray<string> targets, double min, CompanyNormalizer companies)
    {
        if (targets.IsEmpty)
        {
            return new FitCheck("target-companies", "not set", Invariant($"at least {ShareText.Percent(min, 0)} of your target companies"), null, 0,
                "Coverage of target companies cannot be measured until you name them.",
                "List the companies you want to reach, one per line, and pass them with --targets (or targetCompanies in a goal file).");
        }

        var covered = targets.Where(t => basis.CompanyKeys.Contains(companies.Normalize(t).Key)).ToList();
        var missing = targets.Except(covered, StringComparer.Ordinal).ToList();
        var coverage = Share(covered.Count, targets.Length);
        var passed = coverage >= min;
        return new FitCheck(
            "target-companies",
            Invariant($"{covered.Count} of {targets.Length} ({ShareText.Percent(coverage, 0)})"),
            Invariant($"at least {ShareText.Percent(min, 0)}"),
            passed,
            Fulfil(coverage, min),
            Invariant($"You have at least one connection at {covered.Count} of your {targets.Length} target companies."),
            passed ? string.Empty
                : Invariant($"You have {covered.Count} of {targets.Length} target companies covered: find people at {string.Join(", ", missing.Take(8))}{(missing.Count > 8 ? ", ..." : string.Empty)}."));
    }

    private static FitCheck TargetFunctions(FitBasis basis, ImmutableArray<JobFunction> functions, double min)
    {
        if (functions.IsEmpty)
        {
            return new FitCheck("target-functions", "not set", Invariant($"at least {ShareText.Percent(min, 0)} in your target functions"), null, 0,
                "The share in the functions you need cannot be measured until you name them.",
                "Name the job functions you hire or sell for (targetFunctions in a goal file, e.g. [Engineering, Information Technology]).");
        }

        var people = basis.Identified;
        var count = functions.Distinct().Sum(basis.InFunction);
        var share = Share(count, people.Count);
        var names = string.Join(", ", functions.Select(Vocabulary.Name));
        var passed = people.Count > 0 && share >= min;
        return new FitCheck(
            "target-functions",
            Invariant($"{ShareText.Percent(share, 1)} ({count:N0} of {people.Count:N0})"),
            Invariant($"at least {ShareText.Percent(min, 0)} in {names}"),
            people.Count == 0 ? null : passed,
            Fulfil(share, min),
            Invariant($"{ShareText.Percent(share, 0)} of your identified connections work in {names}."),
            passed ? string.Empty : Invariant($"Grow your reach in {names}: about {Math.Max(0, (int)Math.Ceiling((min * people.Count) - count)):N0} more connections there would reach {ShareText.Percent(min, 0)}."));
    }

    private static FitCheck NicheDepth(FitBasis basis, double min)
    {
        var people = basis.Identified;
        var largest = basis.LargestFunction();
        var share = Share(largest.Count, people.Count);
        var name = largest.Count == 0 ? "none" : Vocabulary.Name(largest.Function);
        var passed = people.Count > 0 && share >= min;
        return new FitCheck(
            "niche-depth",
            Invariant($"{name} {ShareText.Percent(share, 1)}"),
            Invariant($"at least {ShareText.Percent(min, 0)} in your largest function"),
            people.Count == 0 ? null : passed,
            Fulfil(share, min),
            Invariant($"Your deepest niche is {name} with {ShareText.Percent(share, 0)} of identified connections; experts need depth in one field."),
            passed ? string.Empty : Invariant($"Deepen one niche: connect with practitioners in {(largest.Count == 0 ? "your field" : name)} rather than adding broadly."));
    }

    private static FitCheck LargestCompany(FitBasis basis, double max)
    {
        var people = basis.Identified;
        var largest = basis.LargestCompany;
        var share = Share(largest.Count, people.Count);
        var passed = share <= max;
        return new FitCheck(
            "largest-company",
            largest.Count == 0 ? "none" : Invariant($"{largest.Name} {ShareText.Percent(share, 1)} ({largest.Count:N0})"),
            Invariant($"at most {ShareText.Percent(max, 0)}"),
            people.Count == 0 ? null : passed,
            share <= max || share == 0 ? 1 : max / share,
            Invariant($"A diverse mix across companies widens your reach; your largest company holds {ShareText.Percent(share, 0)} of identified connections."),
            passed ? string.Empty : Invariant($"Diversify beyond {largest.Name}: connect with people at other companies in your field."));
    }

    private static FitCheck UnclearTitles(FitBasis basis, double max)
    {
        var people = basis.Identified;
        var count = basis.InFunction(JobFunction.Unknown);
        var share = Share(count, people.Count);
        var passed = share <= max;
        return new FitCheck(
            "unclear-titles",
            Invariant($"{ShareText.Percent(share, 1)} ({count:N0} of {people.Count:N0})"),
            Invariant($"at most {ShareText.Percent(max, 0)}"),
            people.Count == 0 ? null : passed,
            share <= max || share == 0 ? 1 : max / share,
            Invariant($"{ShareText.Percent(share, 0)} of identified connections have titles that name no job function (ranks only, slogans, students)."),
            passed ? string.Empty : "Review connections whose titles say nothing about their work; keep the relevant ones and prune the rest.");
    }

    private static FitCheck Region(FitBasis basis, ImmutableArray<string> regionTags, double min)
    {
        var people = basis.Identified;
        if (regionTags.IsEmpty)
        {
            return new FitCheck("region", "cannot be measured", Invariant($"at least {ShareText.Percent(min, 0)} in your region(s)"), null, 0,
                "The LinkedIn export has no location for connections, so regional reach cannot be measured from it.",
                "Tag contacts by region in a tags file (e.g. tag 'local') and name the tags in a goal file (regionTags) to measure this.");
        }

        var count = people.Count(c => c.Tags.Any(tag => regionTags.Contains(tag, StringComparer.OrdinalIgnoreCase)));
        var share = Share(count, people.Count);
        var passed = people.Count > 0 && share >= min;
        return new FitCheck(
            "region",
            Invariant($"{ShareText.Percent(share, 1)} ({count:N0} tagged {string.Join("/", regionTags)})"),
            Invariant($"at least {ShareText.Percent(min, 0)}"),
            people.Count == 0 ? null : passed,
            Fulfil(share, min),
            Invariant($"{ShareText.Percent(share, 0)} of identified connections carry your region tags."),
            passed ? string.Empty : Invariant($"Grow your regional contacts (tagged {string.Join("/", regionTags)}): about {Math.Max(0, (int)Math.Ceiling((min * people.Count) - count)):N0} more would reach {ShareText.Percent(min, 0)}."));
    }

    private static double Share(int count, int total) => total == 0 ? 0 : (double)count / total;

    private static double Fulfil(double value, double min) => min <= 0 || value >= min ? 1 : value / min;

    private static string Words(SizeStatus status) => status switch
    {
        SizeStatus.Below => "below",
        SizeStatus.Within => "within",
        _ => "above",
    };

    private static string Invariant(FormattableString text) => FormattableString.Invariant(text);
}
