using System.IO.Hashing;
using System.Runtime.InteropServices;

namespace NetworkAdvisor.Analysis;

/// <summary>
/// A 128-bit hash of a text, kept instead of the text where a million keys would otherwise each be a string. Two
/// different texts among n share a hash with a probability of about n^2 / 2^129 (below 1e-26 for two million).
/// </summary>
internal static class TextHash
{
    /// <summary>The XxHash128 of the text's UTF-16 code units.</summary>
    public static UInt128 Of(ReadOnlySpan<char> text) => XxHash128.HashToUInt128(MemoryMarshal.AsBytes(text));
}
