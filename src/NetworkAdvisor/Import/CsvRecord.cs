namespace NetworkAdvisor.Import;

/// <summary>One record cut from CSV text: its fields, or the reason it could not be cut.</summary>
/// <param name="Line">1-based physical line where the record starts.</param>
/// <param name="Fields">The fields, unquoted; empty when <paramref name="Error"/> is set.</param>
/// <param name="Error">Why the record is malformed, or null.</param>
/// <param name="Offset">Character offset of the record's start in the text.</param>
/// <param name="Length">Characters of raw text the record covers, without its line break.</param>
/// <param name="LineCount">Physical lines the record spans (more than 1 when a quoted field holds line breaks).</param>
internal readonly record struct CsvRecord(int Line, string[] Fields, string? Error, int Offset, int Length, int LineCount)
{
    /// <summary>True when every field is empty or white space (a blank line or a row of separators).</summary>
    public bool IsBlank => Error is null && Array.TrueForAll(Fields, string.IsNullOrWhiteSpace);
}
