using System.Globalization;
using NetworkAdvisor.Model;

namespace NetworkAdvisor.Samples;

/// <summary>The export's owner: who they are, their career (positions), profile and skills.</summary>
internal sealed class SampleOwner
{
    private static readonly double[] LanguageWeights = SampleRandom.Cumulative([25, 25, 10, 8, 6, 6, 10, 4, 3, 2, 3]);

    private static readonly string[][] Cities =
    [
        ["London, England, United Kingdom", "Dublin, County Dublin, Ireland", "Manchester, England, United Kingdom", "New York, New York, United States"],
        ["Munich, Bavaria, Germany", "Berlin, Berlin, Germany", "Hamburg, Hamburg, Germany", "Vienna, Vienna, Austria", "Zurich, Zurich, Switzerland", "Cologne, North Rhine-Westphalia, Germany"],
        ["Paris, Île-de-France, France", "Lyon, Auvergne-Rhône-Alpes, France", "Toulouse, Occitanie, France"],
        ["Madrid, Community of Madrid, Spain", "Barcelona, Catalonia, Spain", "Valencia, Valencian Community, Spain"],
        ["São Paulo, São Paulo, Brazil", "Rio de Janeiro, Rio de Janeiro, Brazil", "Lisbon, Lisbon, Portugal"],
        ["Milan, Lombardy, Italy", "Rome, Latium, Italy", "Turin, Piedmont, Italy"],
        ["Amsterdam, North Holland, Netherlands", "Utrecht, Utrecht, Netherlands", "Rotterdam, South Holland, Netherlands"],
        ["Stockholm, Stockholm County, Sweden", "Gothenburg, Västra Götaland County, Sweden"],
        ["Oslo, Oslo, Norway", "Bergen, Vestland, Norway"],
        ["Copenhagen, Capital Region of Denmark, Denmark", "Aarhus, Central Denmark Region, Denmark"],
        ["Helsinki, Uusimaa, Finland", "Tampere, Pirkanmaa, Finland"],
    ];

    /// <summary>LinkedIn opened in May 2003: nobody connected before.</summary>
    private static readonly DateOnly LinkedInLaunch = new(2003, 5, 5);

    private SampleOwner(
        SamplePerson person,
        OwnerArchetype archetype,
        string city,
        int careerYears,
        DateOnly joinedOn,
        SampleTenure[] tenures,
        Position[] positions,
        Profile profile,
        string headlineTemplate,
        string[] skills)
    {
        Person = person;
        Archetype = archetype;
        City = city;
        CareerYears = careerYears;
        JoinedOn = joinedOn;
        Tenures = tenures;
        Positions = positions;
        Profile = profile;
        HeadlineTemplate = headlineTemplate;
        Skills = skills;
    }

    public SamplePerson Person { get; }

    public SampleLanguage Language => Person.Language;

    public OwnerArchetype Archetype { get; }

    /// <summary>The owner's location as LinkedIn shows it ("Munich, Bavaria, Germany").</summary>
    public string City { get; }

    public int CareerYears { get; }

    /// <summary>The day the owner joined LinkedIn: the earliest possible connection.</summary>
    public DateOnly JoinedOn { get; }

    /// <summary>The owner's jobs, oldest first, with exact days for the connection dates.</summary>
    public SampleTenure[] Tenures { get; }

    /// <summary>The positions as exported, newest first.</summary>
    public Position[] Positions { get; }

    public Profile Profile { get; }

    /// <summary>The headline with <c>{title}</c> and <c>{company}</c> for the current job's.</summary>
    public string HeadlineTemplate { get; }

    public string[] Skills { get; }

    /// <summary>The company of the newest position (the current job, unless between jobs); empty when none.</summary>
    public string CurrentCompany => Positions.Length > 0 ? Positions[0].CompanyName : string.Empty;

