using System.Globalization;
using NetworkAdvisor.Analysis;
using NetworkAdvisor.Classification;
using NetworkAdvisor.Frames;
using NetworkAdvisor.Model;

namespace NetworkAdvisor.Tests.Analysis;

public sealed class GrowthTimelineTests
{
    private static readonly GrowthPeriod[] AllPeriods = Enum.GetValues<GrowthPeriod>();

    public static TheoryData<GrowthPeriod> Periods() => [.. AllPeriods];

    [Theory]
    [InlineData("2024-01-31", GrowthPeriod.Month, "2024-01", "2024-01-01")]
    [InlineData("2024-02-01", GrowthPeriod.Month, "2024-02", "2024-02-01")]
    [InlineData("2024-02-29", GrowthPeriod.Day, "2024-02-29", "2024-02-29")]
    [InlineData("2024-02-29", GrowthPeriod.Week, "2024-W09", "2024-02-26")]
    [InlineData("2024-02-29", GrowthPeriod.Month, "2024-02", "2024-02-01")]
    [InlineData("2024-02-29", GrowthPeriod.Quarter, "2024-Q1", "2024-01-01")]
    [InlineData("2024-02-29", GrowthPeriod.Year, "2024", "2024-01-01")]
    [InlineData("2020-12-31", GrowthPeriod.Week, "2020-W53", "2020-12-28")]
    [InlineData("2021-01-03", GrowthPeriod.Week, "2020-W53", "2020-12-28")]
    [InlineData("2021-01-04", GrowthPeriod.Week, "2021-W01", "2021-01-04")]
    [InlineData("2019-12-30", GrowthPeriod.Week, "2020-W01", "2019-12-30")]
    [InlineData("2021-01-03", GrowthPeriod.Year, "2021", "2021-01-01")]
    [InlineData("2023-03-31", GrowthPeriod.Quarter, "2023-Q1", "2023-01-01")]
    [InlineData("2023-04-01", GrowthPeriod.Quarter, "2023-Q2", "2023-04-01")]
    [InlineData("2023-09-30", GrowthPeriod.Quarter, "2023-Q3", "2023-07-01")]
    [InlineData("2023-12-31", GrowthPeriod.Quarter, "2023-Q4", "2023-10-01")]
    [InlineData("0999-06-01", GrowthPeriod.Year, "0999", "0999-01-01")]
    public void Label_and_start_of_the_period_holding_a_day(string date, GrowthPeriod period, string label, string start)
    {
        Assert.Equal(label, GrowthTimeline.Label(D(date), period));
        Assert.Equal(D(start), GrowthTimeline.PeriodStart(D(date), period));
    }

    [Theory]
    [MemberData(nameof(Periods))]
    public void An_empty_network_has_no_rows_and_zero_everywhere(GrowthPeriod period)
    {
        var growth = GrowthTimeline.Compute([], period, D("2024-06-30"), goalMin: 100, goalMax: 500);

        Assert.Equal(period, growth.Period);
        Assert.Empty(growth.Periods);
        Assert.Equal(0, growth.Total);
        Assert.Equal(0, growth.ExcludedAfterAsOf);
        Assert.Null(growth.FirstConnectedOn);
        Assert.Equal(0, growth.Trailing12Months);
        Assert.Equal(0, growth.MonthlyRate);
        Assert.Empty(growth.Bursts);
        Assert.Empty(growth.Years);
        Assert.Equal(
            [(GrowthTarget.GoalMin, 100), (GrowthTarget.GoalMax, 500), (GrowthTarget.LinkedInLimit, 30_000)],
            growth.Projections.Select(p => (p.Target, p.Remaining)).ToArray());
        Assert.All(growth.Projections, p => Assert.Equal(GrowthProjectionStatus.Never, p.Status));
        Assert.Equal(0, growth.ToDataFrame().Rows.Count);
    }

