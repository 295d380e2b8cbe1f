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
