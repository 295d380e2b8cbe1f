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

    /// <summary>
    /// The kinds of file to read, or null (the default) to read every kind. A file recognised (by its header) as
    /// another kind is not parsed, so none of its rows is read, checked or reported: it is listed in
    /// <see cref="Model.ExportBundle.Skipped"/> with the files the reader does not use. For callers that need only some
    /// files: at team scale, comparing two exports without parsing their messages saves most of the reading.
    /// Connections are read whether listed or not.
    /// </summary>
    public IReadOnlySet<ExportFileKind>? Kinds { get; init; }

    /// <summary>Whether files of <paramref name="kind"/> are read (see <see cref="Kinds"/>).</summary>
    /// <param name="kind">A kind of file.</param>
    /// <returns>True when <see cref="Kinds"/> is null, lists <paramref name="kind"/>, or the kind is connections.</returns>
    public bool Reads(ExportFileKind kind) => Kinds is null || kind == ExportFileKind.Connections || Kinds.Contains(kind);
}
