using System.Globalization;
using NetworkAdvisor.Model;

namespace NetworkAdvisor.Samples;

/// <summary>
/// One generated account as of the options' date: the owner, the network and the export built
/// from them, kept together so that an earlier export of the same account can be derived.
/// </summary>
internal sealed class SampleAccount
{
    private const int OwnerStream = 1;
    private const int ConnectionStream = 2;
    private const int InvitationStream = 3;
    private const int MessageStream = 4;
    private const int EndorsementStream = 5;
    private const int RecommendationStream = 6;
    private const int FollowStream = 7;
    private const int PeopleStream = 8;

    private SampleAccount(SampleOptions options, SamplePeople people, SampleOwner owner, SampleNetwork network, ExportBundle export)
    {
        Options = options;
        People = people;
        Owner = owner;
        Network = network;
        Export = export;
    }

    public SampleOptions Options { get; }

    /// <summary>The people source; every slug it made so far is taken.</summary>
    public SamplePeople People { get; }

    public SampleOwner Owner { get; }

    public SampleNetwork Network { get; }

    /// <summary>The export as of <see cref="SampleOptions.AsOf"/>.</summary>
    public ExportBundle Export { get; }

    public static SampleAccount Create(SampleOptions options)
    {
        var seed = options.Seed;
        var asOf = options.AsOf;

        var people = new SamplePeople(SampleRandom.Derive(seed, PeopleStream));
        var owner = SampleOwner.Create(new SampleRandom(seed, OwnerStream), people, asOf);
        var network = ConnectionsBuilder.Build(new SampleRandom(seed, ConnectionStream), people, owner, options.Connections, asOf);
        var invitations = InvitationsBuilder.Build(new SampleRandom(seed, InvitationStream), people, owner, options.Connections, asOf);
        var messages = MessagesBuilder.Build(new SampleRandom(seed, MessageStream), owner, network, asOf);
        var endorsements = ProfileExtrasBuilder.Endorsements(new SampleRandom(seed, EndorsementStream), people, owner, network, asOf);
        var recommendations = ProfileExtrasBuilder.Recommendations(new SampleRandom(seed, RecommendationStream), owner, network, asOf);
        var follows = ProfileExtrasBuilder.CompanyFollows(new SampleRandom(seed, FollowStream), owner, network, asOf);

        var export = ExportBundle.Empty("sample:seed=" + seed.ToString(CultureInfo.InvariantCulture)) with
        {
            Connections = [.. network.Connections],
            Invitations = [.. invitations],
            Messages = [.. messages],
            Positions = [.. owner.Positions],
            Profile = owner.Profile,
            Endorsements = [.. endorsements],
            Recommendations = [.. recommendations],
            Skills = [.. owner.Skills.Select(s => new Skill(s))],
            CompanyFollows = [.. follows],
        };
        return new SampleAccount(options, people, owner, network, export);
    }
}
