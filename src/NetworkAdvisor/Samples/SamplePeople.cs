using System.Globalization;
using System.Text;
using Bogus;
using BogusName = Bogus.DataSets.Name;

namespace NetworkAdvisor.Samples;

/// <summary>
/// Makes people with names of one of the network's languages, each with a profile slug that is
/// unique in the export. Name lists come from Bogus (seeded per instance, never the global seed)
/// plus hand-written lists where Bogus is thin or has no locale (Danish).
/// </summary>
internal sealed class SamplePeople
{
    private const int Draws = 400;

    private static readonly string[] BogusLocales = ["en", "de", "fr", "es", "pt_BR", "it", "nl", "sv", "nb_NO", "", "fi"];

    private static readonly string[] Credentials = [", MBA", ", PhD", ", CFA", ", PMP", ", CPA", " MBA", ", M.Sc.", ", CIPD"];

    private static readonly string[] Emojis = [" 🚀", " ✨", " 🌱", " 🌍", " 💡"];

    private static readonly string[] SlugWords = ["consulting", "cpa", "mba", "pmp", "sales", "hr", "dev", "design"];

    private readonly NameEntry[][] female = new NameEntry[11][];
    private readonly NameEntry[][] male = new NameEntry[11][];
    private readonly NameEntry[][] last = new NameEntry[11][];
    private readonly HashSet<string> slugs = new(StringComparer.Ordinal);

    public SamplePeople(int seed)
    {
        for (var i = 0; i < BogusLocales.Length; i++)
        {
            var language = (SampleLanguage)i;
            var bogus = BogusLocales[i].Length == 0
                ? null
                : new BogusName(BogusLocales[i]) { Random = new Randomizer(SampleRandom.Derive(seed, 100 + i)) };
            female[i] = Pool(bogus is null ? null : () => bogus.FirstName(BogusName.Gender.Female), NameLists.Female(language));
            male[i] = Pool(bogus is null ? null : () => bogus.FirstName(BogusName.Gender.Male), NameLists.Male(language));
            last[i] = Pool(
                bogus is null || language == SampleLanguage.Dutch ? null : () => bogus.LastName(),
                NameLists.Last(language));
        }
    }

    /// <summary>A new person of <paramref name="language"/>, with the quirks real names have.</summary>
    public SamplePerson Create(SampleRandom random, SampleLanguage language) => Make(random, language, decorate: true);

    /// <summary>A new person with a plain name (the export's owner).</summary>
    public SamplePerson CreatePlain(SampleRandom random, SampleLanguage language) => Make(random, language, decorate: false);

    /// <summary>Someone with exactly the same name as <paramref name="original"/> but another profile.</summary>
    public SamplePerson Namesake(SampleRandom random, SamplePerson original) =>
        new(original.FirstName, original.LastName, UniqueSlug(random, Slugify(original.FirstName), Slugify(original.LastName)), original.Female, original.Language);

    /// <summary>Lower-case ASCII for slugs and e-mail addresses: accents dropped, other characters removed.</summary>
    public static string Slugify(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var c in text.Normalize(NormalizationForm.FormD))
        {
            if (char.IsAsciiLetterOrDigit(c))
            {
                builder.Append(char.ToLowerInvariant(c));
                continue;
            }

            switch (c)
            {
                case 'ß': builder.Append("ss"); break;
                case 'ø' or 'Ø': builder.Append('o'); break;
                case 'æ' or 'Æ': builder.Append("ae"); break;
                case 'œ' or 'Œ': builder.Append("oe"); break;
                case 'ł' or 'Ł': builder.Append('l'); break;
                case 'đ' or 'Đ': builder.Append('d'); break;
                case ' ' or '-':
                    if (builder.Length > 0 && builder[^1] != '-')
                    {
                        builder.Append('-');
                    }

                    break;
                default:
                    break;
            }
        }

