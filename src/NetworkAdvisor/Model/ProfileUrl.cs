namespace NetworkAdvisor.Model;

/// <summary>Profile URLs compared the way people write them: with or without scheme, www, trailing slash, query or case.</summary>
public static class ProfileUrl
{
    /// <summary>
    /// A comparable form: <c>https://www.LinkedIn.com/in/Ada-Example/?trk=x</c> and
    /// <c>linkedin.com/in/ada-example</c> both give <c>linkedin.com/in/ada-example</c>. Empty stays empty.
    /// </summary>
    /// <param name="url">A profile URL as exported or typed.</param>
    /// <returns>The normalised URL.</returns>
    public static string Normalize(string? url) =>
        string.IsNullOrWhiteSpace(url) ? string.Empty : Comparable(url).ToString().ToLowerInvariant();

    /// <summary>
    /// Writes the normalised form of <paramref name="url"/> into <paramref name="buffer"/> without allocating when
    /// it fits (else into a new array): the same characters as <see cref="Normalize"/>.
    /// </summary>
    internal static ReadOnlySpan<char> NormalizeInto(ReadOnlySpan<char> url, Span<char> buffer)
    {
        var comparable = Comparable(url);
        var destination = comparable.Length <= buffer.Length ? buffer : new char[comparable.Length];
        var length = comparable.ToLowerInvariant(destination);
        return destination[..length];
    }

    /// <summary>The URL without surrounding space, query, fragment, scheme, "www." and trailing slashes; case kept.</summary>
    private static ReadOnlySpan<char> Comparable(ReadOnlySpan<char> url)
    {
        var span = url.Trim();
        var cut = span.IndexOfAny('?', '#');
        if (cut >= 0)
        {
            span = span[..cut];
        }

        var scheme = span.IndexOf("://", StringComparison.Ordinal);
        if (scheme >= 0)
        {
            span = span[(scheme + 3)..];
        }

        if (span.StartsWith("www.", StringComparison.OrdinalIgnoreCase))
        {
            span = span[4..];
        }

        return span.TrimEnd('/');
    }
}
