using System.Collections.Immutable;
using System.Globalization;
using System.Runtime.InteropServices;
using Microsoft.Data.Analysis;
using NetworkAdvisor.Classification;
using NetworkAdvisor.Frames;

namespace NetworkAdvisor.Analysis;

/// <summary>Segment mix and cross-tabs of classified connections. Pure functions.</summary>
public static class SegmentAnalysis
{
    /// <summary>Placeholder for connections without a company (including hidden profiles).</summary>
    public const string NoCompany = "(no company)";

    /// <summary>Placeholder for connections without an e-mail address.</summary>
    public const string NoEmail = "(no e-mail)";

    /// <summary>Placeholder for connections without a tag.</summary>
    public const string Untagged = "(untagged)";

    /// <summary>Groups connections by <paramref name="dimension"/>.</summary>
    /// <param name="connections">Classified connections (e.g. from <see cref="ClassifiedFrame.ToClassified"/>).</param>
    /// <param name="dimension">What to group by.</param>
    /// <param name="top">How many segments to keep before "Other" (at least 1).</param>
    /// <returns>The mix.</returns>
    public static SegmentMix Mix(IReadOnlyList<ClassifiedConnection> connections, SegmentDimension dimension, int top = 10)
    {
        ArgumentNullException.ThrowIfNull(connections);
        ArgumentOutOfRangeException.ThrowIfLessThan(top, 1);
        var counted = Counted(connections, dimension);
        var total = connections.Count;
        var all = counted.Select(s => new Segment(s.Name, s.Count, total == 0 ? 0 : (double)s.Count / total)).ToImmutableArray();
        var topSegments = all.Take(top).ToList();
        var rest = all.Skip(top).ToList();
        if (rest.Count > 0)
        {
            var restCount = rest.Sum(s => s.Count);
            topSegments.Add(new Segment(SegmentMix.OtherName, restCount, total == 0 ? 0 : (double)restCount / total));
        }

        var real = all.Where(s => !s.IsPlaceholder).ToList();
        var realTotal = real.Sum(s => s.Count);
        var shares = real.Select(s => realTotal == 0 ? 0 : (double)s.Count / realTotal).ToList();
        var herfindahl = shares.Sum(s => s * s);
        return new SegmentMix(
            dimension,
            total,
            [.. topSegments],
            all,
            shares.Take(5).Sum(),
            herfindahl,
            herfindahl == 0 ? 0 : 1 / herfindahl);
    }

    /// <summary>Groups the rows of a classified DataFrame (possibly filtered).</summary>
    /// <param name="classified">A frame from <see cref="ClassifiedFrame.ToDataFrame"/>.</param>
    /// <param name="dimension">What to group by.</param>
    /// <param name="top">How many segments to keep before "Other".</param>
    /// <returns>The mix.</returns>
    public static SegmentMix Mix(DataFrame classified, SegmentDimension dimension, int top = 10) =>
        Mix(ClassifiedFrame.ToClassified(classified), dimension, top);

    /// <summary>Counts connections by two dimensions, e.g. function x seniority.</summary>
    /// <param name="connections">Classified connections.</param>
    /// <param name="rows">Row dimension.</param>
    /// <param name="columns">Column dimension.</param>
    /// <returns>The cross-tab; seniority columns run lowest to highest, other dimensions largest first.</returns>
    public static CrossTab Cross(IReadOnlyList<ClassifiedConnection> connections, SegmentDimension rows, SegmentDimension columns)
    {
        ArgumentNullException.ThrowIfNull(connections);
        var (rowNames, rowIndex) = Order(connections, rows);
        var (columnNames, columnIndex) = Order(connections, columns);
        var counts = new int[rowNames.Length, columnNames.Length];
        var byCodes = IsEnum(rows) && IsEnum(columns) ? new int[EnumCodes, EnumCodes] : null;
        foreach (var connection in connections)
        {
            if (byCodes is not null && (uint)Code(connection, rows) is var r and < EnumCodes && (uint)Code(connection, columns) is var c and < EnumCodes)
            {
                byCodes[r, c]++;
                continue;
            }

            if (rows != SegmentDimension.Tag && columns != SegmentDimension.Tag)
            {
                counts[rowIndex[Key(connection, rows).Key], columnIndex[Key(connection, columns).Key]]++;
                continue;
            }

            foreach (var (row, _) in Keys(connection, rows))
            {
                foreach (var (column, _) in Keys(connection, columns))
                {
                    counts[rowIndex[row], columnIndex[column]]++;
                }
            }
        }

        for (var row = 0; byCodes is not null && row < EnumCodes; row++)
        {
            for (var column = 0; column < EnumCodes; column++)
            {
                if (byCodes[row, column] > 0)
                {
                    counts[rowIndex[CodeName(row, rows)], columnIndex[CodeName(column, columns)]] += byCodes[row, column];
                }
            }
        }

        return new CrossTab(
            rows,
            columns,
            rowNames,
            columnNames,
            [.. Enumerable.Range(0, rowNames.Length).Select(r => Enumerable.Range(0, columnNames.Length).Select(c => counts[r, c]).ToImmutableArray())]);
    }

