using System.Globalization;
using NetworkAdvisor.Import;

namespace NetworkAdvisor.Tests.Import;

/// <summary><see cref="MonthNames.EnglishAbbreviation"/> against the English calendar's own abbreviations and <see cref="MonthNames.Month"/>.</summary>
public sealed class MonthNamesTests
{
    private static readonly string[] English = CultureInfo.InvariantCulture.DateTimeFormat.AbbreviatedMonthNames[..12];

    public static TheoryData<string, int> Cases => new()
    {
        { "Feb", 2 },
        { "FEB", 2 },
        { "feb", 2 },
        { "fEb", 2 },
        { "May", 5 },
        { "Dec", 12 },
        { "Mai", 0 },
        { "Okt", 0 },
        { "Fe", 0 },
        { "Febr", 0 },
        { "Fe3", 0 },
        { "F\u00e9v", 0 },
        { "\uff26eb", 0 },
        { "   ", 0 },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void An_English_abbreviation_in_any_case_is_its_month_and_anything_else_is_zero(string letters, int month) =>
        Assert.Equal(month, MonthNames.EnglishAbbreviation(letters));

    [Fact]
    public void Every_three_ASCII_letters_agree_with_the_English_calendar_and_the_month_table()
    {
        var letters = Enumerable.Range('a', 26).Select(c => (char)c).ToArray();
        var checkedWords = 0;
        foreach (var a in letters)
        {
            foreach (var b in letters)
            {
                foreach (var c in letters)
                {
                    var word = new string([a, b, c]);
                    var expected = Array.FindIndex(English, m => string.Equals(m, word, StringComparison.OrdinalIgnoreCase)) + 1;
                    foreach (var form in new[] { word, word.ToUpperInvariant(), char.ToUpperInvariant(a) + word[1..] })
                    {
                        Assert.Equal(expected, MonthNames.EnglishAbbreviation(form));
                    }

                    if (expected > 0)
                    {
                        Assert.Equal(expected, MonthNames.Month(word));
                    }

                    checkedWords++;
                }
            }
        }

        Assert.Equal(26 * 26 * 26, checkedWords);
    }
}
