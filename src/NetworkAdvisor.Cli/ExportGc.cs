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
    /// Prepares the collector for an export of <paramref name="exportBytes"/> bytes (uncompressed): the export is read
    /// and analysed in one no-collection region, as nearly everything read and analysed stays alive and collections
    /// would only copy it. A large export (over <see cref="LargeExportBytes"/>) gets <see cref="ReadBytesPerExportByte"/>
    /// plus <see cref="AnalysisBytesPerExportByte"/> bytes per export byte, and background collection off for the rest
    /// of the process: with gigabytes that all stay alive, background collections only compete with the parsing
    /// threads. A smaller one gets <see cref="NoCollectionBaseBytes"/> plus <see cref="NoCollectionBytesPerExportByte"/>
    /// bytes per export byte. Past its region the collector simply runs again as usual. Measured on a 2-core machine
    /// (native, alternating runs): 30,000 connections with 150,000 messages 0.38 s instead of 0.47 s, peak memory
    /// unchanged; 1,000,000 connections 4.13 s instead of 4.42 s with one full collection between reading and the
    /// analysis (it freed about 60 MB of the parsing's garbage: peak 1,248 instead of 1,222 MB; medians of 4).
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
            GCSettings.LatencyMode = GCLatencyMode.Batch;
            TryStartNoCollectionRegion((long)(exportBytes * (ReadBytesPerExportByte + AnalysisBytesPerExportByte)));
            return;
        }

        TryStartNoCollectionRegion(NoCollectionBaseBytes + (exportBytes * NoCollectionBytesPerExportByte));
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
