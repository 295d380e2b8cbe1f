namespace NetworkAdvisor.Samples;

/// <summary>
/// Builds realistic, multilingual job titles: every LinkedIn job function and seniority, in the
/// person's language or in English, with the noise real titles carry (abbreviations, separators,
/// region suffixes, "(m/w/d)", "Open to work", odd casing, empty titles).
/// </summary>
internal static class TitleComposer
{
    private static readonly double[] RankWeights = SampleRandom.Cumulative(
        [0.8, 6, 33, 24, 11, 8, 3, 4, 2.2, 4]);

    private static readonly string[] Regions =
        ["DACH", "EMEA", "Nordics", "Benelux", "France", "Iberia", "LATAM", "APAC", "Europe", "North America", "Germany", "UK & Ireland", "CEE"];

    private static readonly string[] RegionSeparators = [" ", " ", " – ", ", ", " - "];

    private static readonly string[] PipeSuffixes =
        ["Speaker", "Author", "Mentor", "Podcast Host", "Angel Investor", "Coach", "Board Member", "Lifelong Learner", "Dad of 3", "Marathon Runner"];

    private static readonly string[] SalesLikeFunctions =
        ["Sales", "Business Development", "Marketing", "Customer Success and Support"];

    public static ComposedTitle Compose(SampleRandom random, SampleLanguage personLanguage, bool female)
    {
        var roll = random.NextDouble();
        if (roll < 0.018)
        {
            return ComposedTitle.None;
        }

        var native = TitleTemplates.Of(personLanguage);
        var language = random.Chance(native.NativeShare) ? personLanguage : SampleLanguage.English;
        var templates = TitleTemplates.Of(language);

        if (roll < 0.040)
        {
            var headline = random.Chance(0.5) ? templates : TitleTemplates.Of(SampleLanguage.English);
            return new ComposedTitle(random.Pick(headline.Noise).For(female), TitleKind.Headline, string.Empty, string.Empty);
        }

        if (roll < 0.058)
        {
            return new ComposedTitle(random.Pick(templates.Freelance).For(female), TitleKind.Freelance, string.Empty, string.Empty);
        }

        if (roll < 0.075)
        {
            var university = random.Pick(native.Universities);
            var student = random.Pick(templates.Student).For(female).Replace("{U}", university, StringComparison.Ordinal);
            return new ComposedTitle(student, TitleKind.Student, string.Empty, university);
        }

        if (roll < 0.115)
        {
            return new ComposedTitle(random.Pick(templates.RankOnly).For(female), TitleKind.Job, string.Empty, string.Empty);
        }

        var function = JobFunctions.All[random.PickCumulative(JobFunctions.CumulativeWeights)];
        var rank = (SampleRank)random.PickCumulative(RankWeights);
        return Job(random, function, rank, language, female);
    }

    /// <summary>
    /// A job title in the job function named <paramref name="function"/> at <paramref name="rank"/>
    /// (for someone's previous job); any title when the function is empty or unknown.
    /// </summary>
    public static ComposedTitle ComposeIn(SampleRandom random, SampleLanguage personLanguage, bool female, string function, SampleRank rank)
    {
        var vocabulary = Array.Find(JobFunctions.All, f => string.Equals(f.Name, function, StringComparison.Ordinal));
        if (vocabulary is null)
        {
            return Compose(random, personLanguage, female);
        }

        var language = random.Chance(TitleTemplates.Of(personLanguage).NativeShare) ? personLanguage : SampleLanguage.English;
        return Job(random, vocabulary, rank, language, female);
    }

    private static ComposedTitle Job(SampleRandom random, JobFunctionVocabulary function, SampleRank rank, SampleLanguage language, bool female)
    {
        string text;
        if (function.Fixed.Length > 0 && random.Chance(0.07))
        {
            text = random.Pick(function.Fixed).For(female);
        }
        else if (!function.Ranked)
        {
            text = PickRole(random, function, language, female);
        }
        else
        {
            text = Build(random, function, rank, language, female);
        }

        return new ComposedTitle(Decorate(random, text, function, rank, language), TitleKind.Job, function.Name, string.Empty, rank);
    }

