using NetworkAdvisor.Import;

namespace NetworkAdvisor.Tests.Import;

public sealed class ExportDateParserTests
{
    public static TheoryData<string, string> Dates => new()
    {
        // Connections.csv, current format
        { "08 Feb 2026", "2026-02-08 00:00:00" },
        { "8 Feb 2026", "2026-02-08 00:00:00" },
        // 2016-2018 and Invitations.csv
        { "1/8/18, 6:14 PM", "2018-01-08 18:14:00" },
        { "1/29/26, 2:37 PM", "2026-01-29 14:37:00" },
        { "12/31/25, 12:05 AM", "2025-12-31 00:05:00" },
        { "6/1/24, 12:00 PM", "2024-06-01 12:00:00" },
        // Excel re-saves
        { "4-Apr-21", "2021-04-04 00:00:00" },
        { "06-May-22", "2022-05-06 00:00:00" },
        { "16.09.2021", "2021-09-16 00:00:00" },
        { "1.2.2021", "2021-02-01 00:00:00" },
        { "06-Mai-22", "2022-05-06 00:00:00" },
        { "15-Mär-23", "2023-03-15 00:00:00" },
        { "03-Okt-19", "2019-10-03 00:00:00" },
        { "24-Dez-20", "2020-12-24 00:00:00" },
        { "12 févr. 2024", "2024-02-12 00:00:00" },
        { "3 août 2022", "2022-08-03 00:00:00" },
        { "5 ene 2023", "2023-01-05 00:00:00" },
        { "7 mrt 2020", "2020-03-07 00:00:00" },
        { "9 maj 2021", "2021-05-09 00:00:00" },
        { "2 out 2019", "2019-10-02 00:00:00" },
        { "2021-09-16", "2021-09-16 00:00:00" },
        // messages.csv, endorsements, company follows, ISO
        { "2024-03-05 17:04:33 UTC", "2024-03-05 17:04:33" },
        { "2024/03/05 17:04:33 UTC", "2024-03-05 17:04:33" },
        { "Wed Jun 24 12:43:42 UTC 2026", "2026-06-24 12:43:42" },
        { "2026-06-24T12:43:42Z", "2026-06-24 12:43:42" },
        { "2026-06-24T12:43:42.123Z", "2026-06-24 12:43:42" },
        // Positions.csv
        { "Jan 2024", "2024-01-01 00:00:00" },
        { "2015", "2015-01-01 00:00:00" },
        { "  08 Feb 2026  ", "2026-02-08 00:00:00" },
        // leap day and month ends
        { "29 Feb 2024", "2024-02-29 00:00:00" },
        { "31 Dec 1999", "1999-12-31 00:00:00" },
    };

    [Theory]
    [MemberData(nameof(Dates))]
    public void Parses_every_format_seen_in_exports(string text, string expected)
    {
        Assert.True(ExportDateParser.TryParse(text, DateOrder.MonthFirst, out var value), text);
        Assert.Equal(expected, value.ToString("yyyy-MM-dd HH:mm:ss", System.Globalization.CultureInfo.InvariantCulture));
    }

    [Theory]
    [InlineData("")]
    [InlineData("yesterday")]
    [InlineData("29 Feb 2023")]
    [InlineData("31/31/2020")]
    [InlineData("13:99")]
    [InlineData("08 Foo 2026")]
    [InlineData("2026-13-01")]
    [InlineData("1/8/18, 13:14 PM")]
    [InlineData("<script>alert(1)</script>")]
    [InlineData("99999999999999999999")]
    public void Rejects_text_that_is_not_a_date(string text)
    {
        Assert.False(ExportDateParser.TryParse(text, DateOrder.MonthFirst, out _));
    }

    [Theory]
    [InlineData("03/04/2021", false, "2021-03-04")]
    [InlineData("03/04/2021", true, "2021-04-03")]
    [InlineData("13/04/2021", false, "2021-04-13")]
    [InlineData("04/13/2021", true, "2021-04-13")]
    public void Slash_dates_follow_the_order_and_fix_impossible_months(string text, bool dayFirst, string expected)
    {
        Assert.True(ExportDateParser.TryParseDay(text, dayFirst ? DateOrder.DayFirst : DateOrder.MonthFirst, out var day));
        Assert.Equal(expected, day.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
    }

    [Theory]
    [InlineData(new[] { "03/04/2021", "25/12/2020" }, true)]
    [InlineData(new[] { "03/04/2021", "12/25/2020" }, false)]
    [InlineData(new[] { "03/04/2021" }, false)]
    [InlineData(new[] { "1/29/26, 2:37 PM", "08 Feb 2026" }, false)]
    public void Detects_day_first_columns(string[] values, bool dayFirst)
    {
        Assert.Equal(dayFirst ? DateOrder.DayFirst : DateOrder.MonthFirst, ExportDateParser.DetectOrder(values));
    }
}
