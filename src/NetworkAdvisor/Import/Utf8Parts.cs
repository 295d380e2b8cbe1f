using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace NetworkAdvisor.Import;

/// <summary>
/// The bytes of a large UTF-8 file cut into parts after line breaks outside quotes (counting every quote), so the
/// parts can be decoded and read one at a time instead of holding the whole file as text. Quote counting can be
/// fooled (a quote inside a field counts too), so <see cref="CsvFileLoader"/> checks every part against reading from
/// the top and falls back to the whole text.
/// </summary>
internal sealed class Utf8Parts
{
    /// <summary>Files below this size are decoded whole.</summary>
    public const int MinFileBytes = 1 << 20;

    /// <summary>About how many bytes a part holds.</summary>
    public const int PartBytes = 1 << 20;

    /// <summary>
    /// About how many bytes the first part holds at most (unless its header lines need more): it is decoded into a
    /// string of its own for header detection, so it is kept small; the parts after it are read into pooled buffers.
    /// </summary>
    public const int FirstPartBytes = 64 << 10;

    /// <summary>How many line breaks the first part holds at least: header detection looks at the first 100 lines.</summary>
    public const int HeaderLines = 101;

    /// <summary>A file is cut into at most about this many parts (larger files get larger parts).</summary>
    public const int MaxParts = 64;

    private readonly FileBytes _bytes;
    private readonly List<(int Start, int Line)> _starts;

    private Utf8Parts(FileBytes bytes, List<(int Start, int Line)> starts)
    {
        _bytes = bytes;
        _starts = starts;
    }

    /// <summary>How many bytes the file has.</summary>
    public int Bytes => _bytes.Length;

    /// <summary>How many parts there are (at least two).</summary>
    public int Count => _starts.Count;

    /// <summary>
    /// Cuts a UTF-8 file of at least <see cref="MinFileBytes"/> into parts of about <see cref="PartBytes"/> (or a
    /// <see cref="MaxParts"/>th of the file if that is more: each part pools its own repeated values); null for
    /// smaller files, UTF-16 files and files that give fewer than two parts.
    /// </summary>
    /// <remarks>The parts read <paramref name="bytes"/> until their owner disposes them.</remarks>
    public static Utf8Parts? Of(FileBytes bytes) =>
        bytes.Length < MinFileBytes ? null : Split(bytes, Math.Max(PartBytes, bytes.Length / MaxParts), HeaderLines);

    /// <summary>
    /// Cuts <paramref name="bytes"/> into parts of about <paramref name="partBytes"/> (tests use small ones), the first
    /// of at most <see cref="FirstPartBytes"/>.
    /// </summary>
    internal static Utf8Parts? Split(FileBytes bytes, int partBytes, int headerLines)
    {
        var span = bytes.Span;
        if (!TextDecoder.IsUtf8(span, out var bom))
        {
            return null;
        }

        var starts = new List<(int Start, int Line)> { (bom, 1) };
        int position = bom, line = 1;
        long quotes = 0, lineFeeds = 0;
        while (true)
        {
            // The next part starts after the first line break that leaves at least partBytes (and, for the first
            // part, the header lines) behind with the quotes seen so far balanced. Whole stretches are counted at once.
            var size = starts.Count == 1 ? Math.Min(partBytes, FirstPartBytes) : partBytes;
            var next = LineEnd(span, Math.Max(position, starts[^1].Start + size - 1));
            while (next > 0)
            {
                var piece = span[position..next];
                var (pieceQuotes, feeds, returns) = CountMarks(piece);
                quotes += pieceQuotes;
                lineFeeds += feeds;
                line += feeds + (returns == 0 ? 0 : returns - piece.Count("\r\n"u8));
                position = next;
                if (quotes % 2 == 0 && lineFeeds >= headerLines)
                {
                    break;
                }

                next = LineEnd(span, position);
            }

            if (next <= 0 || position >= span.Length)
            {
                break;
            }

            starts.Add((position, line));
        }

        return starts.Count < 2 ? null : new Utf8Parts(bytes, starts);
    }

    /// <summary>
    /// How many quotes, line feeds and carriage returns <paramref name="bytes"/> holds, counted in one pass (three
    /// passes of <see cref="MemoryExtensions.Count{T}(ReadOnlySpan{T}, T)"/> read a large file three times).
    /// </summary>
    internal static (int Quotes, int Feeds, int Returns) CountMarks(ReadOnlySpan<byte> bytes)
    {
        int quotes = 0, feeds = 0, returns = 0, i = 0;
        if (Vector128.IsHardwareAccelerated && bytes.Length >= Vector128<byte>.Count)
        {
            ref var start = ref MemoryMarshal.GetReference(bytes);
            var (quote, feed, carriage) = (Vector128.Create((byte)'"'), Vector128.Create((byte)'\n'), Vector128.Create((byte)'\r'));
            while (i <= bytes.Length - Vector128<byte>.Count)
            {
                // Up to 255 blocks at a time: each lane counts up to 255 matches before the counts are widened.
                var blocks = Math.Min(255, (bytes.Length - i) / Vector128<byte>.Count);
                Vector128<byte> q = default, f = default, r = default;
                for (var b = 0; b < blocks; b++, i += Vector128<byte>.Count)
                {
                    var block = Vector128.LoadUnsafe(ref start, (nuint)i);
                    q -= Vector128.Equals(block, quote);
                    f -= Vector128.Equals(block, feed);
                    r -= Vector128.Equals(block, carriage);
                }

                quotes += Sum(q);
                feeds += Sum(f);
                returns += Sum(r);
            }
        }

        for (; i < bytes.Length; i++)
        {
            quotes += bytes[i] == (byte)'"' ? 1 : 0;
            feeds += bytes[i] == (byte)'\n' ? 1 : 0;
            returns += bytes[i] == (byte)'\r' ? 1 : 0;
        }

        return (quotes, feeds, returns);

        static int Sum(Vector128<byte> counts)
        {
            var (low, high) = Vector128.Widen(counts);
            return Vector128.Sum(low) + Vector128.Sum(high);
        }
    }

    /// <summary>Just after the first line feed at or after <paramref name="from"/>; 0 when there is none.</summary>
    private static int LineEnd(ReadOnlySpan<byte> bytes, int from)
    {
        var found = from < bytes.Length ? bytes[from..].IndexOf((byte)'\n') : -1;
        return found < 0 ? 0 : from + found + 1;
    }

    /// <summary>The physical line part <paramref name="index"/> starts on.</summary>
    public int FirstLine(int index) => _starts[index].Line;

    /// <summary>Decodes part <paramref name="index"/>; <paramref name="repairedBytes"/> counts bytes read as Windows-1252.</summary>
    public string Decode(int index, out int repairedBytes) => TextDecoder.DecodeUtf8(Part(index), out repairedBytes);

    /// <summary>Decodes part <paramref name="index"/>, into a pooled buffer when it can (see <see cref="TextDecoder.Return"/>).</summary>
    public ReadOnlyMemory<char> Decode(int index, out int repairedBytes, out char[]? rented) =>
        TextDecoder.DecodeUtf8(Part(index), out repairedBytes, out rented);

    private ReadOnlySpan<byte> Part(int index)
    {
        var start = _starts[index].Start;
        var end = index + 1 < _starts.Count ? _starts[index + 1].Start : _bytes.Length;
        return _bytes.Span[start..end];
    }

    /// <summary>Decodes the whole file, as <see cref="TextDecoder.Decode"/> does.</summary>
    public string DecodeWhole(out int repairedBytes) => TextDecoder.Decode(_bytes.Span, out repairedBytes);
}
