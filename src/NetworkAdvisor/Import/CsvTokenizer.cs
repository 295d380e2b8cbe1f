using System.Buffers;
using System.Text;

namespace NetworkAdvisor.Import;

/// <summary>
/// A lenient RFC 4180 tokenizer that keeps physical line numbers. Quotes only matter at the start
/// of a field; CRLF, LF and lone CR end lines. A quoted field that never closes is reported as a
/// malformed record at its first line, and reading resumes on the next line, so one stray quote
/// cannot swallow the rest of the file.
/// </summary>
internal sealed class CsvTokenizer
{
    private readonly ReadOnlyMemory<char> _text;
    private readonly char _separator;
    private readonly SearchValues<char> _unquotedStops;
    private readonly FieldPool? _pool;
    private readonly List<string> _fields = new(16);
    private readonly StringBuilder _quoted = new();
    private readonly string[]?[] _reused = new string[]?[64];
    private (int Start, int Length)[] _inText = [];
    private int _pos;
    private int _line = 1;

    public CsvTokenizer(string text, char separator)
        : this(text.AsMemory(), separator, 0, 1)
    {
    }

    /// <summary>
    /// A tokenizer that starts at <paramref name="position"/>, the start of physical line <paramref name="line"/>;
    /// repeated field values share one string unless <paramref name="poolFields"/> is false (a few lines read once),
    /// through <paramref name="pool"/> when given (one pool may serve tokenizers that read one after the other).
    /// </summary>
    public CsvTokenizer(ReadOnlyMemory<char> text, char separator, int position, int line, bool poolFields = true, FieldPool? pool = null)
    {
        _pool = poolFields ? pool ?? new FieldPool() : null;
        _text = text;
        _separator = separator;
        _unquotedStops = SearchValues.Create([separator, '\r', '\n']);
        _pos = position;
        _line = line;
    }

    /// <summary>
    /// When true, a record's fields array is reused by a later record with as many fields: for callers that are done
    /// with a record before reading the next one (rows converted as they are met), so no array is made per row.
    /// </summary>
    public bool ReuseFieldArrays { get; init; }

    /// <summary>
    /// Columns whose values the caller never uses, each given as the header's own value (null for a column that is
    /// kept): no string is made of such a field. It reads as that header value when it equals it (so a repeated header
    /// line is still recognised), as empty when it is empty or white space (so a blank line is still blank), and as
    /// <see cref="Omitted"/> otherwise (so a row holding only such a value is still a row).
    /// </summary>
    public string?[]? OmittedColumns { get; init; }

    /// <summary>What a field of an omitted column that holds text reads as.</summary>
    public const string Omitted = "\u2026";

    /// <summary>
    /// Columns whose values the caller only reads while the record is the current one (dates it parses), each given as
    /// the header's own value (null for other columns); only for callers done with a record before reading the next.
    /// No string is made of such a field: it reads as <see cref="InText"/> and <see cref="FieldText"/> gives its text,
    /// unless it is empty or white space (then it reads as usual, so a blank line is still blank), equals the header's
    /// value (so a repeated header line is still recognised), or is quoted with doubled quotes or text after the quote.
    /// </summary>
    public string?[]? InTextColumns { get; init; }

    /// <summary>
    /// Columns whose values seldom repeat, each given as the header's own value (null for a column whose values are
    /// pooled): a string is made of each such field without a lookup in the pool of repeated values.
    /// </summary>
    public string?[]? UnpooledColumns { get; init; }

    /// <summary>What a field of an <see cref="InTextColumns"/> column reads as when no string was made of it (compare by reference).</summary>
    public static readonly string InText = new('\0', 1);

    /// <summary>Where the next record starts.</summary>
    public int Position => _pos;

    /// <summary>The physical line the next record starts on.</summary>
    public int Line => _line;

    /// <summary>Reads every record to the end of the text.</summary>
    public IEnumerable<CsvRecord> ReadAll()
    {
        while (TryRead(out var record))
        {
            yield return record;
        }
    }

    /// <summary>Reads the next record; false at the end of the text.</summary>
    public bool TryRead(out CsvRecord record)
    {
        // The span is taken once per record: ReadOnlyMemory<char>.Span is not free.
        var text = _text.Span;
        if (_pos >= text.Length)
        {
            record = default;
            return false;
        }

        var start = _pos;
        var startLine = _line;
        var fields = _fields;
        fields.Clear();
        var endedByLineBreak = false;
        while (true)
        {
            if (_pos < text.Length && text[_pos] == '"')
            {
                if (!TryReadQuoted(text, out var value))
                {
                    record = Unterminated(text, start, startLine);
                    return true;
                }

                fields.Add(value);
            }
            else
            {
                var rest = text.Slice(_pos);
                var stop = rest.IndexOfAny(_unquotedStops);
                var fieldLength = stop < 0 ? rest.Length : stop;
                fields.Add(Field(fields.Count, text, _pos, fieldLength));
                _pos += fieldLength;
            }

            if (_pos >= text.Length)
            {
                break;
            }

            var c = text[_pos];
            if (c == _separator)
            {
                _pos++;
                continue;
            }

            SkipLineEnd(text);
            endedByLineBreak = true;
            break;
        }

        var length = text.Slice(start, _pos - start).TrimEnd("\r\n").Length;
        record = new CsvRecord(startLine, FieldArray(), null, start, length, _line - startLine + (endedByLineBreak ? 0 : 1));
        return true;
    }

    /// <summary>The text of the current record's field in <paramref name="column"/>, which reads as <see cref="InText"/>.</summary>
    public ReadOnlySpan<char> FieldText(int column)
    {
        var (start, length) = _inText[column];
        return _text.Span.Slice(start, length);
    }

