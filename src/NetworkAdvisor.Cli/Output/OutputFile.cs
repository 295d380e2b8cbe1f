namespace NetworkAdvisor.Cli.Output;

/// <summary>
/// Writes a file the user names with <c>-o</c>. A new or non-empty file is written whole to a hidden temporary file
/// beside it and then moved over it, so a write that fails (a full disk) never leaves half a file where the old one was,
/// and the temporary file is deleted again; through a symbolic link the file it points to is replaced and the link
/// kept. A target that exists but is empty or no file at all (a device such as <c>/dev/null</c>, a named pipe,
/// <c>/dev/stdout</c>) is written in place: moving a file over it would replace the device or the pipe itself.
/// </summary>
internal static class OutputFile
{
    private const int BufferBytes = 1 << 16;

    /// <summary>Writes <paramref name="target"/> with <paramref name="write"/> (see <see cref="OutputFile"/>).</summary>
    /// <returns>
    /// The bytes written, and whether <paramref name="target"/> is now a regular file holding them (false for a device, a
    /// pipe, or anything written in place through a symbolic link).
    /// </returns>
    public static (long Bytes, bool IsFile) Write(string target, Action<Stream> write)
    {
        var linked = new FileInfo(target).LinkTarget is not null;
        var final = linked ? File.ResolveLinkTarget(target, returnFinalTarget: true)?.FullName ?? target : target;
        var before = new FileInfo(final);
        if (File.Exists(target) && !(before is { Exists: true, Length: > 0 }))
        {
            long bytes;
            using (var stream = new FileStream(target, FileMode.Create, FileAccess.Write, FileShare.ReadWrite, BufferBytes))
            {
                var counted = new CountingStream(stream);
                write(counted);
                bytes = counted.Bytes;
            }

            // A regular file holding the bytes is the file written, unless it was there before behind a link: /dev/stdout
            // is one when the shell sent standard output to a file, and a path printed after the report would land in it.
            return (bytes, (!linked || !before.Exists) && new FileInfo(final) is { Exists: true } written && written.Length == bytes);
        }

        var temporary = Path.Combine(
            Path.GetDirectoryName(Path.GetFullPath(final)) ?? ".", $".{Path.GetFileName(final)}.{Guid.NewGuid():N}.tmp");
        try
        {
            long length;
            using (var file = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write, FileShare.None, BufferBytes))
            {
                write(file);
                file.Flush();
                length = file.Length;
            }

            File.Move(temporary, final, overwrite: true);
            return (length, true);
        }
        catch (IOException ex) when (ex.Message.Contains(temporary, StringComparison.Ordinal))
        {
            // The error names the file the user asked for, not the temporary one (which is gone).
            Delete(temporary);
            throw new IOException(ex.Message.Replace(temporary, target, StringComparison.Ordinal), ex);
        }
        catch
        {
            Delete(temporary);
            throw;
        }
    }

    /// <summary>Deletes a temporary file, keeping quiet when it cannot: the write's own error is the one to show.</summary>
    private static void Delete(string temporary)
    {
        try
        {
            File.Delete(temporary);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
        }
    }

    /// <summary>A write-only stream that counts the bytes passed on to another.</summary>
    private sealed class CountingStream(Stream inner) : WriteOnlyStream(inner)
    {
        public long Bytes { get; private set; }

        public override void Write(ReadOnlySpan<byte> buffer)
        {
            base.Write(buffer);
            Bytes += buffer.Length;
        }
    }
}
