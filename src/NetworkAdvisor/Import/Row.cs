namespace NetworkAdvisor.Import;

/// <summary>A data row seen through a header match: fields are read by schema slot, never by position.</summary>
internal readonly struct Row
{
    private readonly string[] _fields;
    private readonly int[] _fieldBySlot;
    private readonly CsvTokenizer? _source;

    /// <summary>A row of <paramref name="fields"/>; <paramref name="source"/> is the tokenizer that just read them when some may read as <see cref="CsvTokenizer.InText"/>.</summary>
    public Row(string[] fields, int[] fieldBySlot, CsvTokenizer? source = null)
    {
        _fields = fields;
        _fieldBySlot = fieldBySlot;
        _source = source;
    }

    /// <summary>The field for <paramref name="slot"/>, trimmed; empty when the column is absent.</summary>
    public string this[int slot] => Raw(slot).Trim();

    /// <summary>The field for <paramref name="slot"/> as written; empty when the column is absent.</summary>
    public string Raw(int slot)
    {
        var value = Stored(slot, out var field);
        return IsInText(value) ? _source!.FieldText(field).ToString() : value;
    }

    /// <summary>The field for <paramref name="slot"/>, trimmed, without making a string of it; empty when the column is absent.</summary>
    public ReadOnlySpan<char> Text(int slot)
    {
        var value = Stored(slot, out var field);
        return (IsInText(value) ? _source!.FieldText(field) : value.AsSpan()).Trim();
    }

    /// <summary>The string the row holds for <paramref name="slot"/> (empty when the column is absent) and its field index.</summary>
    private string Stored(int slot, out int field)
    {
        field = _fieldBySlot[slot];
        return field >= 0 && field < _fields.Length ? _fields[field] : string.Empty;
    }

    /// <summary>Whether <paramref name="value"/> stands for text the tokenizer kept in place (see <see cref="CsvTokenizer.InText"/>).</summary>
    private bool IsInText(string value) => ReferenceEquals(value, CsvTokenizer.InText) && _source is not null;
}
