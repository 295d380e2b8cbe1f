namespace NetworkAdvisor.Import;

/// <summary>The result of matching a header row against a <see cref="FileSchema"/>.</summary>
/// <param name="Schema">The schema that matched.</param>
/// <param name="FieldBySlot">For each schema column (by slot), the index of its field in a row, or -1 when absent.</param>
/// <param name="Score">How many of the header's columns the schema knows.</param>
/// <param name="HeaderFieldCount">How many fields the header row has.</param>
internal sealed record HeaderMatch(FileSchema Schema, int[] FieldBySlot, int Score, int HeaderFieldCount);