        return builder.ToString().Trim('-');
    }

    private SamplePerson Make(SampleRandom random, SampleLanguage language, bool decorate)
    {
        var isFemale = random.Chance(0.5);
        var given = random.Pick(isFemale ? female[(int)language] : male[(int)language]);
        var family = random.Pick(last[(int)language]);
        var firstName = given.Display;
        var lastName = family.Display;
        var lastSlug = family.Slug;

        var doubleSurname = language switch
        {
            SampleLanguage.Spanish => 0.45,
            SampleLanguage.Portuguese => 0.4,
            SampleLanguage.German => 0.03,
            _ => 0.0,
        };
        if (random.Chance(doubleSurname))
        {
            var second = random.Pick(last[(int)language]);
            if (!string.Equals(second.Display, family.Display, StringComparison.Ordinal))
            {
                var separator = language == SampleLanguage.German ? "-" : " ";
                lastName = family.Display + separator + second.Display;
                lastSlug = family.Slug + "-" + second.Slug;
            }
        }

        var slug = UniqueSlug(random, given.Slug, lastSlug);
        if (decorate)
        {
            (firstName, lastName) = Decorate(random, language, isFemale, firstName, lastName);
        }

        return new SamplePerson(firstName, lastName, slug, isFemale, language);
    }

    private static (string First, string Last) Decorate(
        SampleRandom random, SampleLanguage language, bool isFemale, string first, string last)
    {
        var roll = random.NextDouble();
        return roll switch
        {
            < 0.012 => (first, last + random.Pick(Credentials)),
            < 0.017 => (first, last + (isFemale ? " (she/her)" : " (he/him)")),
            < 0.040 when language == SampleLanguage.German => ("Dr. " + first, last),
            < 0.060 when language == SampleLanguage.French => (first, last.ToUpperInvariant()),
            >= 0.060 and < 0.065 => (first.ToLowerInvariant(), last.ToLowerInvariant()),
            >= 0.065 and < 0.068 => (first, last + random.Pick(Emojis)),
            >= 0.068 and < 0.072 => (first, last[..1] + "."),
            _ => (first, last),
        };
    }

    private string UniqueSlug(SampleRandom random, string first, string last)
    {
        if (first.Length == 0)
        {
            first = "member";
        }

        var roll = random.NextDouble();
        var slug = roll switch
        {
            < 0.55 => $"{first}-{last}",
            < 0.80 => $"{first}-{last}-{Hex(random)}",
            < 0.88 => first + last.Replace("-", string.Empty, StringComparison.Ordinal),
            < 0.93 => first[..1] + last.Replace("-", string.Empty, StringComparison.Ordinal),
            < 0.97 => string.Create(CultureInfo.InvariantCulture, $"{first}-{last}-{random.Next(1, 9999)}"),
            _ => $"{first}-{last}-{random.Pick(SlugWords)}",
        };
        slug = slug.Trim('-');
        while (!slugs.Add(slug))
        {
            slug = $"{first}-{last}-{Hex(random)}".Trim('-');
        }

        return slug;
    }

    private static string Hex(SampleRandom random)
    {
        Span<byte> bytes = stackalloc byte[4];
        random.NextBytes(bytes);
        return Convert.ToHexStringLower(bytes);
    }

    private static NameEntry[] Pool(Func<string>? draw, string[] extra)
    {
        var entries = new List<NameEntry>();
        if (draw is not null)
        {
            var seen = new HashSet<string>(StringComparer.Ordinal);
            for (var i = 0; i < Draws; i++)
            {
                var name = draw();
                if (seen.Add(name))
                {
                    entries.Add(new NameEntry(name, Slugify(name)));
                }
            }
        }

        // Hand-written names are the common ones: count them several times.
        var repeat = draw is null ? 1 : 3;
        foreach (var name in extra)
        {
            for (var r = 0; r < repeat; r++)
            {
                entries.Add(new NameEntry(name, Slugify(name)));
            }
        }

        return [.. entries];
    }

    private readonly record struct NameEntry(string Display, string Slug);
}
