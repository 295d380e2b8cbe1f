namespace NetworkAdvisor.Import;

/// <summary>The export files NetworkAdvisor reads, recognised by their header.</summary>
public enum ExportFileKind
{
    /// <summary><c>Connections.csv</c>: first-degree connections.</summary>
    Connections,

    /// <summary><c>Invitations.csv</c>: pending invitations.</summary>
    Invitations,

    /// <summary><c>messages.csv</c> (possibly split into numbered parts).</summary>
    Messages,

    /// <summary><c>Positions.csv</c>: the owner's jobs.</summary>
    Positions,

    /// <summary><c>Profile.csv</c>: the owner's profile.</summary>
    Profile,

    /// <summary><c>Endorsement_Received_Info.csv</c>.</summary>
    EndorsementsReceived,

    /// <summary><c>Recommendations_Received.csv</c>.</summary>
    RecommendationsReceived,

    /// <summary><c>Skills.csv</c>.</summary>
    Skills,

    /// <summary><c>Company Follows.csv</c>.</summary>
    CompanyFollows,
}
