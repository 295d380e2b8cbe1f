using System.Globalization;

namespace NetworkAdvisor.Import;

/// <summary>
/// Parses every date and time format seen in LinkedIn exports and their Excel re-saves, without
/// looking at the current culture: <c>08 Feb 2026</c>, <c>1/8/18, 6:14 PM</c>, <c>4-Apr-21</c>,
/// <c>16.09.2021</c>, <c>2026-06-24 12:43:42 UTC</c>, <c>2026/06/24 12:43:42 UTC</c>,
/// <c>Wed Jun 24 12:43:42 UTC 2026</c>, <c>Jan 2024</c>, <c>2015</c>, month names in European languages.
/// </summary>
internal static class ExportDateParser
{
    private const int MinYear = 1900;
    private const int MaxYear = 2199;

    /// <summary>Parses a date with an optional time; a missing day (e.g. <c>Jan 2024</c>) means the 1st.</summary>
    public static bool TryParse(string text, DateOrder order, out DateTime value) => TryParse(text.AsSpan(), order, out value);

    /// <summary>As <see cref="TryParse(string, DateOrder, out DateTime)"/>, from the text of a field that was not made a string.</summary>
    public static bool TryParse(ReadOnlySpan<char> text, DateOrder order, out DateTime value)
    {
        var span = text.Trim();
        return TryParseCommon(span, out value) ?? TryParseAny(span, order, out value);
    }

    /// <summary>As <see cref="TryParse(string, DateOrder, out DateTime)"/> without the shortcut for LinkedIn's most frequent layouts (tests compare the two).</summary>
    internal static bool TryParseWithoutShortcut(string text, DateOrder order, out DateTime value) =>
        TryParseAny(text.AsSpan().Trim(), order, out value);

    /// <summary>
    /// LinkedIn's two most frequent layouts, read straight from their fixed positions: messages'
    /// <c>2026-06-24 12:43:42 UTC</c> and connections' <c>08 Feb 2026</c> (a month name <see cref="MonthNames"/>
    /// knows). Null when the text has neither layout; otherwise exactly what the general reading gives.
    /// </summary>
    private static bool? TryParseCommon(ReadOnlySpan<char> span, out DateTime value)
    {
        value = default;
        if (span.Length == 23 && span[4] == '-' && span[7] == '-' && span[10] == ' ' && span[13] == ':' && span[16] == ':' &&
            span.EndsWith(" UTC", StringComparison.Ordinal) &&
            TryDigits(span[..4], out var year) && TryDigits(span[5..7], out var month) && TryDigits(span[8..10], out var day) &&
            TryDigits(span[11..13], out var hour) && TryDigits(span[14..16], out var minute) && TryDigits(span[17..19], out var second))
        {
            if (hour > 23 || minute > 59 || second > 59 || !TryMake(year, month, day, out var date))
            {
                return false;
            }

            value = date.ToDateTime(new TimeOnly(hour, minute, second));
            return true;
        }

        if (span.Length == 11 && span[2] == ' ' && span[6] == ' ' &&
            TryDigits(span[..2], out var dayOfMonth) && TryDigits(span[7..], out var fullYear) && char.IsAsciiLetter(span[3]) &&
            char.IsAsciiLetter(span[4]) && char.IsAsciiLetter(span[5]))
        {
            var named = MonthNames.EnglishAbbreviation(span[3..6]);
            if (named == 0)
            {
                Span<char> lower = stackalloc char[3];
                span[3..6].ToLowerInvariant(lower);
                named = MonthNames.Month(lower);
            }

            if (named == 0)
            {
                return null;
            }

            if (!TryMake(fullYear, named, dayOfMonth, out var date))
            {
                return false;
            }

            value = date.ToDateTime(TimeOnly.MinValue);
            return true;
        }

        return null;
    }

    private static bool TryDigits(ReadOnlySpan<char> text, out int number)
    {
        number = 0;
        foreach (var c in text)
        {
            if (!char.IsAsciiDigit(c))
            {
                return false;
            }

            number = (number * 10) + (c - '0');
        }

        return true;
    }

    private static bool TryParseAny(ReadOnlySpan<char> span, DateOrder order, out DateTime value)
    {
        value = default;
        if (span.IsEmpty || span.Length > 64)
        {
            return false;
        }

        Span<int> numbers = stackalloc int[4];
        Span<int> digits = stackalloc int[4];
        var count = 0;
        var month = 0;
        var monthPosition = -1;
        var separator = '\0';
        var time = TimeSpan.Zero;
        var pm = false;
        var am = false;
        Span<char> lowered = stackalloc char[16];
        var i = 0;
        while (i < span.Length)
        {
            var c = span[i];
            if (char.IsAsciiDigit(c))
            {
                var start = i;
                while (i < span.Length && char.IsAsciiDigit(span[i]))
                {
                    i++;
                }

                if (i < span.Length && span[i] == ':')
                {
                    if (!TryReadTime(span, start, ref i, out time))
                    {
                        return false;
                    }

                    continue;
                }

                if (count == numbers.Length || i - start > 4)
                {
                    return false;
                }

                numbers[count] = int.Parse(span[start..i], NumberStyles.None, CultureInfo.InvariantCulture);
                digits[count] = i - start;
                count++;
                continue;
            }

            if (char.IsLetter(c))
            {
                var start = i;
                while (i < span.Length && char.IsLetter(span[i]))
                {
                    i++;
                }

                var letters = span[start..i];
                ReadOnlySpan<char> word = letters.Length <= lowered.Length
                    ? lowered[..letters.ToLowerInvariant(lowered)]
                    : letters.ToString().ToLowerInvariant();
                var m = MonthNames.Month(word);
                if (m != 0 && month == 0)
                {
                    month = m;
                    monthPosition = count;
                }
                else if (word is "am")
                {
                    am = true;
                }
                else if (word is "pm")
                {
                    pm = true;
                }
                else if (word is not ("utc" or "gmt" or "z" or "t") && !MonthNames.IsWeekday(word))
                {
                    return false;
                }

                continue;
            }

            if (c is '/' or '.' or '-' && separator == '\0' && count > 0)
            {
                separator = c;
            }
            else if (c is not ('/' or '.' or '-' or ' ' or ',' or '\u00A0' or '\t'))
            {
                return false;
            }

            i++;
        }

        if (am || pm)
        {
            if (time.Hours is < 1 or > 12)
            {
                return false;
            }

            time = time.Hours == 12 ? time.Add(TimeSpan.FromHours(pm ? 0 : -12)) : time.Add(TimeSpan.FromHours(pm ? 12 : 0));
        }

        if (!TryBuildDate(numbers[..count], digits[..count], month, monthPosition, separator, order, out var date))
        {
            return false;
        }

        value = date.ToDateTime(TimeOnly.MinValue).Add(time);
        return true;
    }

