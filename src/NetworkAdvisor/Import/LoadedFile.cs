namespace NetworkAdvisor.Import;

/// <summary>The records and issues from one file.</summary>
/// <typeparam name="T">Record type.</typeparam>
/// <param name="File">Row counts and format details.</param>
/// <param name="Records">Loaded records in file order.</param>
/// <param name="Issues">Rejected rows in line order.</param>
internal sealed record LoadedFile<T>(ImportedFile File, T[] Records, IReadOnlyList<ImportIssue> Issues);
