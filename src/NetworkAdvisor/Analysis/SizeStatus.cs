namespace NetworkAdvisor.Analysis;

/// <summary>Where the connection count falls against a goal's recommended range.</summary>
public enum SizeStatus
{
    /// <summary>Fewer connections than the range's minimum.</summary>
    Below,

    /// <summary>Inside the range, bounds included.</summary>
    Within,

    /// <summary>More connections than the range's maximum.</summary>
    Above,
}
