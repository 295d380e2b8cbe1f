using System.Buffers.Binary;
using System.Numerics;
using System.Runtime.InteropServices;

namespace NetworkAdvisor.Import;

/// <summary>
/// Shares one string instance for short field values that repeat (companies, titles, folders, and in messages the
/// names, profile URLs and conversation ids, hence up to 96 characters): exports repeat them heavily, so pooling saves
/// allocations and memory. Columns whose values seldom repeat by design (a connection's own name, URL and e-mail) are
/// not looked up at all (<see cref="RowReader{T}.UnpooledSlots"/>): on a hit the pooled string is usually far from the
/// cache, so a lookup costs more than the string it saves. Each column has its own fixed table of recently met values
/// in sets of two slots (a new value takes the first slot of its set and moves the one there to the second), so
/// looking up costs one hash and at most two comparisons and the pool never grows or rehashes; a large file is read
/// with larger tables (<see cref="For"/>), one pool per worker for all the parts it reads. A column whose values turn
/// out not to repeat (message texts, or a reader's columns not declared unpooled) stops being pooled after a sample of
/// its values, until the next part (<see cref="StartPart"/>): looking up values that are never found again only costs
/// time.
/// </summary>
internal sealed class FieldPool
{
    private const int MaxPooledLength = 96;

    /// <summary>Slots per column (as a power of two) of a pool for a small text, and of the largest pool.</summary>
    private const int MinSlotBits = 11, MaxSlotBits = 12;

    /// <summary>A pool gets about one slot per column for this many bytes of the file it reads.</summary>
    private const int BytesPerSlot = 64;

    private const int Sample = 2_048;
    private const int MinHitsInSample = Sample / 4;

    private readonly int _slotBits;
    private Column?[] _columns = new Column?[8];

    /// <summary>A pool with the fewest slots per column, for a few lines or a small file.</summary>
    public FieldPool()
        : this(MinSlotBits)
    {
    }

    private FieldPool(int slotBits)
    {
        _slotBits = slotBits;
    }

    /// <summary>
    /// A pool for reading a file of <paramref name="fileBytes"/> bytes, possibly over several of its parts read one after
    /// the other on one thread (a large file holds more distinct values, and a pool kept across parts shares them between parts).
    /// </summary>
    public static FieldPool For(long fileBytes) =>
        new(Math.Clamp(64 - BitOperations.LeadingZeroCount((ulong)Math.Max(1, fileBytes / BytesPerSlot)), MinSlotBits, MaxSlotBits));

    /// <summary>The pooled string for <paramref name="value"/> of column <paramref name="column"/>, allocating only when it is not in its set.</summary>
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

        var pool = _columns[column] ??= new Column(1 << _slotBits);
        if (pool.Stopped)
        {
            return value.ToString();
        }

        // Sets of two neighbouring slots (32 bytes, read together): a value is looked for in both slots of its set; a
        // new value takes the set's first slot and moves what was there to the second, so two values of one set both stay.
        // Each slot keeps its value's hash, so a value is compared only with pooled values of the same hash: the
        // strings of a set are not read (a cache miss each) for the many values that are not there.
        var hash = Hash(value);
        var set = (int)(hash >> (64 - _slotBits)) & ~1;
        ref var first = ref pool.Slots[set];
        ref var second = ref pool.Slots[set + 1];
        string pooled;
        if (first.Hash == hash && first.Value is not null && value.SequenceEqual(first.Value))
        {
            pooled = first.Value;
            pool.Hits++;
        }
        else if (second.Hash == hash && second.Value is not null && value.SequenceEqual(second.Value))
        {
            pooled = second.Value;
            pool.Hits++;
        }
        else
        {
            second = first;
            pooled = value.ToString();
            first = new Slot(pooled, hash);
        }

        if (++pool.Seen == Sample && pool.Hits < MinHitsInSample)
        {
            // Mostly distinct values: stop pooling this column (until the next part, see StartPart).
            pool.Stopped = true;
        }

        return pooled;
    }

    /// <summary>
    /// Starts reading another part of a file: every column is sampled again (its values so far are kept), as a column
    /// whose values did not repeat at the start of one part may well repeat in the next.
    /// </summary>
    public void StartPart()
    {
        foreach (var column in _columns)
        {
            if (column is not null)
            {
                (column.Seen, column.Hits, column.Stopped) = (0, 0, false);
            }
        }
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

    /// <summary>A pooled value and its hash (no value: null).</summary>
    private readonly record struct Slot(string? Value, ulong Hash);

    private sealed class Column(int slots)
    {
        public Slot[] Slots { get; } = new Slot[slots];

        public int Hits { get; set; }

        public int Seen { get; set; }

        /// <summary>Whether the column's values turned out not to repeat, so it is not pooled.</summary>
        public bool Stopped { get; set; }
    }
}
