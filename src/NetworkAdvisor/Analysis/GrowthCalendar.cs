using System.Globalization;

namespace NetworkAdvisor.Analysis;

/// <summary>Period arithmetic for <see cref="GrowthTimeline"/>: starts, ends, next periods and labels, culture-invariant.</summary>
internal static class GrowthCalendar
{
    public static DateOnly Start(DateOnly date, GrowthPeriod period) => period switch
    {
        GrowthPeriod.Day => date,
        GrowthPeriod.Week => date.AddDays(-(((int)date.DayOfWeek + 6) % 7)),
        GrowthPeriod.Month => new DateOnly(date.Year, date.Month, 1),
        GrowthPeriod.Quarter => new DateOnly(date.Year, ((date.Month - 1) / 3 * 3) + 1, 1),
        GrowthPeriod.Year => new DateOnly(date.Year, 1, 1),
        _ => throw new ArgumentOutOfRangeException(nameof(period), period, "Not a growth period."),
    };

    /// <summary>The last day of the period that starts on <paramref name="start"/> (never past 9999-12-31).</summary>
    public static DateOnly End(DateOnly start, GrowthPeriod period) => period switch
    {
        GrowthPeriod.Day => start,
        GrowthPeriod.Week => DateOnly.FromDayNumber(Math.Min(start.DayNumber + 6, DateOnly.MaxValue.DayNumber)),
        GrowthPeriod.Month => LastDay(start.Year, start.Month),
        GrowthPeriod.Quarter => LastDay(start.Year, start.Month + 2),
        GrowthPeriod.Year => new DateOnly(start.Year, 12, 31),
        _ => throw new ArgumentOutOfRangeException(nameof(period), period, "Not a growth period."),
    };

    /// <summary>The start of the period after the one starting on <paramref name="start"/>; only called when that period exists.</summary>
    public static DateOnly Next(DateOnly start, GrowthPeriod period) => period switch
    {
        GrowthPeriod.Day => start.AddDays(1),
        GrowthPeriod.Week => start.AddDays(7),
        GrowthPeriod.Month => start.AddMonths(1),
        GrowthPeriod.Quarter => start.AddMonths(3),
        GrowthPeriod.Year => start.AddYears(1),
        _ => throw new ArgumentOutOfRangeException(nameof(period), period, "Not a growth period."),
    };

    public static string Label(DateOnly date, GrowthPeriod period)
    {
        var culture = CultureInfo.InvariantCulture;
        switch (period)
        {
            case GrowthPeriod.Day:
                return date.ToString("yyyy-MM-dd", culture);
            case GrowthPeriod.Week:
                var day = date.ToDateTime(TimeOnly.MinValue);
                return string.Create(culture, $"{ISOWeek.GetYear(day):D4}-W{ISOWeek.GetWeekOfYear(day):D2}");
            case GrowthPeriod.Month:
                return date.ToString("yyyy-MM", culture);
            case GrowthPeriod.Quarter:
                return string.Create(culture, $"{date.Year:D4}-Q{((date.Month - 1) / 3) + 1}");
            case GrowthPeriod.Year:
                return date.Year.ToString("D4", culture);
            default:
                throw new ArgumentOutOfRangeException(nameof(period), period, "Not a growth period.");
        }
    }

    /// <summary>Months since January of year 1: consecutive months differ by one.</summary>
    public static int MonthNumber(DateOnly date) => (date.Year * 12) + date.Month - 1;

    private static DateOnly LastDay(int year, int month) => new(year, month, DateTime.DaysInMonth(year, month));
}