    [Theory]
    [InlineData(GrowthPeriod.Day, "2024-02-29,2024-03-01,2024-03-02", "1,0,0", "2024-03-02", false)]
    [InlineData(GrowthPeriod.Week, "2024-W09", "1", "2024-03-03", true)]
    [InlineData(GrowthPeriod.Month, "2024-02,2024-03", "1,0", "2024-03-31", true)]
    [InlineData(GrowthPeriod.Quarter, "2024-Q1", "1", "2024-03-31", true)]
    [InlineData(GrowthPeriod.Year, "2024", "1", "2024-12-31", true)]
    public void One_connection_on_a_leap_day(GrowthPeriod period, string labels, string added, string lastEnd, bool lastIsPartial)
    {
        var growth = GrowthTimeline.Compute([With("2024-02-29")], period, D("2024-03-02"));

        Assert.Equal(labels.Split(','), growth.Periods.Select(p => p.Label).ToArray());
        Assert.Equal(Ints(added), growth.Periods.Select(p => p.Added).ToArray());
        Assert.All(growth.Periods, p => Assert.Equal(1, p.Cumulative));
        Assert.Equal(D(lastEnd), growth.Periods[^1].End);
        Assert.Equal(lastIsPartial, growth.Periods[^1].IsPartial);
        Assert.All(growth.Periods.Take(growth.Periods.Length - 1), p => Assert.False(p.IsPartial));
        Assert.Equal(1, growth.Total);
        Assert.Equal(D("2024-02-29"), growth.FirstConnectedOn);
    }

    [Theory]
    [InlineData(GrowthPeriod.Month, "2024-01-31,2024-02-01", "2024-02-01", "2024-01,2024-02", "1,1", "2024-01-01|2024-01-31,2024-02-01|2024-02-29")]
    [InlineData(GrowthPeriod.Month, "2023-01-31,2023-02-01", "2023-03-01", "2023-01,2023-02,2023-03", "1,1,0", "2023-01-01|2023-01-31,2023-02-01|2023-02-28,2023-03-01|2023-03-31")]
    [InlineData(GrowthPeriod.Day, "2024-02-28,2024-02-29,2024-03-01", "2024-03-01", "2024-02-28,2024-02-29,2024-03-01", "1,1,1", "2024-02-28|2024-02-28,2024-02-29|2024-02-29,2024-03-01|2024-03-01")]
    [InlineData(GrowthPeriod.Day, "2023-02-28,2023-03-01", "2023-03-01", "2023-02-28,2023-03-01", "1,1", "2023-02-28|2023-02-28,2023-03-01|2023-03-01")]
    [InlineData(GrowthPeriod.Week, "2020-12-31,2021-01-03,2021-01-04", "2021-01-10", "2020-W53,2021-W01", "2,1", "2020-12-28|2021-01-03,2021-01-04|2021-01-10")]
    [InlineData(GrowthPeriod.Week, "2019-12-29,2019-12-30,2020-01-05", "2020-01-06", "2019-W52,2020-W01,2020-W02", "1,2,0", "2019-12-23|2019-12-29,2019-12-30|2020-01-05,2020-01-06|2020-01-12")]
    [InlineData(GrowthPeriod.Quarter, "2023-03-31,2023-04-01,2023-12-31", "2024-01-05", "2023-Q1,2023-Q2,2023-Q3,2023-Q4,2024-Q1", "1,1,0,1,0", "2023-01-01|2023-03-31,2023-04-01|2023-06-30,2023-07-01|2023-09-30,2023-10-01|2023-12-31,2024-01-01|2024-03-31")]
    [InlineData(GrowthPeriod.Year, "2021-12-31,2024-01-01", "2024-01-01", "2021,2022,2023,2024", "1,0,0,1", "2021-01-01|2021-12-31,2022-01-01|2022-12-31,2023-01-01|2023-12-31,2024-01-01|2024-12-31")]
    public void Period_edges(GrowthPeriod period, string dates, string asOf, string labels, string added, string ranges)
    {
        var growth = GrowthTimeline.Compute([.. dates.Split(',').Select(With)], period, D(asOf));

        Assert.Equal(labels.Split(','), growth.Periods.Select(p => p.Label).ToArray());
        Assert.Equal(Ints(added), growth.Periods.Select(p => p.Added).ToArray());
        Assert.Equal(ranges.Split(','), growth.Periods.Select(p => $"{S(p.Start)}|{S(p.End)}").ToArray());
    }

