namespace NetworkAdvisor.Analysis;

/// <summary>Whether and when a network reaches a target count at its current growth rate.</summary>
public enum GrowthProjectionStatus
{
    /// <summary>The network already has at least the target count.</summary>
    Reached,

    /// <summary>The network reaches the target after a number of months at the current rate.</summary>
    Projected,

    /// <summary>The network grew by nothing in the last 12 months, so it never reaches the target at that rate.</summary>
    Never,
}
