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

    /// <summary>Exports larger than this (bytes, uncompressed) are read and analysed as <see cref="AfterRead"/> tells.</summary>
    internal const long LargeExportBytes = 64L << 20;

    /// <summary>
    /// Bytes reading a large export may allocate without any collection, per byte of the export: reading allocates
    /// about 2.7 (1,000,000 connections: 1,405 MB for 522 MB); past it the collector simply runs again as usual.
    /// </summary>
    internal const double ReadBytesPerExportByte = 3;

    /// <summary>
    /// Bytes the analysis and the report of a large export may allocate without any collection, per byte of the
    /// export: about 1.5 (1,000,000 connections: 807 MB for 522 MB); past it the collector simply runs again.
    /// </summary>
    internal const double AnalysisBytesPerExportByte = 1.7;

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
    /// (1,000,000 connections: 15 s instead of 17 s); it is read in a no-collection region of
    /// <see cref="ReadBytesPerExportByte"/> bytes per export byte (see <see cref="AfterRead"/>). A smaller one is read
    /// and analysed in a no-collection region of <see cref="NoCollectionBaseBytes"/> plus
    /// <see cref="NoCollectionBytesPerExportByte"/> bytes per export byte:
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
        if (!Manages(context) || GCSettings.LatencyMode == GCLatencyMode.NoGCRegion)
        {
            return;
        }

        if (exportBytes > LargeExportBytes)
        {
            // Background collection off for the rest of the process (see AfterRead).
            GCSettings.LatencyMode = GCLatencyMode.Batch;
            TryStartNoCollectionRegion((long)(exportBytes * ReadBytesPerExportByte));
            return;
        }

        TryStartNoCollectionRegion(NoCollectionBaseBytes + (exportBytes * NoCollectionBytesPerExportByte));
    }

    /// <summary>
    /// Once a large export (over <see cref="LargeExportBytes"/>) is read in its no-collection region (see
    /// <see cref="Prepare"/>): the region ends, one full, blocking, non-compacting collection frees the files' bytes
    /// (as large as the export, in the large object heap) and the parsing's garbage, and the analysis runs in a region
    /// of its own (<see cref="AnalysisBytesPerExportByte"/>). Nearly everything read and analysed stays alive, so the
    /// collections this saves would each have gone over a heap of a gigabyte and more to free little: 1,000,000
    /// connections (native, medians of 3 alternating runs) 6.9 s with background collection off alone, 5.4 s this
    /// way, peak 1,672 -> 1,757 MB. A smaller export is still in its own region, which a collection would end.
    /// </summary>
    /// <param name="exportBytes">The export's size, uncompressed, as given to <see cref="Prepare"/>.</param>
    /// <param name="context">The command's context, as given to <see cref="Prepare"/>.</param>
    public static void AfterRead(long exportBytes, CliContext context)
    {
        if (!Manages(context) || exportBytes <= LargeExportBytes)
        {
            return;
        }

        if (GCSettings.LatencyMode == GCLatencyMode.NoGCRegion)
        {
            try
            {
                GC.EndNoGCRegion();
            }
            catch (InvalidOperationException)
            {
                // Reading allocated more than the region allowed, so it had already ended.
            }
        }

        GCSettings.LatencyMode = GCLatencyMode.Batch;
        GC.Collect(GC.MaxGeneration, GCCollectionMode.Forced, blocking: true, compacting: false);
        TryStartNoCollectionRegion((long)(exportBytes * AnalysisBytesPerExportByte));
    }

    /// <summary>Whether the collector is ours to set: the process's own console, unless <see cref="SettingVariable"/> is <c>default</c>.</summary>
    private static bool Manages(CliContext context) =>
        context.OwnsProcess && Environment.GetEnvironmentVariable(SettingVariable) != "default";

    /// <summary>
    /// Starts a no-collection region of <paramref name="bytes"/>, but of at most a quarter of the memory the process may
    /// use (the machine's or its container's limit): a large export on a small machine then still gets collections
    /// once that much is allocated, instead of running out of memory for garbage nobody collected.
    /// </summary>
    private static void TryStartNoCollectionRegion(long bytes)
    {
        try
        {
            // False (not enough memory to promise) just means collections run as usual.
            _ = GC.TryStartNoGCRegion(Math.Min(bytes, GC.GetGCMemoryInfo().TotalAvailableMemoryBytes / 4));
        }
        catch (ArgumentOutOfRangeException)
        {
            // More than this runtime can set aside at once: collections run as usual.
        }
    }
}
