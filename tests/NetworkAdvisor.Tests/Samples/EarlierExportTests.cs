using System.Globalization;
using NetworkAdvisor.Analysis;
using NetworkAdvisor.Classification;
using NetworkAdvisor.Model;
using NetworkAdvisor.Samples;

namespace NetworkAdvisor.Tests.Samples;

/// <summary><see cref="SampleExportGenerator.GenerateEarlier"/>: the same account, exported at an earlier date.</summary>
public sealed class EarlierExportTests
{
    private static readonly DateOnly AsOf = SampleBundles.AsOf;

    private static readonly DateOnly HalfYearEarlier = AsOf.AddMonths(-6);

    public static TheoryData<int, int, string> Sizes => new()
    {
        { 0, 1, "2025-08-08" },
        { 1, 2, "2025-08-08" },
        { 7, 3, "2024-02-08" },
        { 250, 4, "2026-02-07" },
        { 2_500, 42, "2025-08-08" },
        { 2_500, 42, "2004-01-01" },
    };

    public static TheoryData<int, int, string> Pairs => new()
    {
        { 2_500, 1, "2025-08-08" },
        { 2_500, 2, "2025-08-08" },
        { 2_500, 3, "2025-08-08" },
        { 2_500, 42, "2025-08-08" },
        { 30_000, 5, "2025-08-08" },
    };

    [Theory]
    [MemberData(nameof(Sizes))]
    public void Same_options_and_date_give_identical_bundles(int connections, int seed, string earlier)
    {
        var options = new SampleOptions(connections, seed, AsOf);
        var date = Date(earlier);

        var first = SampleExportGenerator.GenerateEarlier(options, date);
        var second = SampleExportGenerator.GenerateEarlier(options, date);

        AssertSame(first, second);
    }

    [Theory]
    [InlineData("tr-TR")]
    [InlineData("de-DE")]
    public void The_current_culture_changes_nothing(string culture)
    {
        var options = new SampleOptions(500, 11, AsOf);
        var original = CultureInfo.CurrentCulture;
        ExportBundle invariant;
        ExportBundle other;
        try
        {
            CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;
            invariant = SampleExportGenerator.GenerateEarlier(options, HalfYearEarlier);
            CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo(culture);
            other = SampleExportGenerator.GenerateEarlier(options, HalfYearEarlier);
        }
        finally
        {
            CultureInfo.CurrentCulture = original;
        }

        AssertSame(invariant, other);
    }

    [Fact]
    public void Generating_an_earlier_export_leaves_the_later_one_as_it_is()
    {
        var options = new SampleOptions(250, 9, AsOf);
        var before = SampleExportGenerator.Generate(options);

        SampleExportGenerator.GenerateEarlier(options, HalfYearEarlier);

        AssertSame(before, SampleExportGenerator.Generate(options));
    }

    [Fact]
    public void Source_names_the_seed_and_the_date()
    {
        var bundle = SampleBundles.GetEarlier(250, -7, HalfYearEarlier);

        Assert.Equal("sample:seed=-7;as-of=2025-08-08", bundle.Source);
        Assert.Empty(bundle.Files);
        Assert.Empty(bundle.Skipped);
        Assert.Empty(bundle.Issues);
    }

    [Theory]
    [MemberData(nameof(Sizes))]
    public void Nothing_happens_after_the_earlier_date(int connections, int seed, string earlier)
    {
        var date = Date(earlier);
        var bundle = SampleBundles.GetEarlier(connections, seed, date);
        var end = date.ToDateTime(new TimeOnly(23, 59, 59));

        Assert.All(bundle.Connections, c => Assert.True(c.ConnectedOn <= date));
        Assert.All(bundle.Invitations, i => Assert.InRange(i.SentAt, date.ToDateTime(TimeOnly.MinValue).AddDays(-121), end));
        Assert.All(bundle.Messages, m => Assert.True(m.SentAt <= end));
        Assert.All(bundle.Endorsements, e => Assert.True(e.EndorsedOn <= end));
        Assert.All(bundle.Recommendations, r => Assert.True(r.CreatedAt <= end));
        Assert.All(bundle.CompanyFollows, f => Assert.True(f.FollowedOn <= end));
        Assert.All(bundle.Positions, p => Assert.True(p.StartedOn <= date && (p.FinishedOn ?? date) <= date));
        Assert.InRange(bundle.Positions.Count(p => p.IsCurrent), 0, 1);
        Assert.All(bundle.Positions.Skip(1), p => Assert.False(p.IsCurrent));
    }

