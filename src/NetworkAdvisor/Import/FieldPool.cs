using System.Buffers.Binary;
using System.Numerics;
using System.Runtime.InteropServices;

namespace NetworkAdvisor.Import;

/// <summary>
/// Shares one string instance for short field values that repeat (names, companies, titles, dates, folders, and in
/// messages the profile URLs and conversation ids, hence up to 96 characters): exports repeat them heavily, so pooling
/// saves allocations and memory. Each column has its own fixed table of recently met values, one per hash slot (a
/// value replaces the one in its slot), so looking up costs one hash and one comparison and the pool never grows or
/// rehashes. A column whose values turn out not to repeat (connections' profile URLs, e-mail addresses, message
/// texts) stops being pooled after a sample of its values: looking up values that are never found again only costs time.
/// </summary>
internal sealed class FieldPool
{
    private const int MaxPooledLength = 96;
    private const int SlotBits = 11;
    private const int Sample = 2_048;
    private const int MinHitsInSample = Sample / 4;

    /// <summary>Stands for a column that is no longer pooled.</summary>
    private static readonly Column NotPooled = new(0);

    private Column?[] _columns = new Column?[8];

    /// <summary>The pooled string for <paramref name="value"/> of column <paramref name="column"/>, allocating only when it is not in its slot.</summary>
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

        if (column >= _columns.Length)
        {
            Array.Resize(ref _columns, Math.Max(column + 1, _columns.Length * 2));
        }

        var pool = _columns[column] ??= new Column(1 << SlotBits);
        if (ReferenceEquals(pool, NotPooled))
        {
            return value.ToString();
        }

        ref var slot = ref pool.Slots[Hash(value) >> (64 - SlotBits)];
        string pooled;
        if (slot is not null && value.SequenceEqual(slot))
        {
            pooled = slot;
            pool.Hits++;
        }
        else
        {
            pooled = slot = value.ToString();
        }

        if (++pool.Seen == Sample && pool.Hits < MinHitsInSample)
        {
            // Mostly distinct values: stop pooling this column and let its strings go.
            _columns[column] = NotPooled;
        }

        return pooled;
    }

    /// <summary>
    /// A multiply-xor hash over the value's bytes, eight at a time in two independent lanes (the last eight bytes are
    /// read once more, overlapping, instead of a loop over the tail); its top bits pick the slot.
    /// </summary>
    private static ulong Hash(ReadOnlySpan<char> value)
    {
        const ulong Multiplier = 0x9E3779B97F4A7C15;
        var bytes = MemoryMarshal.AsBytes(value);
        ulong a = (ulong)value.Length, b = 0x6A09E667F3BCC909;
        if (bytes.Length >= 8)
        {
            var i = 0;
            for (; i + 16 <= bytes.Length; i += 16)
            {
                a = (a ^ BinaryPrimitives.ReadUInt64LittleEndian(bytes[i..])) * Multiplier;
                b = (b ^ BinaryPrimitives.ReadUInt64LittleEndian(bytes[(i + 8)..])) * Multiplier;
            }

            if (i + 8 <= bytes.Length)
            {
                a = (a ^ BinaryPrimitives.ReadUInt64LittleEndian(bytes[i..])) * Multiplier;
            }

            b = (b ^ BinaryPrimitives.ReadUInt64LittleEndian(bytes[^8..])) * Multiplier;
        }
        else
        {
            ulong tail = 0;
            for (var i = 0; i < value.Length; i++)
            {
                tail |= (ulong)value[i] << (16 * i);
            }

            a = (a ^ tail) * Multiplier;
        }

        return (a ^ BitOperations.RotateLeft(b, 29)) * Multiplier;
    }

    private sealed class Column(int slots)
    {
        public string?[] Slots { get; } = new string?[slots];

        public int Hits { get; set; }

        public int Seen { get; set; }
    }
}
