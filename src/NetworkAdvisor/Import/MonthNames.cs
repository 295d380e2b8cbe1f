using System.Collections.Frozen;

namespace NetworkAdvisor.Import;

/// <summary>
/// Month names and abbreviations in the languages LinkedIn members re-save their exports in:
/// English, German, French, Spanish, Portuguese, Italian, Dutch, Swedish, Danish, Norwegian, Finnish.
/// Keys are lower case, with and without accents; no key maps to two months.
/// </summary>
internal static class MonthNames
{
    private static readonly string[][] NamesByMonth =
    [
        ["jan", "january", "januar", "jän", "jaen", "jänner", "janv", "janvier", "ene", "enero", "janeiro", "gen", "gennaio", "januari", "tammi", "tammik", "tammikuu"],
        ["feb", "february", "februar", "févr", "fevr", "février", "fevrier", "febrero", "fev", "fevereiro", "febbraio", "februari", "helmi", "helmik", "helmikuu"],
        ["mar", "march", "mär", "mrz", "märz", "maerz", "marz", "mars", "marzo", "março", "marco", "mrt", "maart", "maalis", "maalisk", "maaliskuu"],
        ["apr", "april", "avr", "avril", "abr", "abril", "aprile", "huhti", "huhtik", "huhtikuu"],
        ["may", "mai", "mayo", "maio", "mag", "maggio", "mei", "maj", "touko", "toukok", "toukokuu"],
        ["jun", "june", "juni", "juin", "junio", "junho", "giu", "giugno", "kesä", "kesa", "kesäk", "kesak", "kesäkuu", "kesakuu"],
        ["jul", "july", "juli", "juil", "juillet", "julio", "julho", "lug", "luglio", "heinä", "heina", "heinäk", "heinak", "heinäkuu", "heinakuu"],
        ["aug", "august", "août", "aout", "ago", "agosto", "augustus", "augusti", "elo", "elok", "elokuu"],
        ["sep", "sept", "september", "septembre", "septiembre", "set", "setembro", "settembre", "syys", "syysk", "syyskuu"],
        ["oct", "october", "okt", "oktober", "octobre", "octubre", "out", "outubro", "ott", "ottobre", "loka", "lokak", "lokakuu"],
        ["nov", "november", "novembre", "noviembre", "novembro", "marras", "marrask", "marraskuu"],
        ["dec", "december", "dez", "dezember", "déc", "décembre", "decembre", "dic", "diciembre", "dezembro", "dicembre", "des", "desember", "joulu", "jouluk", "joulukuu"],
    ];

    private static readonly FrozenDictionary<string, int> ByName = Build();

    private static readonly FrozenSet<string> EnglishWeekdays = new[]
    {
        "mon", "monday", "tue", "tues", "tuesday", "wed", "wednesday", "thu", "thur", "thurs",
        "thursday", "fri", "friday", "sat", "saturday", "sun", "sunday",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Looks up a lower-case month word; returns 1-12 or 0 when it is not a month.</summary>
    public static int Month(ReadOnlySpan<char> lowerWord) => ByNameLookup.TryGetValue(lowerWord, out var month) ? month : 0;

    /// <summary>
    /// The month of an English three-letter abbreviation in any case (<c>Feb</c>, <c>FEB</c>), as LinkedIn writes
    /// connection dates; 0 for any other three letters (which <see cref="Month"/> may still know). Tells the month
    /// without lowering the letters and looking them up, as done for every row of a large file.
    /// </summary>
    public static int EnglishAbbreviation(ReadOnlySpan<char> letters)
    {
        if (letters.Length != 3 || !char.IsAsciiLetter(letters[0]) || !char.IsAsciiLetter(letters[1]) || !char.IsAsciiLetter(letters[2]))
        {
            return 0;
        }

        // ASCII letters lower-cased by setting bit 5, packed into one number.
        return ((letters[0] | 0x20) << 16 | (letters[1] | 0x20) << 8 | (letters[2] | 0x20)) switch
        {
            'j' << 16 | 'a' << 8 | 'n' => 1,
            'f' << 16 | 'e' << 8 | 'b' => 2,
            'm' << 16 | 'a' << 8 | 'r' => 3,
            'a' << 16 | 'p' << 8 | 'r' => 4,
            'm' << 16 | 'a' << 8 | 'y' => 5,
            'j' << 16 | 'u' << 8 | 'n' => 6,
            'j' << 16 | 'u' << 8 | 'l' => 7,
            'a' << 16 | 'u' << 8 | 'g' => 8,
            's' << 16 | 'e' << 8 | 'p' => 9,
            'o' << 16 | 'c' << 8 | 't' => 10,
            'n' << 16 | 'o' << 8 | 'v' => 11,
            'd' << 16 | 'e' << 8 | 'c' => 12,
            _ => 0,
        };
    }

    /// <summary>True for an English weekday name or abbreviation (as in <c>Wed Jun 24 ...</c>).</summary>
    public static bool IsWeekday(ReadOnlySpan<char> lowerWord) => WeekdayLookup.Contains(lowerWord);

    private static readonly FrozenDictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> ByNameLookup =
        ByName.GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> WeekdayLookup =
        EnglishWeekdays.GetAlternateLookup<ReadOnlySpan<char>>();

    private static FrozenDictionary<string, int> Build()
    {
        var map = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var month = 0; month < NamesByMonth.Length; month++)
        {
            foreach (var name in NamesByMonth[month])
            {
                map.Add(name, month + 1);
            }
        }

        return map.ToFrozenDictionary(StringComparer.Ordinal);
    }
}
