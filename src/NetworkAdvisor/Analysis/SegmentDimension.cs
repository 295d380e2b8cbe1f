namespace NetworkAdvisor.Analysis;

/// <summary>What to group connections by.</summary>
public enum SegmentDimension
{
    /// <summary>LinkedIn job function from the title.</summary>
    Function,

    /// <summary>LinkedIn seniority from the title.</summary>
    Seniority,

    /// <summary>Normalised company.</summary>
    Company,

    /// <summary>Relationship to the owner (colleague or not).</summary>
    Relationship,

    /// <summary>The user's tags; a connection with several tags counts in each.</summary>
    Tag,

    /// <summary>The domain of the e-mail address, where the export has one.</summary>
    EmailDomain,

    /// <summary>The year the connection was made.</summary>
    ConnectedYear,
}
