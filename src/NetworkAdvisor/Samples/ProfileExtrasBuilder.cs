using NetworkAdvisor.Model;

namespace NetworkAdvisor.Samples;

/// <summary>Generates endorsements, recommendations and company follows, mostly tied to connections.</summary>
internal static class ProfileExtrasBuilder
{
    public static Endorsement[] Endorsements(
        SampleRandom random, SamplePeople people, SampleOwner owner, SampleNetwork network, DateOnly asOf)
    {
        var visible = VisibleIndexes(network);
        if (visible.Length == 0 || owner.Skills.Length == 0)
        {
            return [];
        }

        var target = Math.Min(600, (int)Math.Round(Math.Min(6, visible.Length) + (Math.Sqrt(visible.Length) * random.NextDouble(0.8, 1.6))));
        var skillWeights = SampleRandom.Cumulative(owner.Skills.Select((_, rank) => 1.0 / (rank + 1)).ToArray());
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var result = new List<Endorsement>(target);
        for (var attempt = 0; result.Count < target && attempt < target * 4; attempt++)
        {
            SamplePerson endorser;
            DateOnly earliest;
            if (random.Chance(0.9))
            {
                var index = visible[random.Next(visible.Length)];
                endorser = network.People[index]!;
                earliest = network.Connections[index].ConnectedOn;
            }
            else
            {
                // Someone who has since left the network (or removed the connection).
                endorser = people.Create(random, owner.Language);
                earliest = owner.JoinedOn;
            }

            var skill = owner.Skills[random.PickCumulative(skillWeights)];
            if (!seen.Add(endorser.Slug + "\n" + skill))
            {
                continue;
            }

            result.Add(new Endorsement(
                Moment(random, earliest, asOf, DateTimeKind.Utc, wholeMinutes: false),
                skill,
                endorser.FirstName,
                endorser.LastName,
                endorser.SchemelessProfileUrl,
                "ACCEPTED"));
        }

        return [.. result.OrderByDescending(e => e.EndorsedOn)];
    }

    public static Recommendation[] Recommendations(SampleRandom random, SampleOwner owner, SampleNetwork network, DateOnly asOf)
    {
        var visible = VisibleIndexes(network);
        if (visible.Length == 0)
        {
            return [];
        }

        var colleagues = owner.Tenures.Select(t => t.Company).ToHashSet(StringComparer.Ordinal);
        var formerColleagues = visible.Where(i => colleagues.Contains(network.Connections[i].Company)).ToArray();
        var count = Math.Min(12, random.Next(0, 3) + (visible.Length / 400));
        var chosen = new List<int>(count);
        for (var attempt = 0; chosen.Count < count && attempt < count * 10; attempt++)
        {
            var pool = formerColleagues.Length > 0 && random.Chance(0.75) ? formerColleagues : visible;
            var index = pool[random.Next(pool.Length)];
            if (!chosen.Contains(index))
            {
                chosen.Add(index);
            }
        }

        var female = owner.Person.Female;
        var result = new List<Recommendation>(chosen.Count);
        foreach (var index in chosen)
        {
            var connection = network.Connections[index];
            var author = network.People[index]!;
            var company = connection.Company.Length > 0 ? connection.Company : owner.Positions[^1].CompanyName;
            var german = owner.Language == SampleLanguage.German && author.Language == SampleLanguage.German && random.Chance(0.6);
            var text = random.Pick(german ? RecommendationTexts.German : RecommendationTexts.English)
                .Replace("{owner}", owner.Person.FirstName, StringComparison.Ordinal)
                .Replace("{company}", company, StringComparison.Ordinal)
                .Replace("{noun}", RecommendationTexts.Noun(owner.Archetype.Function), StringComparison.Ordinal)
                .Replace("{Pronoun}", female ? "She" : "He", StringComparison.Ordinal)
                .Replace("{pronoun}", female ? "she" : "he", StringComparison.Ordinal)
                .Replace("{object}", female ? "her" : "him", StringComparison.Ordinal)
                .Replace("{possessive}", female ? "her" : "his", StringComparison.Ordinal)
                .Replace("{pronounDe}", female ? "sie" : "er", StringComparison.Ordinal)
                .Replace("{possessiveDe}", female ? "ihre" : "seine", StringComparison.Ordinal);
            result.Add(new Recommendation(
                author.FirstName,
                author.LastName,
                company,
                connection.Position,
                text,
                Moment(random, connection.ConnectedOn, asOf, DateTimeKind.Unspecified, wholeMinutes: true),
                "VISIBLE"));
        }

        return [.. result.OrderByDescending(r => r.CreatedAt)];
    }

    public static CompanyFollow[] CompanyFollows(SampleRandom random, SampleOwner owner, SampleNetwork network, DateOnly asOf)
    {
        var target = random.Next(6, 31);
        var names = new List<string>(target);
        foreach (var tenure in owner.Tenures)
        {
            if (random.Chance(0.8))
            {
                names.Add(tenure.Company);
            }
        }

        var big = network.Companies.Names;
        for (var attempt = 0; names.Count < target && attempt < target * 10; attempt++)
        {
            var name = random.Chance(0.7)
                ? big[random.Next(Math.Min(big.Count, 40))]
                : CompanyNames.Create(random, random.Chance(0.5) ? owner.Language : SampleLanguage.English);
            if (!names.Contains(name, StringComparer.Ordinal))
            {
                names.Add(name);
            }
        }

        return
        [
            .. names
                .Select(n => new CompanyFollow(n, Moment(random, owner.JoinedOn, asOf, DateTimeKind.Utc, wholeMinutes: false)))
                .OrderByDescending(f => f.FollowedOn),
        ];
    }

    /// <summary>A moment between <paramref name="first"/> and the end of <paramref name="asOf"/>.</summary>
    private static DateTime Moment(SampleRandom random, DateOnly first, DateOnly asOf, DateTimeKind kind, bool wholeMinutes)
    {
        var day = DateOnly.FromDayNumber(random.Next(first.DayNumber, asOf.DayNumber + 1));
        var seconds = random.Next(6 * 3600, 23 * 3600);
        if (wholeMinutes)
        {
            seconds -= seconds % 60;
        }

        return day.ToDateTime(TimeOnly.MinValue, kind).AddSeconds(seconds);
    }

    private static int[] VisibleIndexes(SampleNetwork network) =>
        Enumerable.Range(0, network.Connections.Length).Where(i => network.People[i] is not null).ToArray();
}