    private string Field(int column, ReadOnlySpan<char> text, int start, int length)
    {
        var value = text.Slice(start, length);
        if (OmittedHeader(column) is { } header)
        {
            return value.SequenceEqual(header) ? header : value.IsWhiteSpace() ? string.Empty : Omitted;
        }

        if (At(InTextColumns, column) is { } own && !value.IsWhiteSpace() && !value.SequenceEqual(own))
        {
            if (_inText.Length < InTextColumns!.Length)
            {
                _inText = new (int, int)[InTextColumns.Length];
            }

            _inText[column] = (start, length);
            return InText;
        }

        return _pool is null || At(UnpooledColumns, column) is not null ? value.ToString() : _pool.Get(column, value);
    }

    /// <summary>The header's value of <paramref name="column"/> when it is omitted, else null.</summary>
    private string? OmittedHeader(int column) => At(OmittedColumns, column);

    /// <summary>The entry of <paramref name="columns"/> for <paramref name="column"/>; null when there is none.</summary>
    private static string? At(string?[]? columns, int column) =>
        columns is not null && (uint)column < (uint)columns.Length ? columns[column] : null;

    /// <summary>A quoted field with doubled quotes or text after its closing quote, from <see cref="_quoted"/>.</summary>
    private string QuotedField(int column)
    {
        if (OmittedHeader(column) is not { } header)
        {
            return _quoted.ToString();
        }

        if (_quoted.Equals(header.AsSpan()))
        {
            return header;
        }

        foreach (var chunk in _quoted.GetChunks())
        {
            if (!chunk.Span.IsWhiteSpace())
            {
                return Omitted;
            }
        }

        return string.Empty;
    }

    private string[] FieldArray()
    {
        var count = _fields.Count;
        if (!ReuseFieldArrays || count >= _reused.Length)
        {
            return [.. _fields];
        }

        var array = _reused[count] ??= new string[count];
        _fields.CopyTo(array);
        return array;
    }

    private void SkipLineEnd(ReadOnlySpan<char> text)
    {
        if (text[_pos] == '\r')
        {
            _pos++;
            if (_pos < text.Length && text[_pos] == '\n')
            {
                _pos++;
            }
        }
        else
        {
            _pos++;
        }

        _line++;
    }

    /// <summary>Reads a quoted field starting at the opening quote; text after the closing quote up to the next separator is kept.</summary>
    private bool TryReadQuoted(ReadOnlySpan<char> text, out string value)
    {
        var open = ++_pos;
        var close = IndexOfQuote(text, _pos);
        if (close < 0)
        {
            value = string.Empty;
            return false;
        }

        CountLines(text, open, close);
        _pos = close + 1;
        if ((_pos >= text.Length || text[_pos] != '"') && TrailingLength(text) == 0)
        {
            // The usual field: no doubled quote inside, nothing after the closing quote.
            value = Field(_fields.Count, text, open, close - open);
            return true;
        }

        var builder = _quoted.Clear().Append(text.Slice(open, close - open));
        while (_pos < text.Length && text[_pos] == '"')
        {
            builder.Append('"');
            _pos++;
            close = IndexOfQuote(text, _pos);
            if (close < 0)
            {
                value = string.Empty;
                return false;
            }

            CountLines(text, _pos, close);
            builder.Append(text.Slice(_pos, close - _pos));
            _pos = close + 1;
        }

        // Lenient: characters between the closing quote and the next separator belong to the field.
        var length = TrailingLength(text);
        builder.Append(text.Slice(_pos, length));
        _pos += length;
        value = QuotedField(_fields.Count);
        return true;
    }

    private static int IndexOfQuote(ReadOnlySpan<char> text, int from)
    {
        var found = text[from..].IndexOf('"');
        return found < 0 ? -1 : from + found;
    }

    private int TrailingLength(ReadOnlySpan<char> text)
    {
        var stop = text.Slice(_pos).IndexOfAny(_unquotedStops);
        return stop < 0 ? text.Length - _pos : stop;
    }

    private void CountLines(ReadOnlySpan<char> text, int start, int end)
    {
        var chunk = text.Slice(start, end - start);
        int i;
        while ((i = chunk.IndexOfAny('\r', '\n')) >= 0)
        {
            if (chunk[i] == '\n' || i + 1 >= chunk.Length || chunk[i + 1] != '\n')
            {
                _line++;
            }

            chunk = chunk[(i + 1)..];
        }
    }

    /// <summary>
    /// Continues reading on the physical line after the first line of <paramref name="record"/>:
    /// used when a record that spans lines turns out to be malformed, so that the lines it
    /// swallowed are read as rows of their own.
    /// </summary>
    public void RestartAfterFirstLine(CsvRecord record)
    {
        var text = _text.Span;
        var nextLine = text.Slice(record.Offset).IndexOfAny('\r', '\n');
        _line = record.Line;
        if (nextLine < 0)
        {
            _pos = text.Length;
            return;
        }

        _pos = record.Offset + nextLine;
        SkipLineEnd(text);
    }

    private CsvRecord Unterminated(ReadOnlySpan<char> text, int start, int startLine)
    {
        var firstLineEnd = text.Slice(start).IndexOfAny('\r', '\n');
        var length = firstLineEnd < 0 ? text.Length - start : firstLineEnd;
        var record = new CsvRecord(startLine, [], "a quoted field is never closed (unbalanced '\"')", start, length, 1);
        RestartAfterFirstLine(record);
        return record;
    }
}
