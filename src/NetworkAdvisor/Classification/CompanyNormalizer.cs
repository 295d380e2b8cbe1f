using System.Collections.Frozen;
using System.Globalization;
using System.Runtime.InteropServices;
using System.Text;

namespace NetworkAdvisor.Classification;

/// <summary>
/// Normalises free-text company names for grouping: case, accents, whitespace and punctuation;
/// legal suffixes (Inc., LLC, Ltd, GmbH, AG, S.A., B.V., SE, &amp; Co. KG ...) removed only at the
/// end ("Plan A" stays "Plan A"); self-employed spellings in many languages; and a user alias file
/// (<c>Alphabet = Google</c>) mapping names onto one company.
/// </summary>
public sealed class CompanyNormalizer
{
    /// <summary>The word being read, one per thread (companies are normalised on every core).</summary>
    [ThreadStatic]
    private static StringBuilder? t_word;

    private static readonly FrozenSet<string> LegalSuffixes = new[]
    {
        "inc", "incorporated", "llc", "llp", "lp", "ltd", "limited", "plc", "corp", "corporation", "co", "company",
        "gmbh", "mbh", "ag", "kg", "kgaa", "ohg", "gbr", "ug", "haftungsbeschrankt", "ev", "eg", "se",
        "sa", "sas", "sasu", "sarl", "eurl", "sca", "snc", "sl", "slu", "sau", "srl", "spa", "sapa", "scarl",
        "bv", "nv", "vof", "cv", "ab", "publ", "as", "asa", "aps", "oy", "oyj", "ky", "hf", "ehf",
        "lda", "ltda", "eireli", "pty", "pte", "pvt", "bhd", "sdn", "kk", "kft", "zrt", "nyrt", "sro", "doo", "dd",
        "spzoo", "sp", "z", "zoo", "oo", "de", "rl", "&", "and", "und", "cie", "y", "e",
    }.ToFrozenSet(StringComparer.Ordinal);

    // Suffix words that only count when a real legal suffix precedes or follows them ("& Co. KG", "S.A. de C.V.").
    private static readonly FrozenSet<string> Connectors = new[] { "&", "and", "und", "cie", "y", "e", "de", "rl" }
        .ToFrozenSet(StringComparer.Ordinal);

    private static readonly FrozenSet<string> SelfEmployedKeys = new[]
    {
        "self employed", "selfemployed", "self", "freelance", "freelancer", "freelancing", "freelance consultant",
        "independent", "independent consultant", "independent contractor", "contractor", "solopreneur",
        "selbststandig", "selbstandig", "selbststaendig", "selbstaendig", "freiberuflich", "freiberufler", "freiberuflerin",
        "independant", "independante", "auto entrepreneur", "autoentrepreneur", "micro entrepreneur", "travailleur independant",
        "independiente", "autonomo", "autonoma", "trabajador autonomo", "freelancer autonomo",
        "independente", "autonomo profissional", "profissional liberal",
        "libero professionista", "libera professionista", "lavoratore autonomo",
        "zzp", "zzper", "zelfstandig", "zelfstandige", "zelfstandig ondernemer", "eigen bedrijf", "eenmanszaak",
        "egenforetagare", "egen foretagare", "frilans", "frilansare", "selvstendig", "selvstendig naeringsdrivende",
        "selvstaendig", "selvstaendig erhvervsdrivende", "freelance writer", "yrittaja", "itsenainen ammatinharjoittaja",
        "toiminimi", "my own company", "own business",
    }.ToFrozenSet(StringComparer.Ordinal);

    private readonly FrozenDictionary<string, CompanyName> _aliases;

    private CompanyNormalizer(FrozenDictionary<string, CompanyName> aliases)
    {
        _aliases = aliases;
    }

    /// <summary>The normaliser without aliases.</summary>
    public static CompanyNormalizer Default { get; } = new(FrozenDictionary<string, CompanyName>.Empty);

    /// <summary>Number of aliases in use.</summary>
    public int AliasCount => _aliases.Count;

    /// <summary>
    /// A normaliser with aliases, one per line: <c>Alphabet = Google</c> (also <c>Alphabet,Google</c>);
    /// <c>#</c> starts a comment. Aliases match after normalisation, so "Alphabet Inc." matches too.
    /// </summary>
    /// <param name="aliasText">The alias file's content.</param>
    /// <param name="sourceName">A name for error messages.</param>
    /// <returns>The normaliser.</returns>
    /// <exception cref="FormatException">A line has no <c>=</c>; the message names the line.</exception>
    public static CompanyNormalizer WithAliases(string aliasText, string sourceName = "aliases")
    {
        ArgumentNullException.ThrowIfNull(aliasText);
        var aliases = new Dictionary<string, CompanyName>(StringComparer.Ordinal);
        var lineNumber = 0;
        foreach (var raw in aliasText.Split('\n'))
        {
            lineNumber++;
            var hash = raw.IndexOf('#', StringComparison.Ordinal);
            var line = (hash >= 0 ? raw[..hash] : raw).Trim();
            if (line.Length == 0)
            {
                continue;
            }

            var split = line.IndexOf('=', StringComparison.Ordinal);
            if (split < 0)
            {
                split = line.IndexOf(',', StringComparison.Ordinal);
            }

            if (split <= 0 || split == line.Length - 1)
            {
                throw new FormatException(string.Create(
                    CultureInfo.InvariantCulture, $"{sourceName}:{lineNumber}: expected 'Alias = Company', got '{line}'"));
            }

            var target = Default.Normalize(line[(split + 1)..]);
            var alias = Default.Normalize(line[..split]);
            if (alias.Key.Length > 0 && target.Key.Length > 0)
            {
                aliases[alias.Key] = target with { Display = line[(split + 1)..].Trim() };
            }
        }

        return new CompanyNormalizer(aliases.ToFrozenDictionary(StringComparer.Ordinal));
    }