    /// <summary>Parses a date and drops any time part.</summary>
    public static bool TryParseDay(string text, DateOrder order, out DateOnly value)
    {
        var ok = TryParse(text, order, out var dateTime);
        value = DateOnly.FromDateTime(dateTime);
        return ok;
    }

    /// <summary>
    /// Reads the order of all-numeric slash dates from a column's values: a first part above 12
    /// means day first, a second part above 12 means month first; LinkedIn's own month-first order
    /// wins when the column says nothing or both.
    /// </summary>
    public static DateOrder DetectOrder(IEnumerable<string> values)
    {
        var evidence = default(DateOrderEvidence);
        foreach (var value in values)
        {
            evidence = evidence.With(value);
        }

        return evidence.Order;
    }

    private static bool TryReadTime(ReadOnlySpan<char> span, int start, ref int i, out TimeSpan time)
    {
        time = default;
        Span<int> parts = stackalloc int[3];
        var n = 0;
        i = start;
        while (n < 3)
        {
            var partStart = i;
            while (i < span.Length && char.IsAsciiDigit(span[i]))
            {
                i++;
            }

            if (i - partStart is < 1 or > 2)
            {
                return false;
            }

            parts[n++] = int.Parse(span[partStart..i], NumberStyles.None, CultureInfo.InvariantCulture);
            if (i < span.Length && span[i] == ':')
            {
                i++;
                continue;
            }

            break;
        }

        if (n < 2 || parts[0] > 23 || parts[1] > 59 || (n == 3 && parts[2] > 59))
        {
            return false;
        }

        // Fractions of a second (ISO timestamps) are ignored.
        if (i < span.Length && span[i] == '.')
        {
            i++;
            while (i < span.Length && char.IsAsciiDigit(span[i]))
            {
                i++;
            }
        }

        time = new TimeSpan(parts[0], parts[1], n == 3 ? parts[2] : 0);
        return true;
    }

    private static bool TryBuildDate(
        ReadOnlySpan<int> numbers, ReadOnlySpan<int> digits, int month, int monthPosition, char separator, DateOrder order, out DateOnly date)
    {
        date = default;
        int year, day;
        if (month != 0)
        {
            switch (numbers.Length)
            {
                case 1 when digits[0] is 4 or 2:
                    (day, year) = (1, ExpandYear(numbers[0], digits[0]));
                    break;
                case 2 when digits[0] == 4 && monthPosition >= 1:
                    (year, day) = (numbers[0], numbers[1]);
                    break;
                case 2 when digits[1] is 4 or 2 && digits[0] <= 2:
                    (day, year) = (numbers[0], ExpandYear(numbers[1], digits[1]));
                    break;
                default:
                    return false;
            }

            return TryMake(year, month, day, out date);
        }

        switch (numbers.Length)
        {
            case 1 when digits[0] == 4:
                return TryMake(numbers[0], 1, 1, out date);
            case 2 when digits[0] == 4 && digits[1] <= 2:
                return TryMake(numbers[0], numbers[1], 1, out date);
            case 2 when digits[1] == 4 && digits[0] <= 2:
                return TryMake(numbers[1], numbers[0], 1, out date);
            case 3 when digits[0] == 4:
                return TryMake(numbers[0], numbers[1], numbers[2], out date);
            case 3 when digits[2] is 4 or 2 && digits[0] <= 2 && digits[1] <= 2:
                year = ExpandYear(numbers[2], digits[2]);
                var monthFirst = separator == '/' ? order == DateOrder.MonthFirst : false;
                var (m, d) = monthFirst ? (numbers[0], numbers[1]) : (numbers[1], numbers[0]);
                if (m > 12 && d <= 12)
                {
                    (m, d) = (d, m);
                }

                return TryMake(year, m, d, out date);
            default:
                return false;
        }
    }

    /// <summary>Two-digit years: 00-79 are 2000-2079, 80-99 are 1980-1999 (LinkedIn began in 2003).</summary>
    private static int ExpandYear(int year, int digitCount) =>
        digitCount == 2 ? (year < 80 ? 2000 + year : 1900 + year) : year;

    private static bool TryMake(int year, int month, int day, out DateOnly date)
    {
        date = default;
        if (year is < MinYear or > MaxYear || month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month))
        {
            return false;
        }

        date = new DateOnly(year, month, day);
        return true;
    }
}
