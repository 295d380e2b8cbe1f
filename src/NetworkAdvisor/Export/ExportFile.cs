namespace NetworkAdvisor.Export;

/// <summary>One file of a written export.</summary>
/// <param name="Name">File name inside the export, e.g. <c>Connections.csv</c>.</param>
/// <param name="Content">The file's bytes.</param>
public sealed record ExportFile(string Name, byte[] Content);
