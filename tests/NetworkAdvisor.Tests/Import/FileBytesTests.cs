using NetworkAdvisor.Import;

namespace NetworkAdvisor.Tests.Import;

public sealed class FileBytesTests
{
    public static TheoryData<int> Lengths => [0, 1, 4_096, FileBytes.NativeFromBytes - 1, FileBytes.NativeFromBytes, (3 * FileBytes.NativeFromBytes) + 7];

    [Theory]
    [MemberData(nameof(Lengths))]
    public void Bytes_written_are_read_back_whole_shortened_and_as_a_stream(int length)
    {
        using var bytes = FileBytes.Allocate(length);
        for (var i = 0; i < length; i++)
        {
            bytes.Span[i] = (byte)(i * 31);
        }

        Assert.Equal(length, bytes.Length);
        Assert.Equal(length, bytes.Span.Length);
        using (var stream = bytes.OpenRead())
        {
            var copy = new MemoryStream();
            stream.CopyTo(copy);
            Assert.Equal(bytes.Span.ToArray(), copy.ToArray());
        }

        bytes.Shorten(length / 2);
        Assert.Equal(length / 2, bytes.Span.Length);
        Assert.True(Enumerable.Range(0, length / 2).All(i => bytes.Span[i] == (byte)(i * 31)));
        Assert.Throws<ArgumentOutOfRangeException>(() => bytes.Shorten((length / 2) + 1));
    }

    [Theory]
    [MemberData(nameof(Lengths))]
    public void Disposed_bytes_are_empty_and_can_be_disposed_again(int length)
    {
        var bytes = FileBytes.Allocate(length);

        bytes.Dispose();
        bytes.Dispose();

        Assert.Equal(0, bytes.Length);
        Assert.True(bytes.Span.IsEmpty);
    }

    /// <summary>Bytes allocated, how many of them are kept before appending, and the sizes of the pieces appended (as a pipe sends them).</summary>
    public static TheoryData<int, int, int[]> Appends => new()
    {
        { 0, 0, [] },
        { 0, 0, [1, 65_536, 65_536, 3] },
        { 4_096, 4_096, [100] },
        { 4_096, 1_000, [2_000] },
        { 4_096, 1_000, [FileBytes.NativeFromBytes, FileBytes.NativeFromBytes, 5] },
        { FileBytes.NativeFromBytes, FileBytes.NativeFromBytes, [1, (3 * FileBytes.NativeFromBytes) + 7] },
        { FileBytes.NativeFromBytes, 10, [65_536] },
        { 0, 0, [.. Enumerable.Repeat(65_536, 40)] },
    };

    [Theory]
    [MemberData(nameof(Appends))]
    public void Appended_bytes_follow_the_bytes_kept_whole_and_in_order(int allocated, int kept, int[] pieces)
    {
        using var bytes = FileBytes.Allocate(allocated);
        for (var i = 0; i < allocated; i++)
        {
            bytes.Span[i] = Pattern(i);
        }

        bytes.Shorten(kept);
        var at = kept;
        foreach (var piece in pieces)
        {
            bytes.Append(Enumerable.Range(at, piece).Select(Pattern).ToArray());
            at += piece;
        }

        Assert.Equal(at, bytes.Length);
        var all = bytes.Span.ToArray();
        var first = Enumerable.Range(0, at).FirstOrDefault(i => all[i] != Pattern(i), -1);
        Assert.True(first < 0, $"byte {first} differs");
        using var stream = bytes.OpenRead();
        Assert.Equal(at, stream.Length);
    }

    private static byte Pattern(int i) => (byte)((i * 31) ^ (i >> 8));

    [Fact]
    public void An_array_is_kept_as_it_is()
    {
        byte[] array = [1, 2, 3];

        using var bytes = FileBytes.Of(array);
        bytes.Span[0] = 9;

        Assert.Equal([9, 2, 3], array);
        Assert.Throws<ArgumentOutOfRangeException>(() => FileBytes.Allocate(-1));
    }

    /// <summary>File lengths, and how many of their bytes are mapped.</summary>
    public static TheoryData<int, int> Mappings => new()
    {
        { 1, 1 },
        { 4_096, 4_096 },
        { 4_097, 4_097 },
        { FileBytes.MapFromBytes + 12_345, FileBytes.MapFromBytes + 12_345 },
        { FileBytes.MapFromBytes + 12_345, FileBytes.MapFromBytes },
    };

    [Theory]
    [MemberData(nameof(Mappings))]
    public void A_mapped_file_reads_as_its_bytes_and_writes_never_reach_the_file(int fileLength, int mapped)
    {
        using var folder = new TempFolder();
        var content = Enumerable.Range(0, fileLength).Select(Pattern).ToArray();
        var path = folder.File("messages.csv", content);

        using (var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 0))
        using (var bytes = FileBytes.Map(stream, mapped))
        {
            Assert.NotNull(bytes);
            Assert.Equal(content.AsSpan(0, mapped), bytes.Span);
            using (var read = bytes.OpenRead())
            {
                var copy = new MemoryStream();
                read.CopyTo(copy);
                Assert.Equal(content.AsSpan(0, mapped).ToArray(), copy.ToArray());
            }

            bytes.Span[0] ^= 0xFF;
            bytes.Shorten(mapped / 2);
            Assert.Equal(mapped / 2, bytes.Length);
            bytes.Append([1, 2, 3]);
            Assert.Equal([.. content.AsSpan(0, mapped / 2).ToArray().Select((b, i) => i == 0 ? (byte)(b ^ 0xFF) : b), 1, 2, 3], bytes.Span.ToArray());
            bytes.Dispose();
            Assert.Equal(0, bytes.Length);
        }

        Assert.Equal(content, File.ReadAllBytes(path));
    }

    [Fact]
    public void A_file_shorter_than_asked_is_not_mapped()
    {
        using var folder = new TempFolder();
        var path = folder.File("messages.csv", new byte[100]);
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 0);

        Assert.Null(FileBytes.Map(stream, 101));
        Assert.Throws<ArgumentOutOfRangeException>(() => FileBytes.Map(stream, 0));
    }
}
