using System.Globalization;
using NetworkAdvisor.Model;

namespace NetworkAdvisor.Samples;

/// <summary>
/// Derives an earlier export from a generated account: the connections of that day (with former
/// connections and previous jobs), the owner's career and profile of that day, the activity up to
/// it, and the invitations pending then.
/// </summary>
internal static class EarlierExportBuilder
{
    private const int FormerStream = 9;
    private const int JobChangeStream = 10;
    private const int PreviousJobStream = 11;
    private const int InvitationStream = 12;

    /// <summary>
    /// Invitations accepted soon after the earlier date were pending on it: sent up to this many days
    /// before it and accepted up to this many days after.
    /// </summary>
    private const int AcceptedWithinDays = 45;

    private const double AcceptedShare = 0.3;

    public static ExportBundle Build(SampleAccount account, DateOnly earlier)
    {
        var seed = account.Options.Seed;
        var asOf = account.Options.AsOf;
        var later = account.Export;
        var network = account.Network;

        // Drawn the same way for every earlier date, so exports of one account agree with each other.
        var former = FormerConnectionsBuilder.Build(new SampleRandom(seed, FormerStream), account, earlier);
        var changedOn = JobChanges.Days(new SampleRandom(seed, JobChangeStream), network, asOf);
        var previousJobSeed = SampleRandom.Derive(seed, PreviousJobStream);

        var connections = new List<Connection>();
        for (var i = 0; i < network.Connections.Length; i++)
        {
            var connection = network.Connections[i];
            if (connection.ConnectedOn > earlier)
            {
                continue;
            }

            if (network.People[i] is { } person && changedOn[i] > earlier.DayNumber)
            {
                connection = JobChanges.Previous(new SampleRandom(previousJobSeed, i), connection, person, network.Titles[i], network.Companies) ?? connection;
            }

            connections.Add(connection);
        }

        connections.AddRange(former.Where(f => f.Connection.ConnectedOn <= earlier).Select(f => f.Connection));
        Connection[] ordered = [.. connections.OrderByDescending(c => c.ConnectedOn)];

        var owner = account.Owner.At(earlier, asOf);
        var end = earlier.AddDays(1).ToDateTime(TimeOnly.MinValue);
        var invitations = Invitations(new SampleRandom(seed, InvitationStream), account, owner, ordered.Length, earlier, end);

        return ExportBundle.Empty(string.Create(CultureInfo.InvariantCulture, $"sample:seed={seed};as-of={earlier:yyyy-MM-dd}")) with
        {
            Connections = [.. ordered],
            Invitations = [.. invitations],
            Messages = [.. later.Messages.Where(m => m.SentAt < end)],
            Positions = [.. owner.Positions],
            Profile = owner.Profile,
            Endorsements = [.. later.Endorsements.Where(e => e.EndorsedOn < end)],
            Recommendations = [.. later.Recommendations.Where(r => r.CreatedAt < end)],
            Skills = later.Skills,
            CompanyFollows = [.. later.CompanyFollows.Where(f => f.FollowedOn < end)],
        };
    }

    /// <summary>
    /// The invitations pending on the earlier day: those still pending at the later date that were
    /// sent by then, some that became connections soon after it, and new ones up to 2-5% of the network.
    /// </summary>
    private static Invitation[] Invitations(SampleRandom random, SampleAccount account, SampleOwner owner, int connections, DateOnly earlier, DateTime end)
    {
        var network = account.Network;
        var result = account.Export.Invitations.Where(i => i.SentAt < end).ToList();
        for (var i = network.Connections.Length - 1; i >= 0; i--)
        {
            var connection = network.Connections[i];
            if (connection.ConnectedOn <= earlier)
            {
                continue;
            }

            if (connection.ConnectedOn.DayNumber - earlier.DayNumber > AcceptedWithinDays)
            {
                break;
            }

            if (network.People[i] is not { } person || !random.Chance(AcceptedShare))
            {
                continue;
            }

            var sentAt = earlier.AddDays(-random.Next(AcceptedWithinDays)).ToDateTime(TimeOnly.MinValue, DateTimeKind.Unspecified)
                .AddMinutes(random.Next(6 * 60, 23 * 60));
            result.Add(InvitationsBuilder.Create(random, owner, person, random.Chance(0.6), sentAt, personalNote: false));
        }

        var target = (int)Math.Round(connections * random.NextDouble(0.02, 0.05));
        result.AddRange(InvitationsBuilder.Pending(random, account.People, owner, Math.Max(0, target - result.Count), earlier));
        return [.. result.OrderByDescending(i => i.SentAt)];
    }
}
