using System.Globalization;
using CsCheck;
using NetworkAdvisor.Analysis;
using NetworkAdvisor.Classification;
using NetworkAdvisor.Samples;

namespace NetworkAdvisor.Tests.Analysis;

/// <summary>The timeline against straightforward, independent counts on generated networks.</summary>
public sealed class GrowthCrossCheckTests
{
    [Theory]
    [InlineData(300, 1, "2026-11-01", "2026-11-01")]
    [InlineData(2_500, 7, "2026-11-01", "2024-02-29")]
    [InlineData(1_000, 42, "2025-01-15", "2021-01-03")]
    [InlineData(50, 3, "2020-06-30", "2020-06-30")]
    public void Monthly_adds_equal_an_independent_group_by(int size, int seed, string exportDate, string asOf)
    {
        var connections = Generate(size, seed, exportDate);
        var day = GrowthTimelineTests.D(asOf);
        var kept = connections.Select(c => c.Connection.ConnectedOn).Where(d => d <= day).ToList();
        var expected = kept
            .GroupBy(d => (d.Year, d.Month))
            .ToDictionary(g => string.Create(CultureInfo.InvariantCulture, $"{g.Key.Year:D4}-{g.Key.Month:D2}"), g => g.Count());

        var growth = GrowthTimeline.Compute(connections, GrowthPeriod.Month, day);

        var first = kept.Min();
        Assert.Equal(((day.Year - first.Year) * 12) + day.Month - first.Month + 1, growth.Periods.Length);
        Assert.Equal(growth.Periods.Length, growth.Periods.Select(p => p.Label).Distinct().Count());
        Assert.All(growth.Periods, p => Assert.Equal(expected.GetValueOrDefault(p.Label), p.Added));
        Assert.Equal(expected.Keys.Order().ToArray(), growth.Periods.Where(p => p.Added > 0).Select(p => p.Label).ToArray());
        Assert.Equal(kept.Count, growth.Total);
        Assert.Equal(connections.Count - kept.Count, growth.ExcludedAfterAsOf);
        Assert.Equal(kept.Count, growth.Periods[^1].Cumulative);
        Assert.Equal(kept.Count(d => d > day.AddYears(-1)), growth.Trailing12Months);
        Assert.Equal(kept.GroupBy(d => d.Year).Select(g => (g.Key, g.Count())).Order().ToArray(), growth.Years.Where(y => y.Added > 0).Select(y => (y.Year, y.Added)).ToArray());
    }

    [Theory]
    [InlineData(GrowthPeriod.Day)]
    [InlineData(GrowthPeriod.Week)]
    [InlineData(GrowthPeriod.Quarter)]
    [InlineData(GrowthPeriod.Year)]
    public void Other_periods_equal_an_independent_group_by(GrowthPeriod period)
    {
        var connections = Generate(2_500, 11, "2026-11-01");
        var day = GrowthTimelineTests.D("2026-01-02");
        var kept = connections.Select(c => c.Connection.ConnectedOn).Where(d => d <= day).ToList();
        var expected = kept.GroupBy(d => Key(d, period)).ToDictionary(g => g.Key, g => g.Count());

        var growth = GrowthTimeline.Compute(connections, period, day);

        Assert.All(growth.Periods, p => Assert.Equal(expected.GetValueOrDefault(p.Label), p.Added));
        Assert.Equal(expected.Keys.Order(StringComparer.Ordinal).ToArray(), growth.Periods.Where(p => p.Added > 0).Select(p => p.Label).ToArray());
        Assert.Equal(kept.Count, growth.Periods.Sum(p => p.Added));
        Assert.Equal(Key(kept.Min(), period), growth.Periods[0].Label);
        Assert.Equal(Key(day, period), growth.Periods[^1].Label);
        for (var i = 1; i < growth.Periods.Length; i++)
        {
            Assert.Equal(growth.Periods[i - 1].End.AddDays(1), growth.Periods[i].Start);
            Assert.Equal(growth.Periods[i - 1].Cumulative + growth.Periods[i].Added, growth.Periods[i].Cumulative);
        }
    }

    [Fact]
    public void Rows_tile_the_calendar_for_arbitrary_dates()
    {
        var dates = Gen.Int[new DateOnly(1999, 12, 20).DayNumber, new DateOnly(2001, 1, 10).DayNumber].Select(DateOnly.FromDayNumber).Array[1, 40];
        Gen.Select(dates, Gen.Enum<GrowthPeriod>(), Gen.Int[0, 400]).Sample((days, period, ahead) =>
        {
            var asOf = days.Max().AddDays(ahead);
            var growth = GrowthTimeline.Compute([.. days.Select(d => GrowthTimelineTests.With(d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)))], period, asOf);

            Assert.Equal(days.Length, growth.Total);
            Assert.Equal(days.Length, growth.Periods.Sum(p => p.Added));
            Assert.Equal(days.Length, growth.Periods[^1].Cumulative);
            Assert.True(growth.Periods[0].Start <= days.Min() && days.Min() <= growth.Periods[0].End);
            Assert.True(growth.Periods[^1].Start <= asOf && asOf <= growth.Periods[^1].End);
            Assert.Equal(growth.Periods.Length, growth.Periods.Select(p => p.Label).Distinct().Count());
            foreach (var row in growth.Periods)
            {
                Assert.Equal(days.Count(d => row.Start <= d && d <= row.End), row.Added);
                Assert.Equal(row.Label, GrowthTimeline.Label(row.Start, period));
                Assert.Equal(row.Label, GrowthTimeline.Label(row.End, period));
            }
        });
    }

    private static List<ClassifiedConnection> Generate(int size, int seed, string exportDate) =>
        [.. ConnectionClassifier.Default.Classify(SampleExportGenerator.Generate(new SampleOptions(size, seed, GrowthTimelineTests.D(exportDate))))];

    private static string Key(DateOnly d, GrowthPeriod period)
    {
        var c = CultureInfo.InvariantCulture;
        var time = d.ToDateTime(TimeOnly.MinValue);
        return period switch
        {
            GrowthPeriod.Day => d.ToString("yyyy-MM-dd", c),
            GrowthPeriod.Week => ISOWeek.GetYear(time).ToString(c) + "-W" + ISOWeek.GetWeekOfYear(time).ToString("00", c),
            GrowthPeriod.Quarter => d.Year.ToString(c) + "-Q" + ((d.Month + 2) / 3).ToString(c),
            GrowthPeriod.Year => d.Year.ToString(c),
            _ => throw new ArgumentOutOfRangeException(nameof(period)),
        };
    }
}