    [Theory]
    [MemberData(nameof(Pairs))]
    public void Lists_are_newest_first_and_hold_everything_of_the_later_export_up_to_the_date(int connections, int seed, string earlier)
    {
        var date = Date(earlier);
        var end = date.AddDays(1).ToDateTime(TimeOnly.MinValue);
        var bundle = SampleBundles.GetEarlier(connections, seed, date);
        var later = SampleBundles.Get(connections, seed);

        AssertDescending(bundle.Connections.Select(c => c.ConnectedOn.ToDateTime(TimeOnly.MinValue)));
        AssertDescending(bundle.Invitations.Select(i => i.SentAt));
        AssertDescending(bundle.Messages.Select(m => m.SentAt));
        Assert.Equal(later.Messages.Where(m => m.SentAt < end), bundle.Messages);
        Assert.Equal(later.Endorsements.Where(e => e.EndorsedOn < end), bundle.Endorsements);
        Assert.Equal(later.Recommendations.Where(r => r.CreatedAt < end), bundle.Recommendations);
        Assert.Equal(later.CompanyFollows.Where(f => f.FollowedOn < end), bundle.CompanyFollows);
        Assert.Equal(later.Skills.AsEnumerable(), bundle.Skills.AsEnumerable());
        Assert.Equal(later.Connections.Count(c => c.IsHidden && c.ConnectedOn <= date), bundle.Connections.Count(c => c.IsHidden));
    }

    [Theory]
    [InlineData(250, 4, "2026-02-07")]
    [InlineData(2_500, 42, "2026-01-09")]
    [InlineData(2_500, 1, "2025-12-01")]
    public void Invitations_still_pending_later_were_pending_then_too(int connections, int seed, string earlier)
    {
        var date = Date(earlier);
        var bundle = SampleBundles.GetEarlier(connections, seed, date);
        var stillPending = SampleBundles.Get(connections, seed).Invitations.Where(i => i.SentAt < date.AddDays(1).ToDateTime(TimeOnly.MinValue)).ToHashSet();

        Assert.NotEmpty(stillPending);
        Assert.Superset(stillPending, bundle.Invitations.ToHashSet());
    }

    [Theory]
    [MemberData(nameof(Pairs))]
    public void Invitations_pending_then_go_both_ways(int connections, int seed, string earlier)
    {
        var bundle = SampleBundles.GetEarlier(connections, seed, Date(earlier));
        var owner = SampleBundles.OwnerName(bundle);
        var connected = bundle.Connections.Select(c => c.ProfileUrl).ToHashSet(StringComparer.Ordinal);

        Assert.InRange(bundle.Invitations.Length, (int)Math.Floor(bundle.Connections.Length * 0.02), (int)Math.Ceiling(bundle.Connections.Length * 0.06));
        Assert.Contains(bundle.Invitations, i => i.Direction == InvitationDirection.Incoming && i.To == owner);
        Assert.Contains(bundle.Invitations, i => i.Direction == InvitationDirection.Outgoing && i.From == owner);
        Assert.DoesNotContain(bundle.Invitations, i => connected.Contains(i.Direction == InvitationDirection.Incoming ? i.InviterProfileUrl : i.InviteeProfileUrl));
    }

    [Theory]
    [MemberData(nameof(Pairs))]
    public void A_diff_with_the_later_export_shows_added_removed_and_changed(int connections, int seed, string earlier)
    {
        var date = Date(earlier);
        var older = SampleBundles.GetEarlier(connections, seed, date);
        var newer = SampleBundles.Get(connections, seed);

        var diff = Compare(older, newer, date, AsOf);

        var laterUrls = newer.Connections.Where(c => !c.IsHidden).Select(c => c.ProfileUrl).ToHashSet(StringComparer.Ordinal);
        var madeSince = newer.Connections.Where(c => !c.IsHidden && c.ConnectedOn > date).Select(c => c.ProfileUrl).Order(StringComparer.Ordinal);
        var former = older.Connections.Where(c => !c.IsHidden && !laterUrls.Contains(c.ProfileUrl)).Select(c => c.ProfileUrl).Order(StringComparer.Ordinal);
        Assert.Equal(madeSince, diff.Added.Select(c => c.ProfileUrl).Order(StringComparer.Ordinal));
        Assert.Equal(former, diff.Removed.Select(c => c.ProfileUrl).Order(StringComparer.Ordinal));
        Assert.All(diff.Changed, c => Assert.Equal("url", c.MatchedBy));
        Assert.All(diff.Changed, c => Assert.NotEqual((c.Before.Company, c.Before.Position), (c.After.Company, c.After.Position)));

        var both = diff.Changed.Length + diff.Unchanged;
        Assert.Equal(older.Connections.Count(c => !c.IsHidden) - diff.Removed.Length, both);
        Assert.NotEmpty(diff.Added);
        Assert.InRange(diff.Removed.Length / (double)diff.OldCount, 0.01, 0.03);
        Assert.InRange(diff.Changed.Length / (double)both, 0.03, 0.05);
    }

