namespace NetworkAdvisor.Analysis;

/// <summary>Which connection count a <see cref="GrowthProjection"/> looks ahead to.</summary>
public enum GrowthTarget
{
    /// <summary>The low end of the goal's recommended range.</summary>
    GoalMin,

    /// <summary>The high end of the goal's recommended range.</summary>
    GoalMax,

    /// <summary>LinkedIn's hard limit of 30,000 first-degree connections.</summary>
    LinkedInLimit,
}
