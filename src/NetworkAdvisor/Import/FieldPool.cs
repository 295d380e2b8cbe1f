namespace NetworkAdvisor.Import;

/// <summary>
/// Shares one string instance for short field values that repeat (names, companies, titles, dates, folders, and in
/// messages the profile URLs and conversation ids, hence up to 96 characters): exports repeat them heavily, so pooling
/// saves allocations and memory. Each column has its own pool, and a column whose values turn out not to repeat
/// (connections' profile URLs, e-mail addresses, message texts) stops being pooled after a sample of its values:
/// looking up values that are never found again only costs time and memory. Bounded in size.
/// </summary>
internal sealed class FieldPool
{
    private const int MaxPooledLength = 96;
    private const int MaxEntriesPerColumn = 100_000;
    private const int Sample = 2_048;
    private const int MinHitsInSample = Sample / 4;

    private readonly List<Column?> _columns = [];

    /// <summary>The pooled string for <paramref name="value"/> of column <paramref name="column"/>, allocating only the first time it is seen.</summary>
    public string Get(int column, ReadOnlySpan<char> value)
    {
        if (value.IsEmpty)
        {
            return string.Empty;
        }

        if (value.Length > MaxPooledLength)
        {
            return value.ToString();
        }

        while (_columns.Count <= column)
        {
            _columns.Add(new Column());
        }

        var pool = _columns[column];
        if (pool is null)
        {
            return value.ToString();
        }

        var found = pool.Lookup.TryGetValue(value, out var pooled);
        if (found)
        {
            pool.Hits++;
        }
        else
        {
            pooled = value.ToString();
            if (pool.Strings.Count < MaxEntriesPerColumn)
            {
                pool.Strings[pooled] = pooled;
            }
        }

        if (++pool.Seen == Sample && pool.Hits < MinHitsInSample)
        {
            // Mostly distinct values: stop pooling this column and let its strings go.
            _columns[column] = null;
        }

        return pooled!;
    }

    private sealed class Column
    {
        public Column()
        {
            Lookup = Strings.GetAlternateLookup<ReadOnlySpan<char>>();
        }

        public Dictionary<string, string> Strings { get; } = new(StringComparer.Ordinal);

        public Dictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> Lookup { get; }

        public int Hits { get; set; }

        public int Seen { get; set; }
    }
}
