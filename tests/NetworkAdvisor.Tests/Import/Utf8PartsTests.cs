using NetworkAdvisor.Import;

namespace NetworkAdvisor.Tests.Import;

public sealed class Utf8PartsTests
{
    public static TheoryData<int, int> Lengths => new()
    {
        // bytes, seed: around one block (16), a run of blocks counted at once (255 x 16 = 4,080) and beyond
        { 0, 1 }, { 1, 2 }, { 15, 3 }, { 16, 4 }, { 17, 5 }, { 4_079, 6 }, { 4_080, 7 }, { 4_081, 8 }, { 4_096, 9 }, { 100_003, 10 },
    };

    [Theory]
    [MemberData(nameof(Lengths))]
    public void Quotes_line_feeds_and_carriage_returns_are_counted_as_one_by_one(int length, int seed)
    {
        var random = new Random(seed);
        byte[] alphabet = [(byte)'"', (byte)'\n', (byte)'\r', (byte)'a', (byte)',', 0xC3, 0xFF, 0];
        var bytes = new byte[length];
        for (var i = 0; i < length; i++)
        {
            // Stretches of one mark (so a lane counts up to its limit) between random bytes.
            bytes[i] = seed % 3 == 0 && i < 5_000 ? (byte)'"' : alphabet[random.Next(alphabet.Length)];
        }

        var expected = (bytes.Count(b => b == '"'), bytes.Count(b => b == '\n'), bytes.Count(b => b == '\r'));

        Assert.Equal(expected, Utf8Parts.CountMarks(bytes));
        Assert.Equal((length, 0, 0), Utf8Parts.CountMarks(Enumerable.Repeat((byte)'"', length).ToArray()));
    }
}