    /// <summary>
    /// A cross-tab's names along one dimension, and each segment key's place among them: seniority's ladder lowest first
    /// (then any value outside it, cast rather than classified, largest first); other dimensions largest first.
    /// </summary>
    private static (ImmutableArray<string> Names, Dictionary<string, int> IndexByKey) Order(
        IReadOnlyList<ClassifiedConnection> connections, SegmentDimension dimension)
    {
        var counted = Counted(connections, dimension);
        if (dimension == SegmentDimension.Seniority)
        {
            var ladder = Vocabulary.Seniorities.Select(Vocabulary.Name).ToList();
            counted = [.. ladder.SelectMany(name => counted.Where(s => s.Key == name)), .. counted.Where(s => !ladder.Contains(s.Key))];
        }

        var indexByKey = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < counted.Count; i++)
        {
            indexByKey[counted[i].Key] = i;
        }

        return ([.. counted.Select(s => s.Name)], indexByKey);
    }

    /// <summary>
    /// The segments of a dimension, largest first, then by name: each key's count and display name (a company's as first
    /// met). Enum dimensions are counted by value and each value named once (see <see cref="IsEnum"/>).
    /// </summary>
    private static List<(string Key, string Name, int Count)> Counted(IReadOnlyList<ClassifiedConnection> connections, SegmentDimension dimension)
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        var displayByKey = new Dictionary<string, string>(StringComparer.Ordinal);
        if (IsEnum(dimension))
        {
            var byCode = new int[EnumCodes];
            foreach (var connection in connections)
            {
                var code = Code(connection, dimension);
                if ((uint)code < EnumCodes)
                {
                    byCode[code]++;
                }
                else
                {
                    Count(Key(connection, dimension), 1);
                }
            }

            for (var code = 0; code < EnumCodes; code++)
            {
                if (byCode[code] > 0)
                {
                    Count(Same(CodeName(code, dimension)), byCode[code]);
                }
            }
        }
        else
        {
            foreach (var connection in connections)
            {
                if (dimension != SegmentDimension.Tag)
                {
                    Count(Key(connection, dimension), 1);
                    continue;
                }

                foreach (var key in Keys(connection, dimension))
                {
                    Count(key, 1);
                }
            }
        }

        return [.. counts.Select(p => (p.Key, Name: displayByKey[p.Key], Count: p.Value))
            .OrderByDescending(s => s.Count)
            .ThenBy(s => s.Name, StringComparer.Ordinal)];

        void Count((string Key, string Display) key, int add)
        {
            ref var count = ref CollectionsMarshal.GetValueRefOrAddDefault(counts, key.Key, out var exists);
            count += add;
            if (!exists)
            {
                displayByKey[key.Key] = key.Display;
            }
        }
    }

    /// <summary>The segment keys (for grouping) and display names of one connection; several for tags.</summary>
    private static IEnumerable<(string Key, string Display)> Keys(ClassifiedConnection connection, SegmentDimension dimension)
    {
        if (dimension != SegmentDimension.Tag)
        {
            return [Key(connection, dimension)];
        }

        return connection.Tags.IsEmpty ? [Same(Untagged)] : connection.Tags.Select(Same);
    }

    /// <summary>The one segment key and display name of a connection in every dimension but tags.</summary>
    private static (string Key, string Display) Key(ClassifiedConnection connection, SegmentDimension dimension)
    {
        switch (dimension)
        {
            case SegmentDimension.Function or SegmentDimension.Seniority or SegmentDimension.Relationship:
                return Same(CodeName(Code(connection, dimension), dimension));
            case SegmentDimension.Company:
                return connection.Company.Key.Length == 0 ? Same(NoCompany) : (connection.Company.Key, connection.Company.Display);
            case SegmentDimension.EmailDomain:
                var at = connection.Connection.Email.LastIndexOf('@');
                var domain = at >= 0 ? connection.Connection.Email[(at + 1)..].Trim().ToLowerInvariant() : string.Empty;
                return Same(domain.Length == 0 ? NoEmail : domain);
            case SegmentDimension.ConnectedYear:
                return Same(connection.Connection.ConnectedOn.Year.ToString("D4", CultureInfo.InvariantCulture));
            default:
                throw new ArgumentOutOfRangeException(nameof(dimension), dimension, "Unknown dimension.");
        }
    }

    private static (string Key, string Display) Same(string name) => (name, name);

    /// <summary>
    /// Function, seniority and relationship are enums of a few values: a mix counts them by value and names each value
    /// once (a million connections at team scale would otherwise look up a million names).
    /// </summary>
    private static bool IsEnum(SegmentDimension dimension) =>
        dimension is SegmentDimension.Function or SegmentDimension.Seniority or SegmentDimension.Relationship;

    /// <summary>Enum values below this are counted by value; any other value is counted by its name.</summary>
    private const int EnumCodes = 64;

    /// <summary>The connection's value in an enum dimension (see <see cref="IsEnum"/>).</summary>
    private static int Code(ClassifiedConnection connection, SegmentDimension dimension) => dimension switch
    {
        SegmentDimension.Function => (int)connection.Title.Function,
        SegmentDimension.Seniority => (int)connection.Title.Seniority,
        _ => (int)connection.Relationship,
    };

    /// <summary>The segment name of a value in an enum dimension.</summary>
    private static string CodeName(int code, SegmentDimension dimension) => dimension switch
    {
        SegmentDimension.Function => Vocabulary.Name((JobFunction)code),
        SegmentDimension.Seniority => Vocabulary.Name((Seniority)code),
        _ => RelationshipName((Relationship)code),
    };

    // The enum's names, without formatting an enum per connection.
    private static string RelationshipName(Relationship relationship) => relationship switch
    {
        Relationship.None => nameof(Relationship.None),
        Relationship.ExColleague => nameof(Relationship.ExColleague),
        Relationship.CurrentColleague => nameof(Relationship.CurrentColleague),
        _ => ((int)relationship).ToString(CultureInfo.InvariantCulture),
    };
}
