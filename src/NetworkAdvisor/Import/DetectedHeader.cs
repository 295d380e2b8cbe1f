namespace NetworkAdvisor.Import;

/// <summary>Where and how a file's header was found.</summary>
/// <param name="Match">The schema match.</param>
/// <param name="Separator">The field separator that produced the match.</param>
/// <param name="Header">The header record.</param>
internal sealed record DetectedHeader(HeaderMatch Match, char Separator, CsvRecord Header);
