using NetworkAdvisor.Model;

namespace NetworkAdvisor.Samples;

/// <summary>
/// Generates the connections: when they were made (growth over the years with quiet years and
/// bursts after job changes), who they are, their titles and companies (ex-colleagues and current
/// colleagues at the owner's employers, a few big employers, a long tail), and hidden profiles.
/// </summary>
internal static class ConnectionsBuilder
{
    private const double HiddenShare = 0.01;
    private const double NamesakeShare = 0.0025;

    /// <summary>The share of connections that show an e-mail address.</summary>
    public const double EmailShare = 0.10;

    private static readonly double[] BaseLanguageWeights = [20, 8, 5, 4, 4, 4, 4, 2, 1.5, 1.5, 1.5];

    private static readonly string[] MailDomains = ["example.com", "example.org", "example.net", "mail.example"];

    public static SampleNetwork Build(SampleRandom random, SamplePeople people, SampleOwner owner, int count, DateOnly asOf)
    {
        var languages = LanguageWeights(owner);
        SampleLanguage PickLanguage() => (SampleLanguage)random.PickCumulative(languages);

        var reserved = owner.Tenures.Select(t => t.Company).ToHashSet(StringComparer.Ordinal);
        var companies = new CompanyPool(random, Math.Clamp(count / 6, 30, 20_000), PickLanguage, reserved);

        var dates = ConnectionDates(random, count, owner, asOf);
        var connections = new Connection[count];
        var persons = new SamplePerson?[count];
        var titles = new ComposedTitle[count];
        for (var i = 0; i < count; i++)
        {
            var date = dates[i];
            titles[i] = ComposedTitle.None;
            if (random.Chance(HiddenShare))
            {
                connections[i] = new Connection("", "", "", "", "", "", date);
                continue;
            }

            var person = i > 10 && random.Chance(NamesakeShare) && persons[random.Next(i)] is { } earlier
                ? people.Namesake(random, earlier)
                : people.Create(random, PickLanguage());
            var title = TitleComposer.Compose(random, person.Language, person.Female);
            var company = Company(random, title, person.Language, date, owner, companies);
            var email = random.Chance(EmailShare) ? Email(random, person, company) : string.Empty;
            connections[i] = new Connection(person.FirstName, person.LastName, person.ProfileUrl, email, company, title.Text, date);
            persons[i] = person;
            titles[i] = title;
        }

        return new SampleNetwork(connections, persons, titles, companies);
    }

    /// <summary>Running totals of the weights of the connections' languages: many share the owner's.</summary>
    public static double[] LanguageWeights(SampleOwner owner)
    {
        var weights = (double[])BaseLanguageWeights.Clone();
        weights[(int)owner.Language] += 40;
        return SampleRandom.Cumulative(weights);
    }

    /// <summary>
    /// Connection days, newest first: yearly volumes follow a growth trend with noise, quiet years,
    /// and 3-5 times the adds in the years the owner changed jobs (most of them right after the start).
    /// </summary>
    private static DateOnly[] ConnectionDates(SampleRandom random, int count, SampleOwner owner, DateOnly asOf)
    {
        var first = owner.JoinedOn;
        var years = asOf.Year - first.Year + 1;
        var jobStarts = owner.Tenures.Select(t => t.First).Where(d => d >= first).ToArray();
        var weights = new double[years];
        for (var i = 0; i < years; i++)
        {
            var year = first.Year + i;
            var from = year == first.Year ? first : new DateOnly(year, 1, 1);
            var to = year == asOf.Year ? asOf : new DateOnly(year, 12, 31);
            var share = (to.DayNumber - from.DayNumber + 1) / 365.25;
            var trend = 0.35 + Math.Pow((i + 1.0) / years, 0.9);
            var noise = random.NextDouble(0.7, 1.3);
            var changedJob = jobStarts.Any(d => d.Year == year);
            var quiet = !changedJob && random.Chance(0.2) ? random.NextDouble(0.2, 0.4) : 1.0;
            var burst = changedJob ? random.NextDouble(3, 5) : 1.0;
            weights[i] = trend * noise * quiet * burst * share;
        }

        var perYear = Apportion(count, weights);
        var dates = new DateOnly[count];
        var next = 0;
        for (var i = 0; i < years; i++)
        {
            var year = first.Year + i;
            var from = year == first.Year ? first.DayNumber : new DateOnly(year, 1, 1).DayNumber;
            var to = year == asOf.Year ? asOf.DayNumber : new DateOnly(year, 12, 31).DayNumber;
            var start = Array.Find(jobStarts, d => d.Year == year);
            for (var k = 0; k < perYear[i]; k++)
            {
                var day = random.Next(from, to + 1);
                if (start != default && random.Chance(0.6))
                {
                    var burstDay = start.DayNumber + random.Next(0, 150);
                    day = burstDay >= from && burstDay <= to ? burstDay : day;
                }

                dates[next++] = DateOnly.FromDayNumber(day);
            }
        }

        Array.Sort(dates);
        Array.Reverse(dates);
        return dates;
    }

