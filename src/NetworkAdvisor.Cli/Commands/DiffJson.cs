using NetworkAdvisor.Analysis;
using NetworkAdvisor.Model;

namespace NetworkAdvisor.Cli.Commands;

/// <summary>The JSON shape of <c>diff --format json</c>.</summary>
internal sealed record DiffJson(
    DateOnly? OldDate,
    DateOnly? NewDate,
    int OldConnections,
    int NewConnections,
    int NetGrowth,
    int? Days,
    double? GrowthPer30Days,
    int HiddenBefore,
    int HiddenAfter,
    int Unchanged,
    IReadOnlyList<DiffJson.PersonRow> Added,
    IReadOnlyList<DiffJson.PersonRow> Removed,
    IReadOnlyList<DiffJson.JobChangeRow> Changed,
    string Dimension,
    IReadOnlyList<DiffJson.SegmentChangeRow> Segments)
{
    public static DiffJson From(ExportDiff diff) => new(
        diff.OldDate,
        diff.NewDate,
        diff.OldCount,
        diff.NewCount,
        diff.NetGrowth,
        diff.Days,
        diff.GrowthPer30Days is { } g ? Math.Round(g, 2) : null,
        diff.HiddenBefore,
        diff.HiddenAfter,
        diff.Unchanged,
        [.. diff.Added.Select(PersonRow.From)],
        [.. diff.Removed.Select(PersonRow.From)],
        [.. diff.Changed.Select(c => new JobChangeRow(
            c.After.FullName, c.After.ProfileUrl, c.Before.Company, c.After.Company, c.Before.Position, c.After.Position,
            c.CompanyChanged, c.PositionChanged, c.MatchedBy))],
        diff.Dimension.ToString(),
        [.. diff.Segments.Select(s => new SegmentChangeRow(s.Segment, s.Before, s.After, s.Delta))]);

    /// <summary>A connection added or removed.</summary>
    internal sealed record PersonRow(string Name, string ProfileUrl, string Company, string Position, DateOnly ConnectedOn)
    {
        public static PersonRow From(Connection c) => new(c.FullName, c.ProfileUrl, c.Company, c.Position, c.ConnectedOn);
    }

    /// <summary>A connection in both exports whose company or position changed; <see cref="MatchedBy"/> is <c>url</c> or <c>name</c>.</summary>
    internal sealed record JobChangeRow(
        string Name,
        string ProfileUrl,
        string PreviousCompany,
        string Company,
        string PreviousPosition,
        string Position,
        bool CompanyChanged,
        bool PositionChanged,
        string MatchedBy);

    /// <summary>How one segment moved.</summary>
    internal sealed record SegmentChangeRow(string Segment, int Before, int After, int Delta);
}
