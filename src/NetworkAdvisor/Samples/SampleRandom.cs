namespace NetworkAdvisor.Samples;

/// <summary>
/// A seeded source of random choices. Every stream is derived from the options' seed and a fixed
/// stream number, so one part of the export does not shift when another part changes size.
/// </summary>
internal sealed class SampleRandom
{
    private readonly Random random;

    public SampleRandom(int seed, int stream) => random = new Random(Derive(seed, stream));

    /// <summary>Mixes a seed and a stream number into a new seed (SplitMix64 finaliser).</summary>
    public static int Derive(int seed, int stream)
    {
        unchecked
        {
            ulong z = (((ulong)(uint)seed << 32) | (uint)stream) + 0x9E3779B97F4A7C15UL;
            z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
            z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
            z ^= z >> 31;
            return (int)(z & 0x7FFFFFFF);
        }
    }

    public int Next(int maxExclusive) => random.Next(maxExclusive);

    public int Next(int minInclusive, int maxExclusive) => random.Next(minInclusive, maxExclusive);

    public long NextLong(long minInclusive, long maxExclusive) => random.NextInt64(minInclusive, maxExclusive);

    public double NextDouble() => random.NextDouble();

    public double NextDouble(double min, double max) => min + (random.NextDouble() * (max - min));

    public bool Chance(double probability) => random.NextDouble() < probability;

    public T Pick<T>(IReadOnlyList<T> items) => items[random.Next(items.Count)];

    /// <summary>Picks an index by weight, given the running totals of the weights.</summary>
    public int PickCumulative(double[] cumulative)
    {
        var target = random.NextDouble() * cumulative[^1];
        var index = Array.BinarySearch(cumulative, target);
        index = index < 0 ? ~index : index + 1;
        return Math.Min(index, cumulative.Length - 1);
    }

    /// <summary>A geometric count: at least <paramref name="min"/>, growing with probability <paramref name="more"/>.</summary>
    public int Geometric(int min, double more, int max)
    {
        var count = min;
        while (count < max && random.NextDouble() < more)
        {
            count++;
        }

        return count;
    }

    public void NextBytes(Span<byte> buffer) => random.NextBytes(buffer);

    /// <summary>Shuffles <paramref name="items"/> in place (Fisher-Yates).</summary>
    public void Shuffle<T>(T[] items) => random.Shuffle(items);

    /// <summary>Running totals of <paramref name="weights"/>, for <see cref="PickCumulative"/>.</summary>
    public static double[] Cumulative(IReadOnlyList<double> weights)
    {
        var result = new double[weights.Count];
        var total = 0.0;
        for (var i = 0; i < weights.Count; i++)
        {
            total += weights[i];
            result[i] = total;
        }

        return result;
    }
}
