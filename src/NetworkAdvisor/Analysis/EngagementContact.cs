using NetworkAdvisor.Classification;

namespace NetworkAdvisor.Analysis;

/// <summary>How much the owner and one connection have written to each other (see <see cref="EngagementAnalysis"/>).</summary>
/// <param name="Connection">The classified connection.</param>
/// <param name="Sent">Messages the owner sent to this connection (a group message counts once for each matched recipient).</param>
/// <param name="Received">Messages the owner received from this connection.</param>
/// <param name="FirstContact">When the first message either way was sent (UTC), or null when none.</param>
/// <param name="LastContact">When the last message either way was sent (UTC), or null when none.</param>
/// <param name="Engaged">A message either way in the last 12 months: after the as-of date minus 12 months, up to and including the as-of date.</param>
/// <param name="Dormant">
/// An identified connection made more than 12 months before the as-of date with no message either way in the
/// last 24 months (after the as-of date minus 24 months, up to and including the as-of date).
/// </param>
public sealed record EngagementContact(
    ClassifiedConnection Connection,
    int Sent,
    int Received,
    DateTime? FirstContact,
    DateTime? LastContact,
    bool Engaged,
    bool Dormant)
{
    /// <summary>The connection's first and last name.</summary>
    public string Name => Connection.Connection.FullName;

    /// <summary>Messages both ways: <see cref="Sent"/> + <see cref="Received"/>.</summary>
    public int Total => Sent + Received;

    /// <summary>True when messages went both ways (at least one sent and one received).</summary>
    public bool TwoWay => Sent > 0 && Received > 0;

    /// <summary>True when at least one message went either way.</summary>
    public bool EverMessaged => Total > 0;
}
