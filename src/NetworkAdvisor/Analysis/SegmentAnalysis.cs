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
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        var displayByKey = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var connection in connections)
        {
            if (dimension != SegmentDimension.Tag)
            {
                Count(Key(connection, dimension));
                continue;
            }

            foreach (var key in Keys(connection, dimension))
            {
                Count(key);
            }
        }

        void Count((string Key, string Display) key)
        {
            ref var count = ref CollectionsMarshal.GetValueRefOrAddDefault(counts, key.Key, out var exists);
            count++;
            if (!exists)
            {
                displayByKey[key.Key] = key.Display;
            }
        }

        var total = connections.Count;
        var all = counts
            .Select(p => new Segment(displayByKey[p.Key], p.Value, total == 0 ? 0 : (double)p.Value / total))
            .OrderByDescending(s => s.Count)
            .ThenBy(s => s.Name, StringComparer.Ordinal)
            .ToImmutableArray();
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
        var rowNames = Order(connections, rows);
        var columnNames = Order(connections, columns);
        var rowIndex = rowNames.Select((name, i) => (name, i)).ToDictionary(p => p.name, p => p.i, StringComparer.Ordinal);
        var columnIndex = columnNames.Select((name, i) => (name, i)).ToDictionary(p => p.name, p => p.i, StringComparer.Ordinal);
        var counts = new int[rowNames.Length, columnNames.Length];
        foreach (var connection in connections)
        {
            if (rows != SegmentDimension.Tag && columns != SegmentDimension.Tag)
            {
                counts[rowIndex[Key(connection, rows).Display], columnIndex[Key(connection, columns).Display]]++;
                continue;
            }

            foreach (var (_, r) in Keys(connection, rows))
            {
                foreach (var (_, c) in Keys(connection, columns))
                {
                    counts[rowIndex[r], columnIndex[c]]++;
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

    private static ImmutableArray<string> Order(IReadOnlyList<ClassifiedConnection> connections, SegmentDimension dimension)
    {
        if (dimension == SegmentDimension.Seniority)
        {
            var present = connections.Select(c => c.Title.Seniority).ToHashSet();
            return [.. Vocabulary.Seniorities.Where(present.Contains).Select(Vocabulary.Name)];
        }

        return [.. Mix(connections, dimension, int.MaxValue).All.Select(s => s.Name)];
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
            case SegmentDimension.Function:
                return Same(Vocabulary.Name(connection.Title.Function));
            case SegmentDimension.Seniority:
                return Same(Vocabulary.Name(connection.Title.Seniority));
            case SegmentDimension.Company:
                return connection.Company.Key.Length == 0 ? Same(NoCompany) : (connection.Company.Key, connection.Company.Display);
            case SegmentDimension.Relationship:
                return Same(RelationshipName(connection.Relationship));
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

    // The enum's names, without formatting an enum per connection.
    private static string RelationshipName(Relationship relationship) => relationship switch
    {
        Relationship.None => nameof(Relationship.None),
        Relationship.ExColleague => nameof(Relationship.ExColleague),
        Relationship.CurrentColleague => nameof(Relationship.CurrentColleague),
        _ => ((int)relationship).ToString(CultureInfo.InvariantCulture),
    };
}
