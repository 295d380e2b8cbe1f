using System.Collections.Immutable;
using Microsoft.Data.Analysis;

namespace NetworkAdvisor.Analysis;

/// <summary>Counts of connections by two dimensions, e.g. function x seniority.</summary>
/// <param name="Rows">Row dimension.</param>
/// <param name="Columns">Column dimension.</param>
/// <param name="RowNames">Row segments, largest first.</param>
/// <param name="ColumnNames">Column segments, largest first (seniority: lowest to highest).</param>
/// <param name="Counts">Counts[row][column].</param>
public sealed record CrossTab(
    SegmentDimension Rows,
    SegmentDimension Columns,
    ImmutableArray<string> RowNames,
    ImmutableArray<string> ColumnNames,
    ImmutableArray<ImmutableArray<int>> Counts)
{
    /// <summary>The table as a DataFrame: a <c>Segment</c> column, then one int column per column segment.</summary>
    /// <returns>One row per row segment.</returns>
    public DataFrame ToDataFrame()
    {
        var frame = new DataFrame(new StringDataFrameColumn("Segment", RowNames));
        for (var c = 0; c < ColumnNames.Length; c++)
        {
            var column = c;
            frame.Columns.Add(new PrimitiveDataFrameColumn<int>(ColumnNames[c], Counts.Select(row => row[column])));
        }

        return frame;
    }
}
