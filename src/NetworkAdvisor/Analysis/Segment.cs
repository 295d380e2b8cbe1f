namespace NetworkAdvisor.Analysis;

/// <summary>One group of connections.</summary>
/// <param name="Name">The group, e.g. "Engineering", "Acme", "2024"; placeholders are in brackets, e.g. "(no company)".</param>
/// <param name="Count">Connections in the group.</param>
/// <param name="Share">Count divided by all connections (0 to 1).</param>
public sealed record Segment(string Name, int Count, double Share)
{
    /// <summary>True for "(no company)", "(no e-mail)", "(untagged)", "Other" and similar groups that are not a real segment.</summary>
    public bool IsPlaceholder => Name.StartsWith('(') || Name == SegmentMix.OtherName;
}
