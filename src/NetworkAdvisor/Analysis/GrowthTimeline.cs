using System.Collections.Immutable;
using System.Runtime.InteropServices;
using Microsoft.Data.Analysis;
using NetworkAdvisor.Classification;
using NetworkAdvisor.Frames;
using NetworkAdvisor.Goals;

namespace NetworkAdvisor.Analysis;

/// <summary>
/// How a network grew over time: new connections per day, week, month, quarter or year, the last
/// 12 months' rate, bursts of indiscriminate connecting, who joined each year, and when the current
/// rate reaches the goal's range and LinkedIn's limit. Pure functions: no clock, no I/O.
/// </summary>
/// <remarks>
/// <para>
/// <b>Bursts</b> are always computed on calendar months, whatever the requested period. A month is a
/// burst when it added at least <see cref="BurstMinimumAdds"/> connections and at least
/// <see cref="BurstFactor"/> times the median of the <see cref="BurstWindowMonths"/> months before it.
/// Only months from the first connection's month on are in that window and quiet months count as 0;
/// a month with fewer than <see cref="BurstMinimumHistoryMonths"/> such months before it is never a
/// burst (the first months of a network, when existing contacts are imported, are not vanity growth).
/// The month holding the as-of date counts with what it has so far.
/// </para>
/// <para>
/// <b>Projections</b> assume the trailing-12-month rate goes on: months needed = connections missing
/// / monthly rate, rounded up to whole months; the date is the as-of date plus that many calendar
/// months (the last day of the month when the day does not exist, e.g. 2024-01-31 + 1 month =
/// 2024-02-29). A target already met is reached; with no new connection in the last 12 months the
/// target is never reached at that rate.
/// </para>
/// </remarks>
public static class GrowthTimeline
{
    /// <summary>A burst month adds at least this many connections.</summary>
    public const int BurstMinimumAdds = 10;

    /// <summary>A burst month adds at least this many times the median of the months before it.</summary>
    public const int BurstFactor = 3;

    /// <summary>How many months before a month its median looks at.</summary>
    public const int BurstWindowMonths = 12;

    /// <summary>A month with fewer months of history before it is never a burst.</summary>
    public const int BurstMinimumHistoryMonths = 3;

    /// <summary>Computes the growth of classified connections as of a day.</summary>
    /// <param name="connections">Classified connections (e.g. from <see cref="ClassifiedFrame.ToClassified"/>); hidden profiles count.</param>
    /// <param name="period">The length of a row of <see cref="GrowthResult.Periods"/>.</param>
    /// <param name="asOf">The day to look from; connections made after it are left out and counted in <see cref="GrowthResult.ExcludedAfterAsOf"/>.</param>
    /// <param name="goalMin">The low end of the goal's recommended range, to project; null for none.</param>
    /// <param name="goalMax">The high end of the goal's recommended range, to project; null for none.</param>
    /// <returns>The timeline, rate, bursts, yearly mix and projections; all empty or zero for an empty network.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="connections"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="period"/> is not defined, or a goal is negative.</exception>
    /// <exception cref="ArgumentException"><paramref name="goalMin"/> is above <paramref name="goalMax"/>.</exception>
    public static GrowthResult Compute(
        IReadOnlyList<ClassifiedConnection> connections, GrowthPeriod period, DateOnly asOf, int? goalMin = null, int? goalMax = null)
    {
        ArgumentNullException.ThrowIfNull(connections);
        if (!Enum.IsDefined(period))
        {
            throw new ArgumentOutOfRangeException(nameof(period), period, "Not a growth period.");
        }

        if (goalMin is { } min)
        {
            ArgumentOutOfRangeException.ThrowIfNegative(min, nameof(goalMin));
        }

        if (goalMax is { } max)
        {
            ArgumentOutOfRangeException.ThrowIfNegative(max, nameof(goalMax));
        }

        if (goalMin > goalMax)
        {
            throw new ArgumentException("The goal minimum is above the goal maximum.", nameof(goalMin));
        }

        // One pass reads each connection's day; all but the yearly mix then count days, not connections (at a million
        // connections every pass over them chases two objects per connection).
        var included = new List<ClassifiedConnection>(connections.Count);
        var days = new List<int>(connections.Count);
        var firstDay = int.MaxValue;
        foreach (var c in connections)
        {
            var day = c.Connection.ConnectedOn;
            if (day <= asOf)
            {
                included.Add(c);
                days.Add(day.DayNumber);
                firstDay = Math.Min(firstDay, day.DayNumber);
            }
        }

        var total = included.Count;
        var excluded = connections.Count - total;
        if (total == 0)
        {
            return new GrowthResult(period, asOf, [], 0, excluded, null, 0, 0, [], [], Projections(0, 0, asOf, goalMin, goalMax));
        }

        var first = DateOnly.FromDayNumber(firstDay);
        var perDay = new int[asOf.DayNumber - firstDay + 1];
        foreach (var day in CollectionsMarshal.AsSpan(days))
        {
            perDay[day - firstDay]++;
        }

        var trailing = Trailing12Months(perDay, first, asOf);
        return new GrowthResult(
            period,
            asOf,
            Rows(perDay, first, period, asOf),
            total,
            excluded,
            first,
            trailing,
            trailing / 12.0,
            Bursts(perDay, first, asOf),
            Years(included, days, first, asOf),
            Projections(total, trailing, asOf, goalMin, goalMax));
    }

