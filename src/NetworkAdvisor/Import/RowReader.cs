namespace NetworkAdvisor.Import;

/// <summary>Turns the rows of one kind of export file into records.</summary>
/// <typeparam name="T">The record type.</typeparam>
internal abstract class RowReader<T>
{
    /// <summary>The header the rows are read through.</summary>
    public abstract FileSchema Schema { get; }

    /// <summary>The slot of the column whose all-numeric dates decide day/month order, or -1.</summary>
    public virtual int OrderedDateSlot => -1;

    /// <summary>
    /// The slots whose values this reader never uses (see <see cref="CsvTokenizer.OmittedColumns"/>): the tokenizer
    /// does not make strings of them.
    /// </summary>
    public virtual IReadOnlyList<int> OmittedSlots => [];

    /// <summary>
    /// The slots this reader reads only through <see cref="RequiredDate"/> or <see cref="OptionalDate"/> (see
    /// <see cref="CsvTokenizer.InTextColumns"/>): rows read as they are met make no string of them.
    /// </summary>
    public virtual IReadOnlyList<int> DateSlots => [];

    /// <summary>
    /// The slots whose values seldom repeat from row to row (a person's own name, URL or e-mail address in a file of one
    /// row per person): the tokenizer makes a string of each such field without looking it up in its pool of repeated
    /// values (see <see cref="CsvTokenizer.UnpooledColumns"/>), as a lookup that mostly misses costs more than the string.
    /// </summary>
    public virtual IReadOnlyList<int> UnpooledSlots => [];

    /// <summary>Builds a record; returns the reason for rejecting the row, or null on success.</summary>
    public abstract string? TryRead(Row row, DateOrder order, out T? value);

    /// <summary>Reads a required date column.</summary>
    protected string? RequiredDate(Row row, int slot, DateOrder order, out DateTime value)
    {
        var text = row.Text(slot);
        if (text.IsEmpty)
        {
            value = default;
            return $"{Schema.Columns[slot].Header} is empty";
        }

        return ExportDateParser.TryParse(text, order, out value)
            ? null
            : $"{Schema.Columns[slot].Header} '{Excerpt.Of(text, 40)}' is not a date";
    }

    /// <summary>Reads an optional date column: empty gives null, text that is not a date is an error.</summary>
    protected string? OptionalDate(Row row, int slot, DateOrder order, out DateTime? value)
    {
        value = null;
        var text = row.Text(slot);
        if (text.IsEmpty)
        {
            return null;
        }

        if (!ExportDateParser.TryParse(text, order, out var parsed))
        {
            return $"{Schema.Columns[slot].Header} '{Excerpt.Of(text, 40)}' is not a date";
        }

        value = parsed;
        return null;
    }
}
