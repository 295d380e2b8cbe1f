namespace NetworkAdvisor.Import;

/// <summary>What happened to one recognised file. <see cref="RowsRead"/> always equals loaded plus rejected.</summary>
/// <param name="Path">The file's path inside the export.</param>
/// <param name="Kind">What the header says the file is.</param>
/// <param name="RowsRead">Data rows found after the header (blank lines are not rows).</param>
/// <param name="RowsLoaded">Rows that became records.</param>
/// <param name="RowsRejected">Rows reported as <see cref="ImportIssue"/> values.</param>
/// <param name="Separator">The field separator detected from the header.</param>
/// <param name="HeaderLine">1-based line of the header (greater than 1 when a preamble precedes it).</param>
/// <param name="RepairedBytes">Bytes that were not valid UTF-8 and were decoded as Windows-1252 instead.</param>
public sealed record ImportedFile(
    string Path,
    ExportFileKind Kind,
    int RowsRead,
    int RowsLoaded,
    int RowsRejected,
    char Separator,
    int HeaderLine,
    int RepairedBytes);
