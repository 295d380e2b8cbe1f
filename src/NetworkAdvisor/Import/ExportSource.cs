using System.IO.Compression;
using static System.FormattableString;

namespace NetworkAdvisor.Import;

/// <summary>
/// Lists the files of an export given as a zip archive, an unzipped folder or a single CSV file.
/// Archives are read as streams and never extracted; sizes, entry counts and compression ratios
/// are checked before anything is decompressed, and again while reading.
/// </summary>
internal sealed class ExportSource : IDisposable
{
    private static readonly byte[] ZipLocalHeader = [(byte)'P', (byte)'K', 3, 4];
    private static readonly byte[] ZipEmptyArchive = [(byte)'P', (byte)'K', 5, 6];

    private readonly IDisposable? _owner;
    private FileBytes? _piped;
    private long _bytesRead;

    private ExportSource(string source, IReadOnlyList<ExportEntry> entries, IDisposable? owner)
    {
        Source = source;
        Entries = entries;
        _owner = owner;
    }

    /// <summary>The path the user gave.</summary>
    public string Source { get; }

    /// <summary>The files, sorted by path.</summary>
    public IReadOnlyList<ExportEntry> Entries { get; private set; }

    /// <summary>Opens <paramref name="path"/> as a folder, a zip archive (by content, not name) or a CSV file.</summary>
    public static ExportSource Open(string path, ExportReadOptions options)
    {
        if (Directory.Exists(path))
        {
            return OpenFolder(path, options);
        }

        if (!File.Exists(path))
        {
            throw new ExportReadException($"{path}: no such file or folder");
        }

        var info = new FileInfo(path);
        var (isZip, piped) = Sniff(path, options);
        try
        {
            if (isZip)
            {
                var zip = OpenZip(path, piped, options);
                zip._piped = piped;
                return zip;
            }

            if (path.EndsWith(".zip", StringComparison.OrdinalIgnoreCase))
            {
                throw new ExportReadException($"{path}: not a zip archive (it does not start with a zip signature)");
            }
        }
        catch
        {
            piped?.Dispose();
            throw;
        }

        var source = new ExportSource(path, [], null) { _piped = piped };
        source.Entries = [piped is null
            ? new ExportEntry(info.Name, () => source.ReadFile(info, info.Name, options), count => FileHead(info, count))
            : new ExportEntry(info.Name, () => source.Taken(info.Name, piped, options))];
        return source;
    }

    /// <inheritdoc/>
    public void Dispose()
    {
        _owner?.Dispose();
        _piped?.Dispose();
    }

