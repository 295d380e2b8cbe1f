using NetworkAdvisor.Analysis;

namespace NetworkAdvisor.Tests.Analysis;

public sealed class NumberSortTests
{
    public static TheoryData<string, int, int> Cases => new()
    {
        // what the numbers are like, how many, seed
        { "none", 0, 1 },
        { "one", 1, 2 },
        { "two", 2, 3 },
        { "random", 1_000, 4 },
        { "random, many", 200_000, 5 },
        { "all the same", 5_000, 6 },
        { "few distinct", 5_000, 7 },
        { "only low bytes differ", 5_000, 8 },
        { "only the top byte differs", 5_000, 9 },
        { "extremes", 3_000, 10 },
        { "already sorted", 3_000, 11 },
        { "sorted backwards", 3_000, 12 },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Sorts_as_a_comparison_sort_does(string what, int count, int seed)
    {
        var random = new Random(seed);
        var values = new ulong[count];
        for (var i = 0; i < count; i++)
        {
            var next = (ulong)random.NextInt64() ^ ((ulong)random.Next(2) << 63);
            values[i] = what switch
            {
                "all the same" => 0xABCD_0000_1234_5678,
                "few distinct" => next % 4 * 0x0101_0101_0101_0101,
                "only low bytes differ" => 0x7700_0000_0000_0000 | (next & 0xFFFF),
                "only the top byte differs" => (next & 0xFF00_0000_0000_0000) | 0x42,
                "extremes" => (next % 3) switch { 0 => 0, 1 => ulong.MaxValue, _ => next },
                "already sorted" => (ulong)i * 977,
                "sorted backwards" => (ulong)(count - i) * 977,
                _ => next,
            };
        }

        var expected = values.Order().ToArray();

        NumberSort.Sort(values);

        Assert.True(expected.AsSpan().SequenceEqual(values), what);
    }
}
