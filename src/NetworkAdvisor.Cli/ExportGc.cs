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

    /// <summary>Exports larger than this (bytes, uncompressed) are read and analysed as <see cref="Prepare"/> tells.</summary>
    internal const long LargeExportBytes = 64L << 20;

    /// <summary>
    /// Bytes reading a large export may allocate without any collection, per byte of the export: reading allocates
    /// about 1.35 (1,000,000 connections: 700 MB for 522 MB; the files' bytes are outside the managed heap).
    /// </summary>
    internal const double ReadBytesPerExportByte = 2;

    /// <summary>
    /// Bytes the analysis and the report of a large export may allocate without any collection, per byte of the
    /// export: about 1.05 (1,000,000 connections: 552 MB for 522 MB).
    /// </summary>
    internal const double AnalysisBytesPerExportByte = 1.5;

    /// <summary>
    /// Bytes reading, analysing and writing the report of a large export allocate per byte of its Connections.csv: about
    /// 7.5 (1,000,000 connections without messages: 882 MB for 118 MB), as every connection is kept as a record of six
    /// texts and classified.
    /// </summary>
    internal const double BytesPerConnectionsByte = 8;

    /// <summary>
    /// Bytes the same allocate per byte of the export's other files: about 1.2 (1,000,000 connections' 1.4 million
    /// messages: 482 MB for 395 MB), as the message texts the command line does not keep are read but not copied.
    /// </summary>
    internal const double BytesPerOtherByte = 1.5;

    /// <summary>
    /// Bytes a command may allocate without any collection, per byte of a small export: reading, analysing and
    /// writing the report allocate about 2 bytes per byte of the export beyond the base (30,000 connections with 150,000
    /// messages: 94 MB for 44 MB), so 8 leaves room; past it the collector simply runs again as usual.
    /// </summary>
    internal const int NoCollectionBytesPerExportByte = 8;

    /// <summary>
    /// Bytes added to the no-collection region whatever the export's size: the rules, the charts and the HTML page
    /// with plotly.js inlined allocate about 40 MB even for a one-line export.
    /// </summary>
    internal const long NoCollectionBaseBytes = 64L << 20;

    /// <summary>
    /// Prepares the collector for an export of <paramref name="size"/> (uncompressed): the export is read and analysed in
    /// one no-collection region, as nearly everything read and analysed stays alive and collections would only copy it. A
    /// large export (over <see cref="LargeExportBytes"/>) gets the region <see cref="LargeExportRegion"/> tells, and
    /// background collection off for the rest of the process: with gigabytes that all stay alive, background collections
    /// only compete with the parsing threads. A smaller one gets <see cref="NoCollectionBaseBytes"/> plus
    /// <see cref="NoCollectionBytesPerExportByte"/> bytes per export byte. Past its region the collector simply runs again as
    /// usual. Measured on a 2-core machine (native, alternating runs): 30,000 connections with 150,000 messages 0.38 s
    /// instead of 0.47 s, peak memory unchanged; 1,000,000 connections 4.13 s instead of 4.42 s with one full collection
    /// between reading and the analysis (it freed about 60 MB of the parsing's garbage: peak 1,248 instead of 1,222 MB;
    /// medians of 4).
    /// </summary>
    /// <param name="size">The export's size, uncompressed.</param>
    /// <param name="context">
    /// The command's context; nothing changes unless it is the process's own console, or when
    /// <see cref="SettingVariable"/> is <c>default</c> (the benchmark measures the runtime's own settings that way).
    /// </param>
    public static void Prepare(ExportSize size, CliContext context)
    {
        // A second export (diff) is read in the region the first one started, if it is still open: the latency mode
        // cannot change inside it, and once it is used up the collector runs as usual.
        if (!Manages(context) || GCSettings.LatencyMode == GCLatencyMode.NoGCRegion)
        {
            return;
        }

        if (size.Total > LargeExportBytes)
        {
            GCSettings.LatencyMode = GCLatencyMode.Batch;
            TryStartNoCollectionRegion(LargeExportRegion(size));
            return;
        }

        TryStartNoCollectionRegion(NoCollectionBaseBytes + (size.Total * NoCollectionBytesPerExportByte));
    }

    /// <summary>
    /// The no-collection region of a large export: <see cref="ReadBytesPerExportByte"/> plus
    /// <see cref="AnalysisBytesPerExportByte"/> bytes per byte of the export (what an export as LinkedIn writes it needs,
    /// most of its bytes being messages), or, when more, <see cref="NoCollectionBaseBytes"/> plus
    /// <see cref="BytesPerConnectionsByte"/> per byte of its Connections.csv and <see cref="BytesPerOtherByte"/> per byte
    /// of the rest: an export of many connections and few messages (connections only, as LinkedIn's quicker export
    /// is) needs more than the export's bytes suggest. With only the first, 1,000,000 connections without messages
    /// (127 MB) got 445 MB and took 4.01 s with collections, instead of 3.13 s in one region of 1,021 MB (native,
    /// alternating runs, medians of 6; peak memory unchanged, 836 MB).
    /// </summary>
    /// <param name="size">The export's size, over <see cref="LargeExportBytes"/>.</param>
    /// <returns>The region's bytes, before the cap of <see cref="TryStartNoCollectionRegion"/>.</returns>
    internal static long LargeExportRegion(ExportSize size)
    {
        var connections = Math.Clamp(size.Connections, 0, size.Total);
        var byExport = size.Total * (ReadBytesPerExportByte + AnalysisBytesPerExportByte);
        var byKind = NoCollectionBaseBytes + (connections * BytesPerConnectionsByte) + ((size.Total - connections) * BytesPerOtherByte);
        return (long)Math.Max(byExport, byKind);
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