    /// <summary>Computes the growth of the rows of a classified DataFrame (possibly filtered).</summary>
    /// <param name="classified">A frame from <see cref="ClassifiedFrame.ToDataFrame"/>.</param>
    /// <param name="period">The length of a row of <see cref="GrowthResult.Periods"/>.</param>
    /// <param name="asOf">The day to look from.</param>
    /// <param name="goalMin">The low end of the goal's range, or null.</param>
    /// <param name="goalMax">The high end of the goal's range, or null.</param>
    /// <returns>The growth.</returns>
    /// <exception cref="ArgumentException">The frame lacks a classified column, or the goals are invalid.</exception>
    public static GrowthResult Compute(DataFrame classified, GrowthPeriod period, DateOnly asOf, int? goalMin = null, int? goalMax = null) =>
        Compute(ClassifiedFrame.ToClassified(classified), period, asOf, goalMin, goalMax);

    /// <summary>The label of the period holding a day, e.g. <c>2020-W53</c> for 2021-01-03 (culture-invariant).</summary>
    /// <param name="date">Any day.</param>
    /// <param name="period">The period length.</param>
    /// <returns>The label (see <see cref="GrowthPeriod"/>).</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="period"/> is not defined.</exception>
    public static string Label(DateOnly date, GrowthPeriod period) => GrowthCalendar.Label(date, period);

    /// <summary>The first day of the period holding a day (a Monday for weeks).</summary>
    /// <param name="date">Any day.</param>
    /// <param name="period">The period length.</param>
    /// <returns>The period's first day.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="period"/> is not defined.</exception>
    public static DateOnly PeriodStart(DateOnly date, GrowthPeriod period) => GrowthCalendar.Start(date, period);

    /// <summary>The rows from the first connection's period to the as-of date's; <paramref name="perDay"/> counts each day from <paramref name="first"/>.</summary>
    private static ImmutableArray<GrowthRow> Rows(int[] perDay, DateOnly first, GrowthPeriod period, DateOnly asOf)
    {
        var counts = new Dictionary<DateOnly, int>();
        for (var i = 0; i < perDay.Length; i++)
        {
            if (perDay[i] > 0)
            {
                CollectionsMarshal.GetValueRefOrAddDefault(counts, GrowthCalendar.Start(first.AddDays(i), period), out _) += perDay[i];
            }
        }

        var last = GrowthCalendar.Start(asOf, period);
        var rows = ImmutableArray.CreateBuilder<GrowthRow>();
        var cumulative = 0;
        for (var start = GrowthCalendar.Start(first, period); ; start = GrowthCalendar.Next(start, period))
        {
            var added = counts.GetValueOrDefault(start);
            cumulative += added;
            var end = GrowthCalendar.End(start, period);
            rows.Add(new GrowthRow(GrowthCalendar.Label(start, period), start, end, added, cumulative, start == last && asOf < end));
            if (start == last)
            {
                break;
            }
        }

        return rows.ToImmutable();
    }

    private static int Trailing12Months(int[] perDay, DateOnly first, DateOnly asOf)
    {
        // (asOf - 12 months, asOf]; in year 1 the window reaches before the calendar, so it holds everything.
        var from = asOf.Year == 1 ? 0 : Math.Max(0, asOf.AddMonths(-12).DayNumber + 1 - first.DayNumber);
        var count = 0;
        foreach (var added in perDay.AsSpan(from))
        {
            count += added;
        }

        return count;
    }

