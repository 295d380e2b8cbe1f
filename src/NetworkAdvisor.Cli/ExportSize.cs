using System.IO.Compression;

namespace NetworkAdvisor.Cli;

/// <summary>
/// An export's size before it is read, for the collector's budget (<see cref="ExportGc"/>): all its bytes and those of
/// its files named Connections.csv, which cost far more memory per byte than the rest (each connection is kept as a
/// record of six texts and classified; most of a message row's bytes are columns the command line does not keep).
/// </summary>
/// <param name="Total">
/// Every file's bytes: a folder's files added up, a zip archive's entries as declared (uncompressed), a single file's length.
/// </param>
/// <param name="Connections">
/// The bytes of the files named Connections.csv (any case, in any folder of the export); a single file counts whole,
/// as it is read as connections.
/// </param>
internal readonly record struct ExportSize(long Total, long Connections)
{
    private const string ConnectionsFileName = "Connections.csv";

    /// <summary>
    /// The size of the export at <paramref name="path"/> (a folder, a zip archive or one file); zero when it cannot be
    /// told (the reader then reports why).
    /// </summary>
    /// <param name="path">The export path as given.</param>
    /// <returns>Its size.</returns>
    public static ExportSize Of(string path)
    {
        try
        {
            if (Directory.Exists(path))
            {
                var files = new DirectoryInfo(path).EnumerateFiles("*", new EnumerationOptions { RecurseSubdirectories = true, IgnoreInaccessible = true, MaxRecursionDepth = 8 });
                return Sum(files.Select(f => (f.Name, f.Length)));
            }

            // A named pipe reports a length of 0 and must be opened only once, by the reader.
            var length = new FileInfo(path).Length;
            if (length == 0)
            {
                return default;
            }

            // The reader tells a zip archive by its content, whatever its name (standard input is copied to stdin.csv).
            if (!path.EndsWith(".zip", StringComparison.OrdinalIgnoreCase) && !StartsAsZip(path))
            {
                return new ExportSize(length, length);
            }

            using var archive = ZipFile.OpenRead(path);
            return Sum(archive.Entries.Select(e => (e.Name, e.Length)));
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or System.Security.SecurityException or InvalidDataException or OverflowException)
        {
            return default;
        }
    }

    /// <summary>Whether the file starts with "PK", as every zip archive does.</summary>
    private static bool StartsAsZip(string path)
    {
        using var file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite, bufferSize: 0);
        Span<byte> head = stackalloc byte[2];
        return file.ReadAtLeast(head, 2, throwOnEndOfStream: false) == 2 && head is [(byte)'P', (byte)'K'];
    }

    private static ExportSize Sum(IEnumerable<(string Name, long Length)> files)
    {
        long total = 0, connections = 0;
        foreach (var (name, length) in files)
        {
            total = checked(total + length);
            connections += string.Equals(name, ConnectionsFileName, StringComparison.OrdinalIgnoreCase) ? length : 0;
        }

        return new ExportSize(total, connections);
    }
}