    [Fact]
    public void Quiet_months_are_rows_and_the_last_cumulative_is_the_total()
    {
        var growth = GrowthTimeline.Compute([With("2023-01-10"), With("2023-05-20"), With("2023-05-31")], GrowthPeriod.Month, D("2023-06-30"));

        Assert.Equal(["2023-01", "2023-02", "2023-03", "2023-04", "2023-05", "2023-06"], growth.Periods.Select(p => p.Label).ToArray());
        Assert.Equal([1, 0, 0, 0, 2, 0], growth.Periods.Select(p => p.Added).ToArray());
        Assert.Equal([1, 1, 1, 1, 3, 3], growth.Periods.Select(p => p.Cumulative).ToArray());
        Assert.Equal(3, growth.Total);
        Assert.Equal(growth.Total, growth.Periods[^1].Cumulative);
        Assert.False(growth.Periods[^1].IsPartial);
    }

    [Fact]
    public void Hidden_profiles_count_everywhere()
    {
        var connections = ConnectionClassifier.Default.Classify(
            [Hidden("2024-01-31"), Hidden("2024-02-01"), Hidden("2024-02-01")], []);
        Assert.All(connections, c => Assert.True(c.Connection.IsHidden));

        var growth = GrowthTimeline.Compute(connections, GrowthPeriod.Month, D("2024-04-10"));

        Assert.Equal(["2024-01", "2024-02", "2024-03", "2024-04"], growth.Periods.Select(p => p.Label).ToArray());
        Assert.Equal([1, 2, 0, 0], growth.Periods.Select(p => p.Added).ToArray());
        Assert.Equal([1, 3, 3, 3], growth.Periods.Select(p => p.Cumulative).ToArray());
        Assert.Equal(3, growth.Total);
        Assert.Equal(3, growth.Trailing12Months);
        Assert.Equal(0.25, growth.MonthlyRate);
        var year = Assert.Single(growth.Years);
        Assert.Equal((2024, 3, 3, 0, 0.0), (year.Year, year.Added, year.Hidden, year.DecisionMakers, year.DecisionMakerShare));
        Assert.Empty(year.Functions);
        Assert.Empty(year.Seniorities);
    }

    [Theory]
    [InlineData("2024-01-01,2024-06-30,2024-07-01,2025-01-01", "2024-06-30", 2, 2, "2024-01-01", 6)]
    [InlineData("2024-07-01,2025-01-01", "2024-06-30", 0, 2, null, 0)]
    [InlineData("2024-06-30", "2024-06-30", 1, 0, "2024-06-30", 1)]
    public void Connections_after_the_as_of_date_are_left_out_and_counted(
        string dates, string asOf, int total, int excluded, string? first, int rows)
    {
        var growth = GrowthTimeline.Compute([.. dates.Split(',').Select(With)], GrowthPeriod.Month, D(asOf));

        Assert.Equal(total, growth.Total);
        Assert.Equal(excluded, growth.ExcludedAfterAsOf);
        Assert.Equal(first is null ? null : D(first), growth.FirstConnectedOn);
        Assert.Equal(rows, growth.Periods.Length);
        Assert.Equal(total, growth.Periods.Sum(p => p.Added));
        Assert.Equal(total, growth.Trailing12Months);
        Assert.Equal(total, growth.Years.Sum(y => y.Added));
    }

    [Theory]
    [InlineData("2024-02-29", "2023-02-28,2023-03-01,2024-02-29,2024-03-01", 2)]
    [InlineData("2025-06-15", "2024-06-15,2024-06-16,2025-06-15", 2)]
    [InlineData("2025-06-15", "2020-01-01,2024-06-14", 0)]
    [InlineData("2025-03-31", "2024-03-31,2024-04-01,2025-03-30", 2)]
    public void Trailing_12_months_run_from_the_day_after_as_of_minus_a_year_through_as_of(string asOf, string dates, int trailing)
    {
        var growth = GrowthTimeline.Compute([.. dates.Split(',').Select(With)], GrowthPeriod.Month, D(asOf));

        Assert.Equal(trailing, growth.Trailing12Months);
        Assert.Equal(trailing / 12.0, growth.MonthlyRate);
    }

