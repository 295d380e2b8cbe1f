namespace NetworkAdvisor.Import;

/// <summary>One file of an export: its path inside the export and a way to read its bytes.</summary>
/// <param name="Path">Path inside the export with '/' separators (e.g. <c>Jobs/Positions.csv</c>).</param>
/// <param name="Read">Reads the whole file, enforcing the size limits; the caller disposes the bytes once read.</param>
/// <param name="Head">
/// Reads the file's first bytes (as many as asked) without reading the rest, or gives null: for a file no longer than
/// that, one that is not a regular file or archive entry (what is read from a pipe would be lost to <see cref="Read"/>),
/// or one that cannot be read so (then <see cref="Read"/> says why). Null when the source never reads heads.
/// </param>
internal sealed record ExportEntry(string Path, Func<FileBytes> Read, Func<int, byte[]?>? Head = null)
{
    /// <summary>The last path segment.</summary>
    public string FileName => Path[(Path.LastIndexOf('/') + 1)..];

    /// <summary>True for names ending in <c>.csv</c> (any case).</summary>
    public bool IsCsv => Path.EndsWith(".csv", StringComparison.OrdinalIgnoreCase);
}
