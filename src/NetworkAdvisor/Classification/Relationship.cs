namespace NetworkAdvisor.Classification;

/// <summary>How a connection relates to the export's owner, from the owner's Positions.csv.</summary>
public enum Relationship
{
    /// <summary>No shared employer known.</summary>
    None = 0,

    /// <summary>Works at a company where the owner worked before.</summary>
    ExColleague,

    /// <summary>Works at the owner's current company.</summary>
    CurrentColleague,
}