    [Theory]
    [InlineData("2,2,2,2,10", "2023-05|10|2|5")]
    [InlineData("4,4,4,4,11", "")]
    [InlineData("4,4,4,4,12", "2023-05|12|4|3")]
    [InlineData("0,0,0,9", "")]
    [InlineData("1,1,1,10", "2023-04|10|1|10")]
    [InlineData("1,1,30", "")]
    [InlineData("1,1,30,1", "")]
    [InlineData("5,0,0,0,10", "2023-05|10|0|-")]
    [InlineData("1,2,3,30,40", "2023-04|30|2|15;2023-05|40|2.5|16")]
    [InlineData("1,2,3,30,2,40", "2023-04|30|2|15;2023-06|40|2|20")]
    [InlineData("10,10,10,10,10,10,10,0,0,0,0,0,0,15", "2024-02|15|5|3")]
    [InlineData("10,10,10,10,10,10,10,0,0,0,0,0,0,14", "")]
    public void Bursts_need_ten_adds_and_three_times_the_median_of_the_twelve_months_before(string monthly, string expected)
    {
        var (connections, asOf) = Monthly(2023, 1, Ints(monthly));

        var growth = GrowthTimeline.Compute(connections, GrowthPeriod.Month, asOf);

        Assert.Equal(expected.Length == 0 ? [] : expected.Split(';'), growth.Bursts.Select(Describe).ToArray());
    }

    [Theory]
    [MemberData(nameof(Periods))]
    public void Bursts_are_computed_on_months_whatever_the_period(GrowthPeriod period)
    {
        var (connections, asOf) = Monthly(2023, 1, [2, 2, 2, 2, 10]);

        var growth = GrowthTimeline.Compute(connections, period, asOf);

        Assert.Equal(["2023-05|10|2|5"], growth.Bursts.Select(Describe).ToArray());
        Assert.Equal(D("2023-05-01"), growth.Bursts[0].Start);
    }

    [Fact]
    public void Yearly_mix_counts_functions_seniorities_and_decision_makers()
    {
        ClassifiedConnection[] connections =
        [
            With("2022-03-01", JobFunction.Engineering, Seniority.Senior),
            With("2022-12-31", JobFunction.Sales, Seniority.Director),
            With("2022-06-01", JobFunction.Sales, Seniority.VP),
            With("2022-07-01"),
            HiddenOn("2022-08-01"),
            With("2024-01-01", JobFunction.Sales, Seniority.CXO),
            With("2024-02-01", JobFunction.Marketing, Seniority.Entry),
            With("2024-02-11", JobFunction.Marketing, Seniority.Owner),
        ];

        var growth = GrowthTimeline.Compute(connections, GrowthPeriod.Quarter, D("2024-02-10"));

        Assert.Equal([2022, 2023, 2024], growth.Years.Select(y => y.Year).ToArray());
        Assert.Equal([5, 0, 2], growth.Years.Select(y => y.Added).ToArray());
        Assert.Equal([1, 0, 0], growth.Years.Select(y => y.Hidden).ToArray());
        Assert.Equal([2, 0, 1], growth.Years.Select(y => y.DecisionMakers).ToArray());
        Assert.Equal([0.5, 0, 0.5], growth.Years.Select(y => y.DecisionMakerShare).ToArray());
        Assert.Equal(
            [(JobFunction.Sales, 2, 0.5), (JobFunction.Engineering, 1, 0.25), (JobFunction.Unknown, 1, 0.25)],
            growth.Years[0].Functions.Select(f => (f.Function, f.Count, f.Share)).ToArray());
        Assert.Equal(
            [Seniority.Senior, Seniority.Director, Seniority.VP, Seniority.Unknown],
            growth.Years[0].Seniorities.Select(s => s.Seniority).ToArray());
        Assert.Empty(growth.Years[1].Functions);
        Assert.Empty(growth.Years[1].Seniorities);
        Assert.Equal(["Marketing", "Sales"], growth.Years[2].Functions.Select(f => f.Name).ToArray());
        Assert.Equal(["Entry", "CXO"], growth.Years[2].Seniorities.Select(s => s.Name).ToArray());
    }