    [Fact]
    public void Every_row_that_differs_from_the_later_export_is_a_job_change_the_diff_reports()
    {
        var older = SampleBundles.GetEarlier(2_500, 42, HalfYearEarlier);
        var newer = SampleBundles.Get(2_500, 42);
        var later = newer.Connections.Where(c => !c.IsHidden).ToDictionary(c => c.ProfileUrl, StringComparer.Ordinal);

        var differing = older.Connections
            .Where(c => later.TryGetValue(c.ProfileUrl, out var now) && now != c)
            .ToList();
        var diff = Compare(older, newer, HalfYearEarlier, AsOf);

        Assert.All(differing, c => Assert.Equal(
            (later[c.ProfileUrl].FirstName, later[c.ProfileUrl].LastName, later[c.ProfileUrl].Email, later[c.ProfileUrl].ConnectedOn),
            (c.FirstName, c.LastName, c.Email, c.ConnectedOn)));
        Assert.Equal(differing.Select(c => c.ProfileUrl).Order(StringComparer.Ordinal), diff.Changed.Select(c => c.Before.ProfileUrl).Order(StringComparer.Ordinal));
    }

    [Theory]
    [InlineData(1, "2024-02-08", "2025-08-08")]
    [InlineData(42, "2025-02-08", "2025-08-08")]
    [InlineData(42, "2025-08-08", "2026-01-15")]
    public void Earlier_exports_of_one_account_agree_with_each_other(int seed, string first, string second)
    {
        var (a, b) = (Date(first), Date(second));
        var older = SampleBundles.GetEarlier(2_500, seed, a);
        var newer = SampleBundles.GetEarlier(2_500, seed, b);
        var latest = SampleBundles.Get(2_500, seed).Connections.Where(c => !c.IsHidden).ToDictionary(c => c.ProfileUrl, StringComparer.Ordinal);
        var middle = newer.Connections.Where(c => !c.IsHidden).ToDictionary(c => c.ProfileUrl, StringComparer.Ordinal);

        var diff = Compare(older, newer, a, b);

        // Added: everyone in the second export connected after the first date; removed: only former connections.
        Assert.Equal(
            newer.Connections.Where(c => !c.IsHidden && c.ConnectedOn > a).Select(c => c.ProfileUrl).Order(StringComparer.Ordinal),
            diff.Added.Select(c => c.ProfileUrl).Order(StringComparer.Ordinal));
        Assert.All(diff.Removed, c => Assert.False(latest.ContainsKey(c.ProfileUrl), $"{c.ProfileUrl} was removed but is back later"));

        // Someone who still had the old job at the second date had it at the first too.
        foreach (var row in older.Connections.Where(c => !c.IsHidden && middle.ContainsKey(c.ProfileUrl) && latest.ContainsKey(c.ProfileUrl)))
        {
            if (middle[row.ProfileUrl] != latest[row.ProfileUrl])
            {
                Assert.Equal(middle[row.ProfileUrl], row);
            }
        }
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(42)]
    [InlineData(-7)]
    public void The_owner_before_the_current_job_had_the_previous_one(int seed)
    {
        var later = SampleBundles.Get(250, seed);
        var started = later.Positions[0].StartedOn!.Value;
        var date = started.AddDays(-1);

        var bundle = SampleBundles.GetEarlier(250, seed, date);

        Assert.Equal(later.Positions.Length - 1, bundle.Positions.Length);
        Assert.Equal(later.Positions.Skip(2), bundle.Positions.Skip(1));
        var previous = later.Positions[1];
        Assert.Equal((previous.CompanyName, previous.Title), (bundle.Positions[0].CompanyName, bundle.Positions[0].Title));
        Assert.StartsWith(previous.Title, bundle.Profile!.Headline, StringComparison.Ordinal);
        Assert.DoesNotContain(later.Positions[0].CompanyName, bundle.Profile!.Headline, StringComparison.Ordinal);
        Assert.Equal(later.Profile! with { Headline = bundle.Profile.Headline, Summary = bundle.Profile.Summary }, bundle.Profile);
    }

    [Theory]
    [InlineData("2026-02-08")]
    [InlineData("2026-02-09")]
    [InlineData("2027-01-01")]
    [InlineData("2003-12-31")]
    [InlineData("0001-01-01")]
    public void Rejects_dates_not_before_the_export_or_before_linkedin(string earlier)
    {
        var options = new SampleOptions(10, 1, AsOf);

        var error = Assert.Throws<ArgumentOutOfRangeException>(() => SampleExportGenerator.GenerateEarlier(options, Date(earlier)));

        Assert.Equal("earlierAsOf", error.ParamName);
    }

    [Fact]
    public void Rejects_null_options() =>
        Assert.Throws<ArgumentNullException>(() => SampleExportGenerator.GenerateEarlier(null!, HalfYearEarlier));

    private static ExportDiff Compare(ExportBundle older, ExportBundle newer, DateOnly olderDate, DateOnly newerDate) =>
        ExportDiffAnalysis.Compare(ConnectionClassifier.Default.Classify(older), ConnectionClassifier.Default.Classify(newer), olderDate, newerDate);

    private static DateOnly Date(string text) => DateOnly.ParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static void AssertSame(ExportBundle expected, ExportBundle actual) => SampleExportGeneratorTests.AssertSame(expected, actual);

    private static void AssertDescending(IEnumerable<DateTime> values)
    {
        var previous = DateTime.MaxValue;
        foreach (var value in values)
        {
            Assert.True(value <= previous, $"{value:O} after {previous:O}");
            previous = value;
        }
    }
}
