using System.Collections.Immutable;
using NetworkAdvisor.Model;

namespace NetworkAdvisor.Analysis;

/// <summary>What changed between two exports of the same person's network.</summary>
/// <param name="OldDate">Date of the older export (from its file name, else its latest connection), if known.</param>
/// <param name="NewDate">Date of the newer export, if known.</param>
/// <param name="OldCount">Connections in the older export.</param>
/// <param name="NewCount">Connections in the newer export.</param>
/// <param name="Added">People in the newer export only.</param>
/// <param name="Removed">People in the older export only (removed by either side, or closed accounts).</param>
/// <param name="Changed">People in both whose company or title changed.</param>
/// <param name="Unchanged">People in both with the same company and title.</param>
/// <param name="HiddenBefore">Hidden-profile rows in the older export (no identity, so only counted).</param>
/// <param name="HiddenAfter">Hidden-profile rows in the newer export.</param>
/// <param name="Dimension">The dimension of <paramref name="Segments"/>.</param>
/// <param name="Segments">Per-segment counts before and after, largest change first.</param>
public sealed record ExportDiff(
    DateOnly? OldDate,
    DateOnly? NewDate,
    int OldCount,
    int NewCount,
    ImmutableArray<Connection> Added,
    ImmutableArray<Connection> Removed,
    ImmutableArray<PersonChange> Changed,
    int Unchanged,
    int HiddenBefore,
    int HiddenAfter,
    SegmentDimension Dimension,
    ImmutableArray<SegmentChange> Segments)
{
    /// <summary>New count minus old count.</summary>
    public int NetGrowth => NewCount - OldCount;

    /// <summary>Days between the two export dates, when both are known.</summary>
    public int? Days => OldDate is { } a && NewDate is { } b ? b.DayNumber - a.DayNumber : null;

    /// <summary>Net growth per 30 days between the two dates, when both are known and differ.</summary>
    public double? GrowthPer30Days => Days is { } d && d > 0 ? NetGrowth * 30.0 / d : null;
}
