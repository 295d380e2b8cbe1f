using System.Globalization;

namespace NetworkAdvisor.Import;

/// <summary>
/// What a date column's all-numeric slash dates say about day/month order, gathered value by value (and part by
/// part: evidence from parts of a file joins with <see cref="Join"/>). A first number above 12 means day first, a
/// second above 12 means month first; LinkedIn's own month-first order wins when the column says nothing or both.
/// </summary>
/// <param name="DayFirst">A value whose first number can only be a day was seen.</param>
/// <param name="MonthFirst">A value whose second number can only be a day was seen.</param>
internal readonly record struct DateOrderEvidence(bool DayFirst, bool MonthFirst)
{
    /// <summary>The order the evidence gives.</summary>
    public DateOrder Order => DayFirst && !MonthFirst ? DateOrder.DayFirst : DateOrder.MonthFirst;

    /// <summary>This evidence with what <paramref name="value"/> says added.</summary>
    public DateOrderEvidence With(ReadOnlySpan<char> value)
    {
        var span = value.Trim();
        var slash = span.IndexOf('/');
        if (slash is < 1 or > 2)
        {
            return this;
        }

        var second = span[(slash + 1)..];
        var slash2 = second.IndexOf('/');
        if (slash2 < 1 ||
            !int.TryParse(span[..slash], NumberStyles.None, CultureInfo.InvariantCulture, out var a) ||
            !int.TryParse(second[..slash2], NumberStyles.None, CultureInfo.InvariantCulture, out var b))
        {
            return this;
        }

        return new DateOrderEvidence(DayFirst || (a > 12 && b <= 12), MonthFirst || (b > 12 && a <= 12));
    }

    /// <summary>The evidence of both.</summary>
    public DateOrderEvidence Join(DateOrderEvidence other) => new(DayFirst || other.DayFirst, MonthFirst || other.MonthFirst);
}
