namespace NetworkAdvisor.Import;

/// <summary>
/// Shares one string instance for short field values that repeat (names, companies, titles, dates,
/// folders): exports repeat them heavily, so pooling saves allocations and memory. Bounded in size.
/// </summary>
internal sealed class FieldPool
{
    private const int MaxPooledLength = 48;
    private const int MaxEntries = 200_000;

    private readonly Dictionary<string, string> _strings = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> _lookup;

    public FieldPool()
    {
        _lookup = _strings.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>The pooled string for <paramref name="value"/>, allocating only the first time it is seen.</summary>
    public string Get(ReadOnlySpan<char> value)
    {
        if (value.IsEmpty)
        {
            return string.Empty;
        }

        if (value.Length > MaxPooledLength)
        {
            return value.ToString();
        }

        if (_lookup.TryGetValue(value, out var pooled))
        {
            return pooled;
        }

        var text = value.ToString();
        if (_strings.Count < MaxEntries)
        {
            _strings[text] = text;
        }

        return text;
    }
}
