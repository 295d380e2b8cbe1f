using Microsoft.Data.Analysis;

namespace NetworkAdvisor.Frames;

/// <summary>Builds typed DataFrame columns from arrays and reads them back with clear errors.</summary>
internal static class FrameColumns
{
    public static StringDataFrameColumn Strings<T>(string name, IReadOnlyList<T> rows, Func<T, string> select)
    {
        var values = new string[rows.Count];
        for (var i = 0; i < values.Length; i++)
        {
            values[i] = select(rows[i]);
        }

        return new StringDataFrameColumn(name, values);
    }

    public static PrimitiveDataFrameColumn<TValue> Values<T, TValue>(string name, IReadOnlyList<T> rows, Func<T, TValue> select)
        where TValue : unmanaged
    {
        var values = new TValue[rows.Count];
        for (var i = 0; i < values.Length; i++)
        {
            values[i] = select(rows[i]);
        }

        return new PrimitiveDataFrameColumn<TValue>(name, values);
    }

    /// <summary>A string column's reader; a missing column is an error, null cells read as empty.</summary>
    public static Func<long, string> ReadStrings(DataFrame frame, string name)
    {
        var column = Require(frame, name);
        if (column is not StringDataFrameColumn strings)
        {
            throw new ArgumentException($"Column '{name}' must hold strings, not {column.DataType.Name}.", nameof(frame));
        }

        return row => strings[row] ?? string.Empty;
    }

    /// <summary>A primitive column's reader; a missing column, a wrong type or a null cell is an error.</summary>
    public static Func<long, TValue> ReadValues<TValue>(DataFrame frame, string name)
        where TValue : unmanaged
    {
        var column = Require(frame, name);
        if (column is not PrimitiveDataFrameColumn<TValue> values)
        {
            throw new ArgumentException($"Column '{name}' must hold {typeof(TValue).Name} values, not {column.DataType.Name}.", nameof(frame));
        }

        return row => values[row] ?? throw new ArgumentException(
            string.Create(System.Globalization.CultureInfo.InvariantCulture, $"Column '{name}' is empty in row {row}."), nameof(frame));
    }

    private static DataFrameColumn Require(DataFrame frame, string name)
    {
        ArgumentNullException.ThrowIfNull(frame);
        var index = frame.Columns.IndexOf(name);
        return index >= 0
            ? frame.Columns[index]
            : throw new ArgumentException($"The frame has no '{name}' column; it needs {name} (see the schema in the README).", nameof(frame));
    }
}
