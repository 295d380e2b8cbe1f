namespace NetworkAdvisor.Analysis;

/// <summary>
/// Sorts 64-bit numbers by their bytes, least significant first (a radix sort; bytes that every number shares are
/// skipped): linear in the count and without a comparison call per pair, which the native build makes for
/// <see cref="MemoryExtensions.Sort{T}(Span{T})"/> of numbers. Used for the one-number-per-row keys of team-scale
/// analyses (a million of them).
/// </summary>
internal static class NumberSort
{
    private const int Digits = 8;
    private const int Buckets = 256;

    /// <summary>Sorts <paramref name="values"/> in ascending order.</summary>
    public static void Sort(Span<ulong> values)
    {
        if (values.Length < 2)
        {
            return;
        }

        // Every byte's histogram in one pass.
        var counts = new int[Digits * Buckets];
        foreach (var value in values)
        {
            for (var digit = 0; digit < Digits; digit++)
            {
                counts[(digit * Buckets) + (int)((value >> (8 * digit)) & 0xFF)]++;
            }
        }

        var scratch = new ulong[values.Length];
        Span<ulong> from = values, to = scratch;
        var inScratch = false;
        for (var digit = 0; digit < Digits; digit++)
        {
            var starts = counts.AsSpan(digit * Buckets, Buckets);
            if (starts.Contains(values.Length))
            {
                // Every number has the same byte here: the order stays as it is.
                continue;
            }

            var total = 0;
            for (var bucket = 0; bucket < Buckets; bucket++)
            {
                (starts[bucket], total) = (total, total + starts[bucket]);
            }

            var shift = 8 * digit;
            foreach (var value in from)
            {
                to[starts[(int)((value >> shift) & 0xFF)]++] = value;
            }

            var swapped = to;
            to = from;
            from = swapped;
            inScratch = !inScratch;
        }

        if (inScratch)
        {
            from.CopyTo(values);
        }
    }
}
