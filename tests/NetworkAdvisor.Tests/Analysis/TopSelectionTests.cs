using CsCheck;
using NetworkAdvisor.Analysis;

namespace NetworkAdvisor.Tests.Analysis;

/// <summary>Picking the first few without sorting must give exactly what a stable sort then Take gives.</summary>
public sealed class TopSelectionTests
{
    [Fact]
    public void The_first_few_are_those_of_a_stable_sort()
    {
        // Items are (key, position): keys repeat a lot, so ties (kept in the order they came) are the usual case.
        var items = Gen.Int[0, 6].Array[0, 60].Select(keys => keys.Select((key, position) => (Key: key, Position: position)).ToArray());
        Gen.Select(items, Gen.Int[0, 8]).Sample((list, count) =>
        {
            var expected = list.OrderByDescending(i => i.Key).Take(count).ToList();

            var actual = TopSelection.Top(list, (a, b) => b.Key.CompareTo(a.Key), count);

            Assert.Equal(expected, actual);
        });
    }

    [Theory]
    [InlineData(new[] { 3, 1, 2 }, 0, new int[0])]
    [InlineData(new int[0], 5, new int[0])]
    [InlineData(new[] { 1, 2, 3, 4 }, 2, new[] { 1, 2 })]
    [InlineData(new[] { 4, 3, 2, 1 }, 2, new[] { 1, 2 })]
    [InlineData(new[] { 2, 1, 2, 1 }, 10, new[] { 1, 1, 2, 2 })]
    public void Small_cases(int[] values, int count, int[] expected) =>
        Assert.Equal(expected, TopSelection.Top(values, (a, b) => a.CompareTo(b), count));
}
