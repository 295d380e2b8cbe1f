using NetworkAdvisor.Model;

namespace NetworkAdvisor.Samples;

/// <summary>
/// Generates the people the owner was once connected to but is no longer (either side removed the
/// connection, or the account was closed). Removals happen at a steady rate, drawn backwards from
/// the export's date, so the removals after any earlier date are the same first few of one sequence:
/// exports of one account at several dates agree. Each removed person was connected at a day drawn
/// from the network's own growth before the removal.
/// </summary>
internal static class FormerConnectionsBuilder
{
    /// <summary>Removals per year, as a share of the final network.</summary>
    private const double RemovalsPerYear = 0.035;

    private const int NameAttempts = 20;

    /// <summary>The former connections removed after <paramref name="earlier"/>, latest removal first.</summary>
    public static FormerConnection[] Build(SampleRandom random, SampleAccount account, DateOnly earlier)
    {
        var network = account.Network;
        var owner = account.Owner;
        var first = Math.Max(owner.JoinedOn.DayNumber + 1, earlier.DayNumber + 1);
        var asOf = account.Options.AsOf.DayNumber;
        if (network.Connections.Length == 0 || first > asOf)
        {
            return [];
        }

        var perDay = network.Connections.Length * RemovalsPerYear / 365.25;
        var days = network.Connections.Select(c => c.ConnectedOn.DayNumber).Order().ToArray();

        // Nobody may share a name with a current connection, so a diff matches no one by name by mistake.
        var names = network.Connections.Where(c => !c.IsHidden).Select(c => NameKey(c.FullName)).ToHashSet(StringComparer.Ordinal);
        var languages = ConnectionsBuilder.LanguageWeights(owner);
        var result = new List<FormerConnection>();
        var time = asOf + 1.0;
        while (true)
        {
            time -= -Math.Log(1 - random.NextDouble()) / perDay;
            var removed = (int)Math.Floor(time);
            if (removed < first)
            {
                break;
            }

            var before = LowerBound(days, removed);
            var date = DateOnly.FromDayNumber(before > 0 ? days[random.Next(before)] : random.Next(owner.JoinedOn.DayNumber, removed));
            var language = (SampleLanguage)random.PickCumulative(languages);
            SamplePerson? person = null;
            for (var attempt = 0; attempt < NameAttempts && person is null; attempt++)
            {
                var candidate = account.People.Create(random, language);
                person = names.Contains(NameKey(candidate.FullName)) ? null : candidate;
            }

            if (person is null)
            {
                continue;
            }

            var title = TitleComposer.Compose(random, person.Language, person.Female);
            var company = ConnectionsBuilder.Company(random, title, person.Language, date, owner, network.Companies);
            var email = random.Chance(ConnectionsBuilder.EmailShare) ? ConnectionsBuilder.Email(random, person, company) : string.Empty;
            var connection = new Connection(person.FirstName, person.LastName, person.ProfileUrl, email, company, title.Text, date);
            result.Add(new FormerConnection(connection, DateOnly.FromDayNumber(removed)));
        }

        return [.. result];
    }

    /// <summary>A name as a diff compares it: whitespace squashed, lower case.</summary>
    public static string NameKey(string fullName) =>
        string.Join(' ', fullName.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)).ToLowerInvariant();

    /// <summary>How many of the ascending <paramref name="days"/> are before <paramref name="day"/>.</summary>
    private static int LowerBound(int[] days, int day)
    {
        int low = 0, high = days.Length;
        while (low < high)
        {
            var middle = low + ((high - low) / 2);
            if (days[middle] < day)
            {
                low = middle + 1;
            }
            else
            {
                high = middle;
            }
        }

        return low;
    }
}
