using System.Collections.Immutable;
using Microsoft.Data.Analysis;
using NetworkAdvisor.Frames;

namespace NetworkAdvisor.Analysis;

/// <summary>
/// How actively the owner talks to the network, measured from <c>messages.csv</c>. Shares are of
/// identified connections: hidden profiles cannot be matched to messages and are left out of every denominator.
/// </summary>
/// <param name="AsOf">The day the analysis looks from; later messages are ignored.</param>
/// <param name="OwnerProfileUrl">The owner's normalised profile URL as found in the messages; empty when none was found.</param>
/// <param name="Contacts">One entry per connection, in input order (hidden profiles included, with no messages).</param>
/// <param name="Messages">Messages sent on or before <paramref name="AsOf"/> (UTC day).</param>
/// <param name="MatchedMessages">Of <paramref name="Messages"/>, those attributed to at least one connection.</param>
/// <param name="IgnoredAfterAsOf">Messages sent after <paramref name="AsOf"/>, left out of everything.</param>
/// <param name="Identified">Connections that are not hidden profiles: the denominator of every share.</param>
/// <param name="EverMessaged">Connections with at least one message either way.</param>
/// <param name="Engaged12Months">Connections with a message either way in the last 12 months.</param>
/// <param name="Dormant">Dormant connections (see <see cref="EngagementContact.Dormant"/>).</param>
/// <param name="TwoWay">Connections with messages both ways.</param>
/// <param name="TopContacts">
/// Who the owner talks to most: connections with messages by total messages (descending), then last contact
/// (latest first), then name; at most the number asked for.
/// </param>
public sealed record EngagementResult(
    DateOnly AsOf,
    string OwnerProfileUrl,
    ImmutableArray<EngagementContact> Contacts,
    int Messages,
    int MatchedMessages,
    int IgnoredAfterAsOf,
    int Identified,
    int EverMessaged,
    int Engaged12Months,
    int Dormant,
    int TwoWay,
    ImmutableArray<EngagementContact> TopContacts)
{
    /// <summary>Connections analysed, hidden profiles included.</summary>
    public int Connections => Contacts.Length;

    /// <summary>Messages on or before the as-of date that matched no connection (e.g. people you are not connected to).</summary>
    public int UnmatchedMessages => Messages - MatchedMessages;

    /// <summary>True when there is at least one message on or before the as-of date, so engagement can be measured.</summary>
    public bool HasMessages => Messages > 0;

    /// <summary>Identified connections never messaged either way.</summary>
    public int NeverMessaged => Identified - EverMessaged;

    /// <summary><see cref="Engaged12Months"/> / <see cref="Identified"/>; 0 without identified connections.</summary>
    public double EngagedShare => Share(Engaged12Months);

    /// <summary><see cref="Dormant"/> / <see cref="Identified"/>; 0 without identified connections.</summary>
    public double DormantShare => Share(Dormant);

    /// <summary><see cref="EverMessaged"/> / <see cref="Identified"/>; 0 without identified connections.</summary>
    public double EverMessagedShare => Share(EverMessaged);

    /// <summary><see cref="NeverMessaged"/> / <see cref="Identified"/>; 0 without identified connections.</summary>
    public double NeverMessagedShare => Share(NeverMessaged);

    /// <summary><see cref="TwoWay"/> / <see cref="Identified"/>; 0 without identified connections.</summary>
    public double TwoWayShare => Share(TwoWay);

    /// <summary>
    /// The contacts as a DataFrame, one row per connection in input order: <c>FirstName</c>, <c>LastName</c>,
    /// <c>ProfileUrl</c>, <c>Company</c> (string), <c>IsHidden</c> (bool), <c>Sent</c>, <c>Received</c>, <c>Total</c> (int),
    /// <c>FirstContact</c> and <c>LastContact</c> (DateTime, UTC; null when never messaged), <c>TwoWay</c>,
    /// <c>Engaged</c> and <c>Dormant</c> (bool).
    /// </summary>
    /// <returns>The frame.</returns>
    public DataFrame ToDataFrame() => new(
        FrameColumns.Strings("FirstName", Contacts, c => c.Connection.Connection.FirstName),
        FrameColumns.Strings("LastName", Contacts, c => c.Connection.Connection.LastName),
        FrameColumns.Strings("ProfileUrl", Contacts, c => c.Connection.Connection.ProfileUrl),
        FrameColumns.Strings("Company", Contacts, c => c.Connection.Connection.Company),
        FrameColumns.Values("IsHidden", Contacts, c => c.Connection.Connection.IsHidden),
        FrameColumns.Values("Sent", Contacts, c => c.Sent),
        FrameColumns.Values("Received", Contacts, c => c.Received),
        FrameColumns.Values("Total", Contacts, c => c.Total),
        new PrimitiveDataFrameColumn<DateTime>("FirstContact", Contacts.Select(c => c.FirstContact)),
        new PrimitiveDataFrameColumn<DateTime>("LastContact", Contacts.Select(c => c.LastContact)),
        FrameColumns.Values("TwoWay", Contacts, c => c.TwoWay),
        FrameColumns.Values("Engaged", Contacts, c => c.Engaged),
        FrameColumns.Values("Dormant", Contacts, c => c.Dormant));

    private double Share(int count) => Identified == 0 ? 0 : (double)count / Identified;
}