    [Theory]
    [InlineData(600, 0, "2024-01-31", 500, 600, "GoalMin:Reached:0::;GoalMax:Reached:0::;LinkedInLimit:Never:29400::")]
    [InlineData(380, 120, "2024-01-31", 500, 1000, "GoalMin:Reached:0::;GoalMax:Projected:500:50:2028-03-31;LinkedInLimit:Projected:29500:2950:2269-11-30")]
    [InlineData(0, 7, "2024-06-15", 10, 14, "GoalMin:Projected:3:6:2024-12-15;GoalMax:Projected:7:12:2025-06-15;LinkedInLimit:Projected:29993:51417:6309-03-15")]
    [InlineData(0, 1, "2024-06-15", null, null, "LinkedInLimit:Projected:29999:359988:")]
    [InlineData(0, 0, "2024-06-15", 0, null, "GoalMin:Reached:0::;LinkedInLimit:Never:30000::")]
    [InlineData(30_000, 12, "2024-06-15", null, 40_000, "GoalMax:Projected:9988:9988:2856-10-15;LinkedInLimit:Reached:0::")]
    public void Projections_at_the_trailing_12_month_rate(int old, int recent, string asOf, int? goalMin, int? goalMax, string expected)
    {
        var day = D(asOf);
        var connections = Enumerable.Repeat(With("2000-01-01"), old)
            .Concat(Enumerable.Range(0, recent).Select(i => With(S(day.AddDays(-(i % 300))))))
            .ToList();

        var growth = GrowthTimeline.Compute(connections, GrowthPeriod.Year, day, goalMin, goalMax);

        Assert.Equal(recent, growth.Trailing12Months);
        Assert.Equal(
            expected.Split(';'),
            growth.Projections.Select(p => $"{p.Target}:{p.Status}:{p.Remaining}:{p.MonthsNeeded}:{(p.Date is { } d ? S(d) : string.Empty)}").ToArray());
    }

    [Fact]
    public void The_frame_overload_gives_the_same_result()
    {
        var connections = ConnectionClassifier.Default.Classify(
        [
            new Connection("Ada", "Lovelace", "", "", "Engines", "Senior Software Engineer", D("2023-11-05")),
            new Connection("Bob", "Stone", "", "", "Acme", "Head of Sales", D("2024-01-20")),
            Hidden("2024-01-21"),
        ], []);

        var fromRecords = GrowthTimeline.Compute(connections, GrowthPeriod.Month, D("2024-02-15"), 10, 20);
        var fromFrame = GrowthTimeline.Compute(ClassifiedFrame.ToDataFrame(connections), GrowthPeriod.Month, D("2024-02-15"), 10, 20);

        Assert.Equal(fromRecords.Periods.ToArray(), fromFrame.Periods.ToArray());
        Assert.Equal(fromRecords.Projections.ToArray(), fromFrame.Projections.ToArray());
        Assert.Equal(
            fromRecords.Years.Select(y => (y.Year, y.Added, y.DecisionMakers)).ToArray(),
            fromFrame.Years.Select(y => (y.Year, y.Added, y.DecisionMakers)).ToArray());
        Assert.Equal([1, 0, 2, 0], fromFrame.Periods.Select(p => p.Added).ToArray());
        Assert.Equal([0, 1], fromFrame.Years.Select(y => y.DecisionMakers).ToArray());
    }

    [Fact]
    public void The_periods_convert_to_a_data_frame()
    {
        var growth = GrowthTimeline.Compute([With("2024-01-31"), With("2024-03-01")], GrowthPeriod.Month, D("2024-03-01"));

        var frame = growth.ToDataFrame();

        Assert.Equal(["Period", "Start", "End", "Added", "Cumulative"], frame.Columns.Select(c => c.Name).ToArray());
        Assert.Equal(["2024-01", "2024-02", "2024-03"], frame["Period"].Cast<string>().ToArray());
        Assert.Equal(new DateTime(2024, 2, 29), frame["End"][1]);
        Assert.Equal([1, 0, 1], frame["Added"].Cast<int>().ToArray());
        Assert.Equal([1, 1, 2], frame["Cumulative"].Cast<int>().ToArray());
    }

