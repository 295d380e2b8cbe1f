namespace NetworkAdvisor.Analysis;

/// <summary>How one segment changed between two exports.</summary>
/// <param name="Segment">The segment name.</param>
/// <param name="Before">Connections in the older export.</param>
/// <param name="After">Connections in the newer export.</param>
/// <param name="ShareBefore">Share in the older export (0 to 1).</param>
/// <param name="ShareAfter">Share in the newer export (0 to 1).</param>
public sealed record SegmentChange(string Segment, int Before, int After, double ShareBefore, double ShareAfter)
{
    /// <summary>After minus before.</summary>
    public int Delta => After - Before;
}