    /// <summary>Splits <paramref name="total"/> in proportion to the weights (largest remainder).</summary>
    private static int[] Apportion(int total, double[] weights)
    {
        var sum = weights.Sum();
        var counts = new int[weights.Length];
        var remainders = new double[weights.Length];
        var given = 0;
        for (var i = 0; i < weights.Length; i++)
        {
            var exact = total * weights[i] / sum;
            counts[i] = (int)Math.Floor(exact);
            remainders[i] = exact - counts[i];
            given += counts[i];
        }

        var order = Enumerable.Range(0, weights.Length)
            .OrderByDescending(i => remainders[i])
            .ThenBy(i => i)
            .ToArray();
        for (var k = 0; given < total; k++, given++)
        {
            counts[order[k % order.Length]]++;
        }

        return counts;
    }

    /// <summary>The company of someone with <paramref name="title"/> who connected on <paramref name="date"/>.</summary>
    public static string Company(
        SampleRandom random, ComposedTitle title, SampleLanguage language, DateOnly date, SampleOwner owner, CompanyPool companies)
    {
        switch (title.Kind)
        {
            case TitleKind.Student:
                return random.Chance(0.65) ? title.University : string.Empty;
            case TitleKind.Freelance:
                return random.Chance(0.7) ? CompanyNames.SelfEmployedLabel(random, language) : CompanyNames.Create(random, language);
            case TitleKind.Headline when random.Chance(0.55):
            case TitleKind.Empty when random.Chance(0.45):
                return string.Empty;
            default:
                break;
        }

        foreach (var tenure in owner.Tenures)
        {
            if (date >= tenure.First && date <= tenure.Last.AddMonths(2) && random.Chance(tenure.IsCurrent ? 0.18 : 0.12))
            {
                return tenure.Company;
            }
        }

        if (random.Chance(0.01))
        {
            return random.Pick(owner.Tenures).Company;
        }

        return random.NextDouble() switch
        {
            < 0.025 => string.Empty,
            < 0.045 => CompanyNames.SelfEmployedLabel(random, language),
            < 0.42 => CompanyNames.Create(random, random.NextDouble() switch
            {
                < 0.65 => language,
                < 0.9 => SampleLanguage.English,
                _ => (SampleLanguage)random.Next(11),
            }),
            _ => companies.Pick(random),
        };
    }

    /// <summary>A plausible e-mail address of <paramref name="person"/>; empty when the name gives none.</summary>
    public static string Email(SampleRandom random, SamplePerson person, string company)
    {
        var givenName = person.FirstName.StartsWith("Dr. ", StringComparison.Ordinal) ? person.FirstName[4..] : person.FirstName;
        var cut = person.LastName.IndexOfAny([',', '(']);
        var familyName = cut > 0 ? person.LastName[..cut] : person.LastName;
        var first = SamplePeople.Slugify(givenName).Replace("-", string.Empty, StringComparison.Ordinal);
        var last = SamplePeople.Slugify(familyName).Replace("-", string.Empty, StringComparison.Ordinal);
        if (first.Length == 0 || last.Length == 0)
        {
            return string.Empty;
        }

        var local = random.Next(4) switch
        {
            0 => $"{first}.{last}",
            1 => first + last,
            2 => first[..1] + last,
            _ => $"{first}_{last}",
        };
        var domain = company.Length > 0 && random.Chance(0.45)
            ? CompanyNames.DomainLabel(company) + ".example"
            : random.Pick(MailDomains);
        return local + "@" + domain;
    }
}