    /// <summary>Normalises one company name. Any string returns in bounded time.</summary>
    /// <param name="company">The company as exported; null or blank gives <see cref="CompanyName.None"/>.</param>
    /// <returns>Key, display name and whether it means self-employed.</returns>
    public CompanyName Normalize(string? company)
    {
        if (string.IsNullOrWhiteSpace(company))
        {
            return CompanyName.None;
        }

        var text = TextSafety.Clean(company, 300);
        var words = Words(text);
        var kept = StripLegalSuffixes(words);
        var key = string.Join(' ', CollectionsMarshal.AsSpan(words)[..kept]);
        if (key.Length == 0)
        {
            return CompanyName.None;
        }

        if (_aliases.TryGetValue(key, out var alias))
        {
            return alias;
        }

        // All the words are the key unless suffixes were stripped.
        if (SelfEmployedKeys.Contains(key) || (kept < words.Count && SelfEmployedKeys.Contains(string.Join(' ', words))))
        {
            return new CompanyName(CompanyName.SelfEmployedKey, "Self-employed", true);
        }

        return new CompanyName(key, DisplayWithoutSuffix(text, words.Count - kept), false);
    }

    /// <summary>Lower-case, accent-free words; dots inside abbreviations join (S.A. → sa); &amp; is a word.</summary>
    private static List<string> Words(string text)
    {
        var words = new List<string>();
        var current = t_word ??= new StringBuilder();
        current.Clear();

        // ASCII text is its own compatibility decomposition, so only other text goes through Unicode normalisation.
        foreach (var c in Ascii.IsValid(text) ? text : text.Normalize(NormalizationForm.FormKD))
        {
            if (c == '.' || c == '\'' || c == '’' || (c > '\u007F' && CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark))
            {
                continue;
            }

            if (char.IsLetterOrDigit(c))
            {
                _ = c switch
                {
                    'ß' => current.Append("ss"),
                    'æ' or 'Æ' => current.Append("ae"),
                    'ø' or 'Ø' => current.Append('o'),
                    'œ' or 'Œ' => current.Append("oe"),
                    'ı' or 'İ' => current.Append('i'),
                    _ => current.Append(char.ToLowerInvariant(c)),
                };
                continue;
            }

            Flush(words, current);
            if (c == '&' || c == '+')
            {
                words.Add("&");
            }
        }

        Flush(words, current);
        return words;
    }

    private static void Flush(List<string> words, StringBuilder current)
    {
        if (current.Length > 0)
        {
            words.Add(current.ToString());
            current.Clear();
        }
    }

    /// <summary>How many words are left once legal-form words are removed from the end only, never the first word.</summary>
    private static int StripLegalSuffixes(List<string> words)
    {
        var end = words.Count;
        var sawLegal = false;
        while (end > 1 && LegalSuffixes.Contains(words[end - 1]))
        {
            if (Connectors.Contains(words[end - 1]) && !sawLegal && !(end >= 2 && LegalSuffixes.Contains(words[end - 2]) && !Connectors.Contains(words[end - 2])))
            {
                break;
            }

            sawLegal |= !Connectors.Contains(words[end - 1]);
            end--;
        }

        // A trailing connector left behind ("Smith &") goes too.
        while (end > 1 && Connectors.Contains(words[end - 1]) && sawLegal)
        {
            end--;
        }

        return end;
    }

    /// <summary>The original text with as many trailing words cut as were legal suffixes, tidied.</summary>
    private static string DisplayWithoutSuffix(string text, int suffixWords)
    {
        var display = IsTidy(text) ? text : string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        for (var i = 0; i < suffixWords; i++)
        {
            var cut = display.LastIndexOfAny([' ', ',']);
            if (cut <= 0)
            {
                break;
            }

            display = display[..cut].TrimEnd(' ', ',', '-', '–');
        }

        return display;
    }

    /// <summary>Whether <paramref name="text"/> is its words joined by single spaces already (most names are).</summary>
    private static bool IsTidy(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            if (char.IsWhiteSpace(text[i]) && (text[i] != ' ' || i == 0 || i == text.Length - 1 || text[i - 1] == ' '))
            {
                return false;
            }
        }

        return true;
    }
}