    /// <summary>
    /// Whether the file starts with a zip signature. A file that can be read only once (a named pipe such as
    /// <c>&lt;(unzip -p ...)</c>, a device) is read whole here, up to the one-file limit, and its bytes are given back
    /// (null for a regular file, which is opened again to be read): opening a pipe a second time would lose what its
    /// writer sent to the first reader.
    /// </summary>
    private static (bool IsZip, FileBytes? Piped) Sniff(string path, ExportReadOptions options)
    {
        try
        {
            using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 0);
            var piped = stream.CanSeek ? null : ReadAll(stream, 0, path, options);
            Span<byte> head = stackalloc byte[4];
            var read = piped is null ? stream.ReadAtLeast(head, 4, throwOnEndOfStream: false) : Math.Min(4, piped.Length);
            piped?.Span[..read].CopyTo(head);
            return (read == 4 && (head.SequenceEqual(ZipLocalHeader) || head.SequenceEqual(ZipEmptyArchive)), piped);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new ExportReadException($"{path}: cannot be read ({OneLine(ex.Message)})", ex);
        }
    }

    private static ExportSource OpenFolder(string path, ExportReadOptions options)
    {
        var root = new DirectoryInfo(path);
        var enumeration = new EnumerationOptions { RecurseSubdirectories = true, IgnoreInaccessible = true, MaxRecursionDepth = 8 };
        var files = new List<FileInfo>();
        foreach (var file in root.EnumerateFiles("*", enumeration))
        {
            files.Add(file);
            if (files.Count > options.MaxEntries)
            {
                throw new ExportReadException(Invariant($"{path}: holds more than {options.MaxEntries} files; point NetworkAdvisor at the export folder itself"));
            }
        }

        var source = new ExportSource(path, [], null);
        source.Entries = [.. files
            .Select(file => (file, relative: DisplayPath(Path.GetRelativePath(root.FullName, file.FullName))))
            .OrderBy(f => f.relative, StringComparer.Ordinal)
            .Select(f => new ExportEntry(f.relative, () => source.ReadFile(f.file, f.relative, options), count => FileHead(f.file, count)))];
        return source;
    }

    /// <summary>Opens a zip archive: the file at <paramref name="path"/>, or its bytes when it was read whole (a pipe).</summary>
    private static ExportSource OpenZip(string path, FileBytes? piped, ExportReadOptions options)
    {
        Stream? stream = null;
        try
        {
            stream = piped is null ? File.OpenRead(path) : piped.OpenRead();
            var archive = new ZipArchive(stream, ZipArchiveMode.Read, leaveOpen: false);
            var name = Path.GetFileName(path);
            var entryCount = archive.Entries.Count;
            if (entryCount > options.MaxEntries)
            {
                archive.Dispose();
                throw new ExportReadException(Invariant($"{name}: the archive has {entryCount} entries, more than the limit of {options.MaxEntries}"));
            }

            var source = new ExportSource(path, [], archive);
            var files = archive.Entries.Where(e => !e.FullName.EndsWith('/')).ToList();
            CheckDeclaredSizes(name, files, options);
            source.Entries = [.. files
                .Select(e => (entry: e, path: DisplayPath(e.FullName)))
                .OrderBy(e => e.path, StringComparer.Ordinal)
                .Select(e => new ExportEntry(e.path, () => source.ReadZipEntry(name, e.entry, e.path, options), count => ZipHead(e.entry, count)))];
            return source;
        }
        catch (Exception ex) when (ex is InvalidDataException or IOException or UnauthorizedAccessException)
        {
            stream?.Dispose();
            throw new ExportReadException($"{Path.GetFileName(path)}: not a readable zip archive ({OneLine(ex.Message)})", ex);
        }
    }

    private static void CheckDeclaredSizes(string name, List<ZipArchiveEntry> entries, ExportReadOptions options)
    {
        long total = 0;
        foreach (var entry in entries)
        {
            if (entry.Length > options.MaxFileBytes)
            {
                throw new ExportReadException(
                    Invariant($"{name}: entry '{Excerpt.Of(entry.FullName)}' would unpack to {entry.Length} bytes, more than the limit of {options.MaxFileBytes} (zip bomb?)"));
            }

            if (entry.Length > 1024 * 1024 && entry.Length > (long)options.MaxCompressionRatio * Math.Max(1, entry.CompressedLength))
            {
                throw new ExportReadException(
                    Invariant($"{name}: entry '{Excerpt.Of(entry.FullName)}' is compressed more than {options.MaxCompressionRatio}:1 (zip bomb?)"));
            }

            total += entry.Length;
            if (total > options.MaxTotalBytes)
            {
                throw new ExportReadException(Invariant($"{name}: the archive would unpack to more than {options.MaxTotalBytes} bytes (zip bomb?)"));
            }
        }
    }

    /// <summary>The first <paramref name="count"/> bytes of a regular file longer than that; else null (see <see cref="ExportEntry.Head"/>).</summary>
    private static byte[]? FileHead(FileInfo file, int count)
    {
        try
        {
            // A pipe or device reports a length of 0, so it is never read here.
            if (file.Length <= count)
            {
                return null;
            }

            using var stream = new FileStream(file.FullName, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 0);
            return ReadHead(stream, count);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }

    /// <summary>The first <paramref name="count"/> bytes of an unencrypted archive entry longer than that; else null.</summary>
    private static byte[]? ZipHead(ZipArchiveEntry entry, int count)
    {
        if (entry.IsEncrypted || entry.Length <= count)
        {
            return null;
        }

        try
        {
            using var stream = entry.Open();
            return ReadHead(stream, count);
        }
        catch (Exception ex) when (ex is InvalidDataException or IOException or NotSupportedException)
        {
            return null;
        }
    }

    private static byte[]? ReadHead(Stream stream, int count)
    {
        var head = new byte[count];
        return stream.ReadAtLeast(head, count, throwOnEndOfStream: false) == count ? head : null;
    }

    private FileBytes ReadZipEntry(string archiveName, ZipArchiveEntry entry, string path, ExportReadOptions options)
    {
        if (entry.IsEncrypted)
        {
            throw new ExportReadException($"{archiveName}: entry '{Excerpt.Of(path)}' is encrypted; unzip it with its password and point NetworkAdvisor at the folder");
        }

        // Not zeroed first: the checks below throw unless every byte was written.
        var buffer = FileBytes.Allocate(checked((int)entry.Length));
        try
        {
            using var stream = entry.Open();
            var read = stream.ReadAtLeast(buffer.Span, buffer.Length, throwOnEndOfStream: false);
            // Fix (issue 9): .NET stops a deflated entry at its declared size, so a header that declares
            // too few bytes truncated the file silently; the checksum catches that (and other corruption).
            if (read != buffer.Length || stream.ReadByte() >= 0 || System.IO.Hashing.Crc32.HashToUInt32(buffer.Span) != entry.Crc32)
            {
                throw new ExportReadException($"{archiveName}: entry '{Excerpt.Of(path)}' does not unpack to the size its header declares (corrupt or crafted archive)");
            }

            Account(archiveName, read, options);
            return buffer;
        }
        catch (Exception ex) when (ex is InvalidDataException or IOException or NotSupportedException)
        {
            buffer.Dispose();
            throw new ExportReadException($"{archiveName}: entry '{Excerpt.Of(path)}' cannot be unpacked ({OneLine(ex.Message)})", ex);
        }
        catch
        {
            buffer.Dispose();
            throw;
        }
    }

    private FileBytes ReadFile(FileInfo file, string path, ExportReadOptions options)
    {
        try
        {
            if (file.Length > options.MaxFileBytes)
            {
                throw new ExportReadException(Invariant($"{path}: {file.Length} bytes is more than the limit of {options.MaxFileBytes} for one file"));
            }

            // Read at most the limit: special files (devices, pipes) report a length of 0.
            using var stream = new FileStream(file.FullName, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 0);
            var bytes = Mapped(stream, file.Length) ?? ReadAll(stream, file.Length, path, options);
            try
            {
                Account(path, bytes.Length, options);
            }
            catch
            {
                bytes.Dispose();
                throw;
            }

            return bytes;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new ExportReadException($"{path}: cannot be read ({OneLine(ex.Message)})", ex);
        }
    }

    /// <summary>
    /// A large regular file's bytes mapped into memory (see <see cref="FileBytes.Map"/>), or null to read it: when it is
    /// small, reports no length (devices, pipes), cannot be mapped, or has grown past <paramref name="length"/>.
    /// </summary>
    private static FileBytes? Mapped(FileStream stream, long length)
    {
        if (length < FileBytes.MapFromBytes || length > Array.MaxLength - 1 || FileBytes.Map(stream, (int)length) is not { } mapped)
        {
            return null;
        }

        Span<byte> next = stackalloc byte[1];
        if (RandomAccess.Read(stream.SafeFileHandle, next, length) == 0)
        {
            return mapped;
        }

        mapped.Dispose();
        return null;
    }

    /// <summary>The bytes of an export file read whole before the export was opened (see <see cref="Sniff"/>).</summary>
    private FileBytes Taken(string path, FileBytes bytes, ExportReadOptions options)
    {
        Account(path, bytes.Length, options);
        return bytes;
    }

    /// <summary>
    /// Reads <paramref name="stream"/> to its end, up to the one-file limit. A regular file is read straight into one
    /// array of its <paramref name="length"/>; every byte of it is written, so it is not zeroed first (tens of
    /// megabytes at LinkedIn's cap). What comes past that length (a device, a pipe, a growing file) is appended to it.
    /// </summary>
    private static FileBytes ReadAll(Stream stream, long length, string path, ExportReadOptions options)
    {
        var expected = (int)Math.Clamp(length, 0, Math.Min(options.MaxFileBytes, Array.MaxLength - 1));
        var chunk = new byte[1 << 16];
        var bytes = FileBytes.Allocate(expected);
        int read, more;
        try
        {
            read = stream.ReadAtLeast(bytes.Span, expected, throwOnEndOfStream: false);
            more = stream.Read(chunk);
        }
        catch
        {
            bytes.Dispose();
            throw;
        }

        bytes.Shorten(read);
        try
        {
            for (; more > 0; more = stream.Read(chunk))
            {
                bytes.Append(chunk.AsSpan(0, more));
                if (bytes.Length > options.MaxFileBytes)
                {
                    throw new ExportReadException(Invariant($"{path}: more than the limit of {options.MaxFileBytes} bytes for one file"));
                }
            }
        }
        catch
        {
            bytes.Dispose();
            throw;
        }

        return bytes;
    }

    private void Account(string name, long bytes, ExportReadOptions options)
    {
        _bytesRead += bytes;
        if (_bytesRead > options.MaxTotalBytes)
        {
            throw new ExportReadException(Invariant($"{name}: reading it takes the export past the limit of {options.MaxTotalBytes} bytes in total"));
        }
    }

    /// <summary>A file's path as shown to the user: '/' separators, and control characters (a line break in a name) made visible.</summary>
    private static string DisplayPath(string path) => Excerpt.Of(path.Replace('\\', '/'), 1024);

    private static string OneLine(string message) =>
        message.ReplaceLineEndings(" ").Trim();
}