    private static ImmutableArray<GrowthBurst> Bursts(int[] perDay, DateOnly first, DateOnly asOf)
    {
        var firstMonth = GrowthCalendar.MonthNumber(first);
        var months = new int[GrowthCalendar.MonthNumber(asOf) - firstMonth + 1];
        for (var i = 0; i < perDay.Length; i++)
        {
            months[GrowthCalendar.MonthNumber(first.AddDays(i)) - firstMonth] += perDay[i];
        }

        var bursts = ImmutableArray.CreateBuilder<GrowthBurst>();
        for (var i = BurstMinimumHistoryMonths; i < months.Length; i++)
        {
            var added = months[i];
            if (added < BurstMinimumAdds)
            {
                continue;
            }

            var windowStart = Math.Max(0, i - BurstWindowMonths);
            var median = Median(months.AsSpan(windowStart, i - windowStart));
            if (added >= BurstFactor * median)
            {
                var start = new DateOnly(first.Year, first.Month, 1).AddMonths(i);
                bursts.Add(new GrowthBurst(GrowthCalendar.Label(start, GrowthPeriod.Month), start, added, median, median == 0 ? null : added / median));
            }
        }

        return bursts.ToImmutable();
    }

    private static double Median(ReadOnlySpan<int> values)
    {
        var sorted = values.ToArray();
        Array.Sort(sorted);
        var middle = sorted.Length / 2;
        return sorted.Length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2.0;
    }

    /// <summary>Who joined each year; <paramref name="days"/> holds the day number of each of <paramref name="included"/>.</summary>
    private static ImmutableArray<GrowthYear> Years(List<ClassifiedConnection> included, List<int> days, DateOnly first, DateOnly asOf)
    {
        // One pass counts every year; functions are listed most added first (ties in vocabulary order), seniorities in
        // vocabulary order, each only when some identified connection of the year has it.
        var yearCount = asOf.Year - first.Year + 1;
        var added = new int[yearCount];
        var identified = new int[yearCount];
        var decisionMakers = new int[yearCount];
        var functions = new int[yearCount, Vocabulary.Functions.Max(f => (int)f) + 1];
        var seniorities = new int[yearCount, Vocabulary.Seniorities.Max(s => (int)s) + 1];
        for (var i = 0; i < included.Count; i++)
        {
            var c = included[i];
            var y = DateOnly.FromDayNumber(days[i]).Year - first.Year;
            added[y]++;
            if (c.Connection.IsHidden)
            {
                continue;
            }

            identified[y]++;
            functions[y, (int)c.Title.Function]++;
            seniorities[y, (int)c.Title.Seniority]++;
            decisionMakers[y] += Vocabulary.IsDecisionMaker(c.Title.Seniority) ? 1 : 0;
        }

        var years = ImmutableArray.CreateBuilder<GrowthYear>(yearCount);
        for (var y = 0; y < yearCount; y++)
        {
            var people = identified[y];
            double Share(int count) => people == 0 ? 0 : (double)count / people;
            var byFunction = Vocabulary.Functions
                .Where(f => functions[y, (int)f] > 0)
                .Select(f => new GrowthFunctionCount(f, functions[y, (int)f], Share(functions[y, (int)f])))
                .OrderByDescending(f => f.Count);
            var bySeniority = Vocabulary.Seniorities
                .Where(s => seniorities[y, (int)s] > 0)
                .Select(s => new GrowthSeniorityCount(s, seniorities[y, (int)s], Share(seniorities[y, (int)s])));
            years.Add(new GrowthYear(
                first.Year + y, added[y], added[y] - people, [.. byFunction], [.. bySeniority], decisionMakers[y], Share(decisionMakers[y])));
        }

        return years.MoveToImmutable();
    }

    private static ImmutableArray<GrowthProjection> Projections(int total, int trailing, DateOnly asOf, int? goalMin, int? goalMax)
    {
        var projections = ImmutableArray.CreateBuilder<GrowthProjection>();
        if (goalMin is { } min)
        {
            projections.Add(Project(GrowthTarget.GoalMin, min, total, trailing, asOf));
        }

        if (goalMax is { } max)
        {
            projections.Add(Project(GrowthTarget.GoalMax, max, total, trailing, asOf));
        }

        projections.Add(Project(GrowthTarget.LinkedInLimit, Goal.LinkedInCap, total, trailing, asOf));
        return projections.ToImmutable();
    }

    private static GrowthProjection Project(GrowthTarget target, int count, int total, int trailing, DateOnly asOf)
    {
        var remaining = Math.Max(0, count - total);
        if (remaining == 0)
        {
            return new GrowthProjection(target, count, 0, GrowthProjectionStatus.Reached, null, null);
        }

        if (trailing == 0)
        {
            return new GrowthProjection(target, count, remaining, GrowthProjectionStatus.Never, null, null);
        }

        // ceil(remaining / (trailing / 12)) in integers, so that an exact multiple is not pushed a month further.
        var months = (((long)remaining * 12) + trailing - 1) / trailing;
        DateOnly? date = GrowthCalendar.MonthNumber(asOf) + months <= GrowthCalendar.MonthNumber(DateOnly.MaxValue)
            ? asOf.AddMonths((int)months)
            : null;
        return new GrowthProjection(target, count, remaining, GrowthProjectionStatus.Projected, months, date);
    }
}