    [Fact]
    public void Invalid_arguments_are_refused()
    {
        Assert.Throws<ArgumentNullException>(() => GrowthTimeline.Compute((IReadOnlyList<ClassifiedConnection>)null!, GrowthPeriod.Month, D("2024-01-01")));
        Assert.Throws<ArgumentOutOfRangeException>(() => GrowthTimeline.Compute([], (GrowthPeriod)99, D("2024-01-01")));
        Assert.Throws<ArgumentOutOfRangeException>(() => GrowthTimeline.Compute([], GrowthPeriod.Month, D("2024-01-01"), goalMin: -1));
        Assert.Throws<ArgumentOutOfRangeException>(() => GrowthTimeline.Compute([], GrowthPeriod.Month, D("2024-01-01"), goalMax: -1));
        Assert.Throws<ArgumentException>(() => GrowthTimeline.Compute([], GrowthPeriod.Month, D("2024-01-01"), goalMin: 5, goalMax: 4));
        Assert.Throws<ArgumentOutOfRangeException>(() => GrowthTimeline.Label(D("2024-01-01"), (GrowthPeriod)99));
    }

    [Theory]
    [InlineData("9999-12-31", GrowthPeriod.Week, "9999-W52", "9999-12-27", "9999-12-31")]
    [InlineData("0001-01-01", GrowthPeriod.Week, "0001-W01", "0001-01-01", "0001-01-07")]
    [InlineData("9999-12-31", GrowthPeriod.Quarter, "9999-Q4", "9999-10-01", "9999-12-31")]
    public void The_ends_of_the_calendar_do_not_overflow(string date, GrowthPeriod period, string label, string start, string end)
    {
        var growth = GrowthTimeline.Compute([With(date)], period, D(date), goalMin: 100);

        var row = Assert.Single(growth.Periods);
        Assert.Equal((label, D(start), D(end), 1, 1), (row.Label, row.Start, row.End, row.Added, row.Cumulative));
        Assert.Equal(GrowthProjectionStatus.Projected, growth.Projections[0].Status);
    }

    internal static ClassifiedConnection With(string date) => With(date, JobFunction.Unknown, Seniority.Unknown);

    internal static ClassifiedConnection With(string date, JobFunction function, Seniority seniority) => new(
        new Connection("P", "Q", "", "", "Acme", "title", D(date)),
        new TitleClassification("title", function, seniority, 1, "test"),
        new CompanyName("acme", "Acme", false),
        Relationship.None,
        []);

    private static ClassifiedConnection HiddenOn(string date) => new(
        Hidden(date), new TitleClassification("", JobFunction.Unknown, Seniority.Unknown, 0, "hidden"), new CompanyName("", "", false), Relationship.None, []);

    private static Connection Hidden(string date) => new("", "", "", "", "", "", D(date));

    /// <summary>counts[i] connections on the 15th of the i-th month from year-month; as of the 28th of the last month.</summary>
    private static (List<ClassifiedConnection> Connections, DateOnly AsOf) Monthly(int year, int month, int[] counts)
    {
        var first = new DateOnly(year, month, 15);
        var connections = counts.SelectMany((count, i) => Enumerable.Repeat(With(S(first.AddMonths(i))), count)).ToList();
        return (connections, new DateOnly(year, month, 28).AddMonths(counts.Length - 1));
    }

    private static string Describe(GrowthBurst burst) => FormattableString.Invariant(
        $"{burst.Month}|{burst.Added}|{burst.TrailingMedian}|{(burst.Factor is { } f ? f.ToString(CultureInfo.InvariantCulture) : "-")}");

    private static int[] Ints(string csv) => [.. csv.Split(',').Select(s => int.Parse(s, CultureInfo.InvariantCulture))];

    internal static DateOnly D(string date) => DateOnly.ParseExact(date, "yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string S(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
