using System.Buffers;
using System.Text;
using System.Text.Unicode;

namespace NetworkAdvisor.Import;

/// <summary>
/// Turns the bytes of an export file into text without losing a row: UTF-8 (with or without BOM),
/// UTF-16 with BOM, and UTF-8 with stray Windows-1252 bytes, which are decoded as Windows-1252.
/// </summary>
internal static class TextDecoder
{
    // Windows-1252 differs from Latin-1 only in 0x80-0x9F; undefined slots keep their C1 code point.
    private static readonly char[] Cp1252High =
    [
        '\u20AC', '\u0081', '\u201A', '\u0192', '\u201E', '\u2026', '\u2020', '\u2021',
        '\u02C6', '\u2030', '\u0160', '\u2039', '\u0152', '\u008D', '\u017D', '\u008F',
        '\u0090', '\u2018', '\u2019', '\u201C', '\u201D', '\u2022', '\u2013', '\u2014',
        '\u02DC', '\u2122', '\u0161', '\u203A', '\u0153', '\u009D', '\u017E', '\u0178',
    ];

    /// <summary>Texts up to this size (parts of large files among them) are decoded through a pooled buffer.</summary>
    private const int MaxPooledBytes = 16 << 20;

    /// <summary>Decodes <paramref name="bytes"/>; <paramref name="repairedBytes"/> counts bytes read as Windows-1252.</summary>
    public static string Decode(ReadOnlySpan<byte> bytes, out int repairedBytes)
    {
        if (IsUtf8(bytes, out var bom))
        {
            return DecodeUtf8(bytes[bom..], out repairedBytes);
        }

        repairedBytes = 0;
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]))
        {
            return Encoding.Unicode.GetString(bytes[2..]);
        }

        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
        {
            return Encoding.BigEndianUnicode.GetString(bytes[2..]);
        }

        // UTF-16 without a byte order mark (IsUtf8 found it so).
        _ = LooksLikeUtf16(bytes, out var bigEndian);
        return (bigEndian ? Encoding.BigEndianUnicode : Encoding.Unicode).GetString(bytes[..(bytes.Length & ~1)]);
    }

    /// <summary>
    /// True when <paramref name="bytes"/> hold UTF-8 (with or without a byte order mark, stray Windows-1252 bytes
    /// allowed) rather than UTF-16; <paramref name="bomLength"/> is 3 with a byte order mark, else 0.
    /// </summary>
    public static bool IsUtf8(ReadOnlySpan<byte> bytes, out int bomLength)
    {
        bomLength = bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]) ? 3 : 0;
        return bomLength == 3 ||
            (!bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]) && !bytes.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]) && !LooksLikeUtf16(bytes, out _));
    }

    /// <summary>
    /// Decodes UTF-8 without a byte order mark, stray bytes as Windows-1252. Decoding a file in parts cut after line
    /// breaks gives the same text as decoding it whole: a line break is never part of a UTF-8 sequence.
    /// </summary>
    public static string DecodeUtf8(ReadOnlySpan<byte> bytes, out int repairedBytes)
    {
        var text = DecodeUtf8(bytes, out repairedBytes, out var rented);
        var result = text.ToString();
        Return(ref rented);
        return result;
    }

    /// <summary>
    /// As <see cref="DecodeUtf8(ReadOnlySpan{byte}, out int)"/>, but valid UTF-8 up to 16 MB is checked and transcoded
    /// in one pass into a buffer rented from the shared pool (<paramref name="rented"/>; give it back with
    /// <see cref="Return"/> once the text is read). Other text is a new string and <paramref name="rented"/> is null.
    /// </summary>
    public static ReadOnlyMemory<char> DecodeUtf8(ReadOnlySpan<byte> bytes, out int repairedBytes, out char[]? rented)
    {
        repairedBytes = 0;
        rented = null;
        if (bytes.IsEmpty || bytes.Length > MaxPooledBytes)
        {
            return (Utf8.IsValid(bytes) ? Encoding.UTF8.GetString(bytes) : DecodeLeniently(bytes, out repairedBytes)).AsMemory();
        }

        // Never more UTF-16 units than bytes; invalid bytes stop the transcoding, and the text is decoded leniently.
        var buffer = ArrayPool<char>.Shared.Rent(bytes.Length);
        if (Utf8.ToUtf16(bytes, buffer, out _, out var written, replaceInvalidSequences: false) == OperationStatus.Done)
        {
            rented = buffer;
            return buffer.AsMemory(0, written);
        }

        ArrayPool<char>.Shared.Return(buffer);
        return DecodeLeniently(bytes, out repairedBytes).AsMemory();
    }

    /// <summary>Gives a buffer from <see cref="DecodeUtf8(ReadOnlySpan{byte}, out int, out char[])"/> back to the pool (once).</summary>
    public static void Return(ref char[]? rented)
    {
        if (rented is not null)
        {
            ArrayPool<char>.Shared.Return(rented);
            rented = null;
        }
    }

    /// <summary>UTF-16 without a byte order mark: text with NUL bytes at mostly odd (little-endian) or even (big-endian) offsets.</summary>
    private static bool LooksLikeUtf16(ReadOnlySpan<byte> bytes, out bool bigEndian)
    {
        var sample = bytes[..Math.Min(bytes.Length, 4096)];
        int evenNuls = 0, oddNuls = 0;
        for (var i = 0; i < sample.Length; i++)
        {
            if (sample[i] == 0)
            {
                if ((i & 1) == 0)
                {
                    evenNuls++;
                }
                else
                {
                    oddNuls++;
                }
            }
        }

        var pairs = sample.Length / 2;
        bigEndian = evenNuls > oddNuls;
        return pairs >= 2 && Math.Max(evenNuls, oddNuls) >= pairs * 0.4 && Math.Min(evenNuls, oddNuls) <= pairs * 0.05;
    }

    private static string DecodeLeniently(ReadOnlySpan<byte> bytes, out int repairedBytes)
    {
        repairedBytes = 0;
        var builder = new StringBuilder(bytes.Length);
        Span<char> pair = stackalloc char[2];
        while (!bytes.IsEmpty)
        {
            var status = Rune.DecodeFromUtf8(bytes, out var rune, out var consumed);
            if (status == System.Buffers.OperationStatus.Done)
            {
                var written = rune.EncodeToUtf16(pair);
                builder.Append(pair[..written]);
                bytes = bytes[consumed..];
                continue;
            }

            var b = bytes[0];
            builder.Append(b is >= 0x80 and <= 0x9F ? Cp1252High[b - 0x80] : (char)b);
            repairedBytes++;
            bytes = bytes[1..];
        }

        return builder.ToString();
    }
}
