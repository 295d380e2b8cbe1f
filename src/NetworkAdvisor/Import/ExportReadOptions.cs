namespace NetworkAdvisor.Import;

/// <summary>Safety limits for reading an export. The defaults fit LinkedIn's 30,000-connection cap many times over.</summary>
/// <param name="MaxEntries">Most files an archive or folder may hold.</param>
/// <param name="MaxFileBytes">Largest single file (uncompressed).</param>
/// <param name="MaxTotalBytes">Largest total of all files read (uncompressed).</param>
/// <param name="MaxCompressionRatio">Highest uncompressed-to-compressed ratio for an archive entry above 1 MiB (zip bombs have thousands).</param>
public sealed record ExportReadOptions(
    int MaxEntries = 10_000,
    long MaxFileBytes = 768L * 1024 * 1024,
    long MaxTotalBytes = 2L * 1024 * 1024 * 1024,
    int MaxCompressionRatio = 200)
{
    /// <summary>The default limits.</summary>
    public static ExportReadOptions Default { get; } = new();

    /// <summary>
    /// Whether messages keep their conversation title, subject and content (true by default). When false those three
    /// are left empty: every row is still read, checked, counted and, when malformed, reported exactly as before, but
    /// the texts are never made into strings. For callers that only use who wrote to whom and when (the CLI): at
    /// LinkedIn's cap with 150,000 messages that is tens of megabytes less to make and keep.
    /// </summary>
    public bool KeepMessageText { get; init; } = true;
}
