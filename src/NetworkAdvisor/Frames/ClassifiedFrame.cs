using Microsoft.Data.Analysis;
using NetworkAdvisor.Classification;

namespace NetworkAdvisor.Frames;

/// <summary>
/// The classified connections as one <see cref="DataFrame"/>: the columns of <see cref="ConnectionFrame"/>
/// followed by <c>Function</c> and <c>Seniority</c> (LinkedIn's names), <c>TitleConfidence</c> (double),
/// <c>TitleEvidence</c>, <c>CompanyKey</c>, <c>CompanyName</c>, <c>SelfEmployed</c> (bool),
/// <c>Relationship</c> (<c>None</c>, <c>ExColleague</c>, <c>CurrentColleague</c>) and <c>Tags</c>
/// (sorted, joined with <c>;</c>). Any analysis that takes connections accepts a filtered copy of it.
/// </summary>
public static class ClassifiedFrame
{
    /// <summary>The separator between tags in the <c>Tags</c> column.</summary>
    public const char TagSeparator = ';';

    /// <summary>Column names, in schema order.</summary>
    public static IReadOnlyList<string> Columns { get; } =
    [
        .. ConnectionFrame.Columns,
        "Function", "Seniority", "TitleConfidence", "TitleEvidence", "CompanyKey", "CompanyName", "SelfEmployed", "Relationship", "Tags",
    ];

    /// <summary>Builds the frame from arrays.</summary>
    /// <param name="connections">Classified connections.</param>
    /// <returns>One row per connection.</returns>
    public static DataFrame ToDataFrame(IReadOnlyList<ClassifiedConnection> connections)
    {
        ArgumentNullException.ThrowIfNull(connections);
        var frame = ConnectionFrame.ToDataFrame([.. connections.Select(c => c.Connection)]);
        frame.Columns.Add(FrameColumns.Strings("Function", connections, c => Vocabulary.Name(c.Title.Function)));
        frame.Columns.Add(FrameColumns.Strings("Seniority", connections, c => Vocabulary.Name(c.Title.Seniority)));
        frame.Columns.Add(FrameColumns.Values("TitleConfidence", connections, c => c.Title.Confidence));
        frame.Columns.Add(FrameColumns.Strings("TitleEvidence", connections, c => c.Title.Evidence));
        frame.Columns.Add(FrameColumns.Strings("CompanyKey", connections, c => c.Company.Key));
        frame.Columns.Add(FrameColumns.Strings("CompanyName", connections, c => c.Company.Display));
        frame.Columns.Add(FrameColumns.Values("SelfEmployed", connections, c => c.Company.IsSelfEmployed));
        frame.Columns.Add(FrameColumns.Strings("Relationship", connections, c => c.Relationship.ToString()));
        frame.Columns.Add(FrameColumns.Strings("Tags", connections, c => string.Join(TagSeparator, c.Tags)));
        return frame;
    }
}