    public static SampleOwner Create(SampleRandom random, SamplePeople people, DateOnly asOf)
    {
        var language = (SampleLanguage)random.PickCumulative(LanguageWeights);
        var person = people.CreatePlain(random, language);
        var archetype = random.Pick(OwnerArchetypes.All);
        var city = random.Pick(Cities[(int)language]);
        var careerYears = random.Next(8, 23);

        var asOfMonth = MonthIndex(asOf);
        var startMonth = asOfMonth - (careerYears * 12) - random.Next(12);
        var count = random.Next(3, 7);
        var starts = JobStarts(random, startMonth, asOfMonth, count);

        var ladder = language == SampleLanguage.German && random.Chance(0.6) ? archetype.GermanLadder : archetype.EnglishLadder;
        var last = random.Next(count - 1, ladder.Length);
        var companies = new List<string>(count);
        while (companies.Count < count)
        {
            var name = CompanyNames.Create(random, random.Chance(0.65) ? language : SampleLanguage.English);
            if (!companies.Contains(name, StringComparer.Ordinal))
            {
                companies.Add(name);
            }
        }

        var tenures = new SampleTenure[count];
        var positions = new Position[count];
        for (var i = 0; i < count; i++)
        {
            var started = FromMonthIndex(starts[i]);
            DateOnly? finished = null;
            if (i < count - 1)
            {
                var next = starts[i + 1];
                var end = random.NextDouble() switch
                {
                    < 0.7 => next - 1,
                    < 0.9 => next,
                    _ => next - 3,
                };
                finished = FromMonthIndex(Math.Max(end, starts[i]));
            }

            var title = ladder[last - (count - 1) + i];
            var location = random.NextDouble() switch
            {
                < 0.6 => city,
                < 0.75 => city[..city.IndexOf(',', StringComparison.Ordinal)],
                < 0.85 => "Remote",
                _ => random.Pick(Cities[(int)language]),
            };
            positions[count - 1 - i] = new Position(companies[i], title, Description(random, archetype), location, started, finished);

            // Connections are made by day; a finished job counts to the end of its last month.
            var lastDay = finished is { } f ? f.AddMonths(1).AddDays(-1) : asOf;
            tenures[i] = new SampleTenure(companies[i], started, lastDay < asOf ? lastDay : asOf, finished is null);
        }

        var joinMonth = Math.Min(startMonth + random.Next(0, 37), asOfMonth);
        var joinedOn = FromMonthIndex(joinMonth).AddDays(random.Next(28));
        joinedOn = joinedOn < LinkedInLaunch ? LinkedInLaunch : joinedOn;
        joinedOn = joinedOn > asOf ? asOf : joinedOn;

        var headline = HeadlineTemplateFor(random, archetype);
        var profile = new Profile(
            person.FirstName,
            person.LastName,
            Headline(headline, positions[0]),
            Summary(archetype, careerYears),
            random.Pick(archetype.Industries),
            city);

        var skills = archetype.Skills.Distinct(StringComparer.Ordinal).ToArray();
        random.Shuffle(skills);
        skills = skills[..Math.Min(skills.Length, random.Next(15, 41))];

        return new SampleOwner(person, archetype, city, careerYears, joinedOn, tenures, positions, profile, headline, skills);
    }

    /// <summary>
    /// The owner as on <paramref name="date"/>, an earlier day than the export's: only the jobs begun
    /// by then, the newest of them current unless it had already ended, and profile text to match.
    /// </summary>
    public SampleOwner At(DateOnly date, DateOnly asOf)
    {
        var positions = Positions.Where(p => p.StartedOn <= date).ToArray();
        var current = positions.Length > 0 && (positions[0].FinishedOn is not { } finished || finished.AddMonths(1).AddDays(-1) >= date);
        if (current)
        {
            positions[0] = positions[0] with { FinishedOn = null };
        }

        var tenures = Tenures.Where(t => t.First <= date).ToArray();
        for (var i = 0; i < tenures.Length; i++)
        {
            var isCurrent = current && i == tenures.Length - 1;
            tenures[i] = tenures[i] with { Last = isCurrent || tenures[i].Last > date ? date : tenures[i].Last, IsCurrent = isCurrent };
        }

        var careerYears = Math.Max(1, CareerYears - ((MonthIndex(asOf) - MonthIndex(date)) / 12));
        var profile = Profile with
        {
            Headline = positions.Length > 0 ? Headline(HeadlineTemplate, positions[0]) : string.Empty,
            Summary = Summary(Archetype, careerYears),
        };
        return new SampleOwner(Person, Archetype, City, careerYears, JoinedOn, tenures, positions, profile, HeadlineTemplate, Skills);
    }

    private static int[] JobStarts(SampleRandom random, int startMonth, int asOfMonth, int count)
    {
        var total = asOfMonth - startMonth;
        var weights = new double[count];
        for (var i = 0; i < count; i++)
        {
            weights[i] = random.NextDouble(0.6, 1.6);
        }

        var cumulative = SampleRandom.Cumulative(weights);
        var starts = new int[count];
        starts[0] = startMonth;
        for (var i = 1; i < count; i++)
        {
            var month = startMonth + (int)Math.Round(total * cumulative[i - 1] / cumulative[^1]);
            starts[i] = Math.Clamp(month, starts[i - 1] + 6, asOfMonth - ((count - 1 - i) * 6));
        }

        return starts;
    }

    private static string Description(SampleRandom random, OwnerArchetype archetype)
    {
        if (random.Chance(0.25))
        {
            return string.Empty;
        }

        var duties = (string[])archetype.Duties.Clone();
        random.Shuffle(duties);
        var take = duties[..Math.Min(duties.Length, random.Next(2, 4))];
        return random.Chance(0.6)
            ? string.Join('\n', take.Select(d => "• " + d))
            : string.Join(". ", take) + ".";
    }

    private static string HeadlineTemplateFor(SampleRandom random, OwnerArchetype archetype)
    {
        var tags = (string[])archetype.HeadlineTags.Clone();
        random.Shuffle(tags);
        return random.NextDouble() switch
        {
            < 0.5 => "{title} at {company}",
            < 0.8 => $"{{title}} @ {{company}} | {tags[0]} | {tags[1]}",
            _ => $"{{title}} | {tags[0]}",
        };
    }

    private static string Headline(string template, Position current)
    {
        var at = template.IndexOf("{company}", StringComparison.Ordinal);
        var filled = at < 0 ? template : template[..at] + current.CompanyName + template[(at + "{company}".Length)..];
        return current.Title + filled["{title}".Length..];
    }

    private static string Summary(OwnerArchetype archetype, int careerYears) =>
        string.Join("\n\n", archetype.Summary.Select(p => p.Replace(
            "{years}", careerYears.ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal)));

    private static int MonthIndex(DateOnly date) => (date.Year * 12) + date.Month - 1;

    private static DateOnly FromMonthIndex(int index) => new(index / 12, (index % 12) + 1, 1);
}
