using System.Globalization;
using NetworkAdvisor.Model;

namespace NetworkAdvisor.Samples;

/// <summary>
/// Generates a realistic, synthetic LinkedIn export for demos and tests: a multilingual network
/// with every job function and seniority, a long tail of companies, the owner's career, messages,
/// invitations, endorsements, recommendations, skills and company follows. The same options always
/// give the same export; nothing depends on the clock, the culture or global random state.
/// </summary>
public static class SampleExportGenerator
{
    private const int OwnerStream = 1;
    private const int ConnectionStream = 2;
    private const int InvitationStream = 3;
    private const int MessageStream = 4;
    private const int EndorsementStream = 5;
    private const int RecommendationStream = 6;
    private const int FollowStream = 7;
    private const int PeopleStream = 8;

    /// <summary>Generates the export described by <paramref name="options"/>.</summary>
    /// <param name="options">Size, seed and date of the export.</param>
    /// <returns>
    /// A bundle whose source is <c>sample:seed=S</c>; its files, skipped paths and issues are empty.
    /// </returns>
    /// <exception cref="ArgumentNullException"><paramref name="options"/> is null.</exception>
    public static ExportBundle Generate(SampleOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
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

        return ExportBundle.Empty("sample:seed=" + seed.ToString(CultureInfo.InvariantCulture)) with
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
    }
}
