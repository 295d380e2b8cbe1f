using System.Collections.Immutable;
using Microsoft.Data.Analysis;
using NetworkAdvisor.Frames;

namespace NetworkAdvisor.Analysis;

/// <summary>
/// How a network splits along one dimension: counts and shares, the top segments plus "Other", and
/// how concentrated the mix is. Concentration and diversity are measured over real segments only
/// (placeholders such as "(no company)" are left out and the shares renormalised among the rest).
/// </summary>
/// <param name="Dimension">What was grouped by.</param>
/// <param name="Total">Connections counted.</param>
/// <param name="Top">The largest segments, then "Other" for the rest (when there is a rest).</param>
/// <param name="All">Every segment, largest first (ties by name).</param>
/// <param name="Top5Share">Share of the five largest real segments among real segments (0 to 1).</param>
/// <param name="Herfindahl">Herfindahl-Hirschman index of real segments: sum of squared shares (1 = one segment).</param>
/// <param name="EffectiveSegments">1 / Herfindahl: how many equally sized segments the mix is worth (0 when none).</param>
public sealed record SegmentMix(
    SegmentDimension Dimension,
    int Total,
    ImmutableArray<Segment> Top,
    ImmutableArray<Segment> All,
    double Top5Share,
    double Herfindahl,
    double EffectiveSegments)
{
    /// <summary>The name of the group that collects everything below the top N.</summary>
    public const string OtherName = "Other";

    /// <summary>The largest real (non-placeholder) segment, or null.</summary>
    public Segment? Largest => All.FirstOrDefault(s => !s.IsPlaceholder);

    /// <summary>The top segments as a DataFrame: <c>Segment</c> (string), <c>Count</c> (int), <c>Share</c> (double).</summary>
    /// <returns>One row per segment in <see cref="Top"/>.</returns>
    public DataFrame ToDataFrame() => new(
        FrameColumns.Strings("Segment", Top, s => s.Name),
        FrameColumns.Values("Count", Top, s => s.Count),
        FrameColumns.Values("Share", Top, s => s.Share));
}
