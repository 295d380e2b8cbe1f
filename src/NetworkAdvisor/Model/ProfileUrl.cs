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
    public static string Normalize(string? url)
    {
        if (string.IsNullOrWhiteSpace(url))
        {
            return string.Empty;
        }

        var span = url.AsSpan().Trim();
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

        return span.TrimEnd('/').ToString().ToLowerInvariant();
    }
}
