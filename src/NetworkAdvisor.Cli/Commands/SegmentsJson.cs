using NetworkAdvisor.Analysis;

namespace NetworkAdvisor.Cli.Commands;

/// <summary>The JSON shape of <c>segments --format json</c>.</summary>
internal sealed record SegmentsJson(
    string Dimension,
    int Total,
    IReadOnlyList<SegmentsJson.SegmentRow> Segments,
    double Top5Share,
    double Herfindahl,
    double EffectiveSegments,
    int DistinctSegments)
{
    public static SegmentsJson From(SegmentMix mix) => new(
        mix.Dimension.ToString(),
        mix.Total,
        [.. mix.Top.Select(s => new SegmentRow(s.Name, s.Count, Math.Round(s.Share, 4)))],
        Math.Round(mix.Top5Share, 4),
        Math.Round(mix.Herfindahl, 4),
        Math.Round(mix.EffectiveSegments, 2),
        mix.All.Count(s => !s.IsPlaceholder));

    /// <summary>One listed segment.</summary>
    internal sealed record SegmentRow(string Segment, int Count, double Share);
}
