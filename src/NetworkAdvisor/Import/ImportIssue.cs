namespace NetworkAdvisor.Import;

/// <summary>A data row that could not be loaded, with enough detail for the user to find and fix it.</summary>
/// <param name="File">The file's path inside the export (e.g. <c>Connections.csv</c> or <c>Jobs/Positions.csv</c>).</param>
/// <param name="Line">1-based physical line where the row starts.</param>
/// <param name="Reason">Why the row was rejected, in one sentence.</param>
/// <param name="Excerpt">The start of the raw row (at most 80 characters, control characters made visible).</param>
public sealed record ImportIssue(string File, int Line, string Reason, string Excerpt)
{
    /// <summary>Formats the issue as one line: <c>file:line: reason [excerpt]</c>.</summary>
    public override string ToString() => $"{File}:{Line}: {Reason} [{Excerpt}]";
}
