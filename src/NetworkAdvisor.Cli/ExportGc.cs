using System.Runtime;

namespace NetworkAdvisor.Cli;

/// <summary>
/// How the garbage collector treats the process while a command reads and analyses one export. The report keeps
/// nearly everything it reads, so collections find little garbage and mostly copy what survives; what pays is fewer
/// of them. Only for the real process: in-process callers (tests) keep the runtime's defaults.
/// </summary>
internal static class ExportGc
{
    /// <summary>The environment variable that, set to <c>default</c>, leaves the collector as the runtime sets it up.</summary>
    internal const string SettingVariable = "NETWORK_ADVISOR_GC";

    /// <summary>Exports larger than this (bytes, uncompressed) are read with background garbage collection off.</summary>
    internal const long LargeExportBytes = 64L << 20;

    /// <summary>
    /// Bytes a command may allocate without any collection, per byte of a small export: reading, analysing and
    /// writing the report allocate about 6 bytes per byte of the export (30,000 connections with 150,000 messages:
    /// 260 MB for 44 MB), so 8 leaves room; past it the collector simply runs again as usual.
    /// </summary>
    internal const int NoCollectionBytesPerExportByte = 8;

    /// <summary>
    /// Bytes added to the no-collection region whatever the export's size: the rules, the charts and the HTML page
    /// with plotly.js inlined allocate about 40 MB even for a one-line export.
    /// </summary>
    internal const long NoCollectionBaseBytes = 64L << 20;

    /// <summary>
    /// Prepares the collector for an export of <paramref name="exportBytes"/> bytes (uncompressed). A large export
    /// (over <see cref="LargeExportBytes"/>) is read and analysed with background collection off for the rest of the
    /// process: with gigabytes that all stay alive, background collections only compete with the parsing threads
    /// (1,000,000 connections: 15 s instead of 17 s). A smaller one is read and analysed in a no-collection region of
    /// <see cref="NoCollectionBaseBytes"/> plus <see cref="NoCollectionBytesPerExportByte"/> bytes per export byte:
    /// the collections it saves would copy everything read so far (30,000 connections with 150,000 messages: 0.38 s
    /// instead of 0.47 s; peak memory unchanged, 276 MB, as nearly nothing would have been freed). Measured on a
    /// 2-core machine.
    /// </summary>
    /// <param name="exportBytes">The export's size, uncompressed.</param>
    /// <param name="context">
    /// The command's context; nothing changes unless it is the process's own console, or when
    /// <see cref="SettingVariable"/> is <c>default</c> (the benchmark measures the runtime's own settings that way).
    /// </param>
    public static void Prepare(long exportBytes, CliContext context)
    {
        // A second export (diff) is read in the region the first one started, if it is still open: the latency mode
        // cannot change inside it, and once it is used up the collector runs as usual.
        if (!context.OwnsProcess || Environment.GetEnvironmentVariable(SettingVariable) == "default" ||
            GCSettings.LatencyMode == GCLatencyMode.NoGCRegion)
        {
            return;
        }

        if (exportBytes > LargeExportBytes)
        {
            GCSettings.LatencyMode = GCLatencyMode.Batch;
            return;
        }

        try
        {
            // False (not enough memory to promise) just means collections run as usual.
            _ = GC.TryStartNoGCRegion(NoCollectionBaseBytes + (exportBytes * NoCollectionBytesPerExportByte));
        }
        catch (ArgumentOutOfRangeException)
        {
            // More than this runtime can set aside at once: collections run as usual.
        }
    }

    /// <summary>
    /// Once a large export (over <see cref="LargeExportBytes"/>) is read: one full, blocking, non-compacting
    /// collection. Reading leaves the files' bytes behind (as large as the export, in the large object heap, which
    /// only a full collection frees) with the parsing's garbage, so the analysis would otherwise start on a heap that
    /// still holds them and pay for them in its own collections (1,000,000 connections, native: 7.2 -> 6.6 s and peak
    /// 1,940 -> 1,670 MB, medians of 4 alternating runs). A smaller export is still in its no-collection region, which
    /// a collection would end.
    /// </summary>
    /// <param name="exportBytes">The export's size, uncompressed, as given to <see cref="Prepare"/>.</param>
    /// <param name="context">The command's context, as given to <see cref="Prepare"/>.</param>
    public static void AfterRead(long exportBytes, CliContext context)
    {
        if (context.OwnsProcess && exportBytes > LargeExportBytes && GCSettings.LatencyMode == GCLatencyMode.Batch &&
            Environment.GetEnvironmentVariable(SettingVariable) != "default")
        {
            GC.Collect(GC.MaxGeneration, GCCollectionMode.Forced, blocking: true, compacting: false);
        }
    }
}
