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

    /// <summary>
    /// Reads classified connections back from a (possibly filtered) classified frame, so that a
    /// notebook user can filter the frame and hand the rest to any analysis.
    /// </summary>
    /// <param name="frame">A frame from <see cref="ToDataFrame"/>, possibly filtered or with added columns.</param>
    /// <returns>One classified connection per row.</returns>
    /// <exception cref="ArgumentException">A column is missing or holds a value that is not a known name.</exception>
    public static IReadOnlyList<ClassifiedConnection> ToClassified(DataFrame frame)
    {
        var connections = ConnectionFrame.ToConnections(frame);
        var function = FrameColumns.ReadStrings(frame, "Function");
        var seniority = FrameColumns.ReadStrings(frame, "Seniority");
        var confidence = FrameColumns.ReadValues<double>(frame, "TitleConfidence");
        var evidence = FrameColumns.ReadStrings(frame, "TitleEvidence");
        var companyKey = FrameColumns.ReadStrings(frame, "CompanyKey");
        var companyName = FrameColumns.ReadStrings(frame, "CompanyName");
        var selfEmployed = FrameColumns.ReadValues<bool>(frame, "SelfEmployed");
        var relationship = FrameColumns.ReadStrings(frame, "Relationship");
        var tags = FrameColumns.ReadStrings(frame, "Tags");
        var result = new ClassifiedConnection[connections.Count];
        for (var row = 0; row < result.Length; row++)
        {
            var f = Vocabulary.TryParseFunction(function(row), out var parsedFunction)
                ? parsedFunction
                : throw new ArgumentException($"Row {row}: '{function(row)}' is not a job function.", nameof(frame));
            var s = Vocabulary.TryParseSeniority(seniority(row), out var parsedSeniority)
                ? parsedSeniority
                : throw new ArgumentException($"Row {row}: '{seniority(row)}' is not a seniority.", nameof(frame));
            var r = Enum.TryParse<Relationship>(relationship(row), ignoreCase: true, out var parsedRelationship) && Enum.IsDefined(parsedRelationship)
                ? parsedRelationship
                : throw new ArgumentException($"Row {row}: '{relationship(row)}' is not a relationship.", nameof(frame));
            var connection = connections[row];
            result[row] = new ClassifiedConnection(
                connection,
                new TitleClassification(connection.Position, f, s, confidence(row), evidence(row)),
                new CompanyName(companyKey(row), companyName(row), selfEmployed(row)),
                r,
                [.. tags(row).Split(TagSeparator, StringSplitOptions.RemoveEmptyEntries)]);
        }

        return result;
    }
}
