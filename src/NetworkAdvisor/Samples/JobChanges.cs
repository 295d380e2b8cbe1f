using NetworkAdvisor.Classification;
using NetworkAdvisor.Model;

namespace NetworkAdvisor.Samples;

/// <summary>
/// When each connection last changed jobs, and what the job was before. The time since the latest
/// change is exponential (about 7.5% of people a year), drawn once per connection; the previous job
/// comes from a stream of its own per connection, so every earlier export of one account shows the
/// same previous job, and only before the change.
/// </summary>
internal static class JobChanges
{
    private const double ChangesPerYear = 0.075;

    private const int Attempts = 10;

    private static readonly double MaxDays = 200 * 365.25;

    /// <summary>The day number of each connection's latest job change, at most the export's date.</summary>
    public static int[] Days(SampleRandom random, SampleNetwork network, DateOnly asOf)
    {
        var days = new int[network.Connections.Length];
        for (var i = 0; i < days.Length; i++)
        {
            var yearsAgo = -Math.Log(1 - random.NextDouble()) / ChangesPerYear;
            days[i] = asOf.DayNumber - (int)Math.Min(yearsAgo * 365.25, MaxDays);
        }

        return days;
    }

    /// <summary>
    /// <paramref name="connection"/> with the job before the latest change, always different as a
    /// diff sees it: another company (same title), a promotion at the same company (a title one
    /// level lower in the same job function), or both; freelancers and people with a slogan for a
    /// title were employed before. Null for students, who keep their row.
    /// </summary>
    public static Connection? Previous(SampleRandom random, Connection connection, SamplePerson person, ComposedTitle title, CompanyPool companies)
    {
        var roll = random.NextDouble();
        var (newCompany, newTitle) = title.Kind switch
        {
            TitleKind.Student => (false, false),
            TitleKind.Empty => (true, false),
            TitleKind.Freelance or TitleKind.Headline => (true, true),
            _ when title.Function.Length == 0 => (true, false),
            _ => (roll < 0.75, roll >= 0.45),
        };
        if (!newCompany && !newTitle)
        {
            return null;
        }

        var company = connection.Company;
        var changed = false;
        if (newCompany)
        {
            var key = CompanyKey(company);
            for (var attempt = 0; attempt < Attempts && !changed; attempt++)
            {
                var candidate = random.Chance(0.55)
                    ? companies.Pick(random)
                    : CompanyNames.Create(random, random.Chance(0.65) ? person.Language : SampleLanguage.English);
                if (!string.Equals(CompanyKey(candidate), key, StringComparison.Ordinal))
                {
                    company = candidate;
                    changed = true;
                }
            }
        }

        var position = connection.Position;
        if (newTitle || !changed)
        {
            // A promotion when the company stays; a move at the same or the next level down otherwise.
            var rank = changed && random.Chance(0.5) ? title.Rank : Lower(random, title.Rank);
            for (var attempt = 0; attempt < Attempts; attempt++)
            {
                var candidate = title.Kind == TitleKind.Job
                    ? TitleComposer.ComposeIn(random, person.Language, person.Female, title.Function, rank).Text
                    : TitleComposer.Compose(random, person.Language, person.Female).Text;
                if (candidate.Length > 0 && !SameTitle(candidate, connection.Position))
                {
                    position = candidate;
                    changed = true;
                    break;
                }
            }
        }

        return changed ? connection with { Company = company, Position = position } : null;
    }

    private static SampleRank Lower(SampleRandom random, SampleRank rank) => rank switch
    {
        SampleRank.Owner => (SampleRank)random.Next((int)SampleRank.Senior, (int)SampleRank.Director + 1),
        SampleRank.Partner => SampleRank.Director,
        SampleRank.Unpaid => SampleRank.Unpaid,
        _ => rank - 1,
    };

    // The diff compares companies by their normalised key; a new name with the same key would be no change.
    private static string CompanyKey(string company) => CompanyNormalizer.Default.Normalize(company).Key;

    private static bool SameTitle(string a, string b) =>
        string.Equals(Squash(a), Squash(b), StringComparison.OrdinalIgnoreCase);

    private static string Squash(string text) => string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