    private static string Build(
        SampleRandom random, JobFunctionVocabulary function, SampleRank rank, SampleLanguage language, bool female)
    {
        var english = language == SampleLanguage.English;
        switch (rank)
        {
            case SampleRank.Manager when english && function.EnglishManagers.Length > 0 && random.Chance(0.65):
                return random.Pick(function.EnglishManagers).For(female);
            case SampleRank.Chief when function.Chiefs.Length > 0 && random.Chance(english ? 0.75 : 0.3):
                return random.Pick(function.Chiefs).For(female);
            case SampleRank.Partner when english && function.Partners && random.Chance(0.4):
                return random.Chance(0.5)
                    ? "Partner, " + PickDepartment(random, function, SampleLanguage.English, female)
                    : PickDepartment(random, function, SampleLanguage.English, female) + " Partner";
            default:
                break;
        }

        for (var attempt = 0; attempt < 8; attempt++)
        {
            var useLanguage = attempt < 4 ? language : SampleLanguage.English;
            var options = TitleTemplates.Of(useLanguage).For(rank);
            if (options.Length == 0)
            {
                options = TitleTemplates.Of(SampleLanguage.English).For(rank);
                useLanguage = SampleLanguage.English;
            }

            var template = random.Pick(options).For(female);
            if (TryFill(random, template, function, useLanguage, female, out var filled))
            {
                return filled;
            }
        }

        return PickRole(random, function, SampleLanguage.English, female);
    }

    private static bool TryFill(
        SampleRandom random,
        string template,
        JobFunctionVocabulary function,
        SampleLanguage language,
        bool female,
        out string filled)
    {
        filled = template;
        if (template.Contains("{R}", StringComparison.Ordinal))
        {
            var roles = function.Roles(language);
            if (roles.Length == 0)
            {
                return false;
            }

            filled = filled.Replace("{R}", random.Pick(roles).For(female), StringComparison.Ordinal);
        }

        if (template.Contains("{D}", StringComparison.Ordinal))
        {
            var departments = function.Departments(language);
            if (departments.Length == 0)
            {
                return false;
            }

            filled = filled.Replace("{D}", random.Pick(departments).For(female), StringComparison.Ordinal);
        }

        if (template.Contains("{C}", StringComparison.Ordinal))
        {
            if (function.ChiefAbbreviations.Length == 0)
            {
                return false;
            }

            filled = filled.Replace("{C}", random.Pick(function.ChiefAbbreviations).For(female), StringComparison.Ordinal);
        }

        return true;
    }

    private static string PickRole(SampleRandom random, JobFunctionVocabulary function, SampleLanguage language, bool female)
    {
        var roles = function.Roles(language);
        if (roles.Length == 0)
        {
            roles = function.Roles(SampleLanguage.English);
        }

        return random.Pick(roles).For(female);
    }

    private static string PickDepartment(SampleRandom random, JobFunctionVocabulary function, SampleLanguage language, bool female)
    {
        var departments = function.Departments(language);
        if (departments.Length == 0)
        {
            departments = function.Departments(SampleLanguage.English);
        }

        return random.Pick(departments).For(female);
    }

    private static string Decorate(
        SampleRandom random, string text, JobFunctionVocabulary function, SampleRank rank, SampleLanguage language)
    {
        var roll = random.NextDouble();
        return roll switch
        {
            < 0.10 when Array.IndexOf(SalesLikeFunctions, function.Name) >= 0 && rank >= SampleRank.Entry =>
                text + random.Pick(RegionSeparators) + random.Pick(Regions),
            >= 0.10 and < 0.13 when language == SampleLanguage.German && !text.Contains('(', StringComparison.Ordinal) =>
                text + " (m/w/d)",
            >= 0.13 and < 0.155 when rank is SampleRank.Entry or SampleRank.Senior => random.Next(3) switch
            {
                0 => "Open to work | " + text,
                1 => text + " | Open to Work",
                _ => text + " (open to new opportunities)",
            },
            >= 0.155 and < 0.175 when rank >= SampleRank.Senior => text + " | " + random.Pick(PipeSuffixes),
            >= 0.175 and < 0.19 => text.ToLowerInvariant(),
            >= 0.19 and < 0.194 => text.ToUpperInvariant(),
            _ => text,
        };
    }
}
