namespace NetworkAdvisor.Model;

/// <summary>Who sent an invitation.</summary>
public enum InvitationDirection
{
    /// <summary>The export does not say.</summary>
    Unknown = 0,

    /// <summary>Someone invited the owner.</summary>
    Incoming = 1,

    /// <summary>The owner invited someone.</summary>
    Outgoing = 2,
}
