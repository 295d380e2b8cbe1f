namespace NetworkAdvisor.Import;

/// <summary>A data row seen through a header match: fields are read by schema slot, never by position.</summary>
internal readonly struct Row
{
    private readonly string[] _fields;
    private readonly int[] _fieldBySlot;

    public Row(string[] fields, int[] fieldBySlot)
    {
        _fields = fields;
        _fieldBySlot = fieldBySlot;
    }

    /// <summary>The field for <paramref name="slot"/>, trimmed; empty when the column is absent.</summary>
    public string this[int slot] => Raw(slot).Trim();

    /// <summary>The field for <paramref name="slot"/> as written; empty when the column is absent.</summary>
    public string Raw(int slot)
    {
        var field = _fieldBySlot[slot];
        return field >= 0 && field < _fields.Length ? _fields[field] : string.Empty;
    }
}
