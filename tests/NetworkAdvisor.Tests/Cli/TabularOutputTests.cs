using System.Text;
using NetworkAdvisor.Cli.Output;
using NetworkAdvisor.Reports;

namespace NetworkAdvisor.Tests.Cli;

public sealed class TabularOutputTests
{
    /// <summary>Rows, and at most how many writes reach the writer (standard output makes each one a system call).</summary>
    public static TheoryData<int, int> Sizes => new()
    {
        { 0, 1 },
        { 1, 1 },
        { 100, 1 },
        { 20_000, 40 },
    };

    [Theory]
    [MemberData(nameof(Sizes))]
    public void Csv_reaches_the_writer_in_blocks_with_exactly_the_rows_text(int rows, int maxWrites)
    {
        var cells = Enumerable.Range(0, rows)
            .Select(i => (IReadOnlyList<string>)[$"Name {i}", i % 3 == 0 ? "=HYPERLINK(\"x\")" : "Acme, Inc.", "line\nbreak", string.Empty])
            .ToList();
        var expected = new StringBuilder("name,company,note,empty\n");
        foreach (var row in cells)
        {
            expected.Append(SafeCsv.Row(row)).Append('\n');
        }

        using var writer = new CountingWriter();
        TabularOutput.WriteCsv(writer, ["name", "company", "note", "empty"], cells);

        Assert.Equal(expected.ToString(), writer.ToString());
        Assert.InRange(writer.Writes, 1, maxWrites);
        Assert.All(writer.Sizes.SkipLast(1), size => Assert.InRange(size, TabularOutput.CsvBlockChars, TabularOutput.CsvBlockChars + 1024));
    }

    [Fact]
    public void AppendRow_formats_as_Row_does()
    {
        string[] row = ["plain", "a,b", "say \"hi\"", "-1", "@cmd", "\tx", "\ry", "+2", string.Empty];

        var appended = SafeCsv.AppendRow(new StringBuilder("x;"), row).ToString();

        Assert.Equal("x;" + SafeCsv.Row(row), appended);
        Assert.Equal("plain,\"a,b\",\"say \"\"hi\"\"\",'-1,'@cmd,'\tx,\"'\ry\",'+2,", SafeCsv.Row(row));
    }

    /// <summary>
    /// A text writer that records each write it gets, as a stream writer does: text in a string builder reaches it chunk
    /// by chunk (<see cref="TextWriter.Write(StringBuilder)"/> is not overridden), and standard output makes each write a system call.
    /// </summary>
    private sealed class CountingWriter : TextWriter
    {
        private readonly StringBuilder _text = new();

        public List<int> Sizes { get; } = [];

        public int Writes => Sizes.Count;

        public override Encoding Encoding => Encoding.UTF8;

        public override void Write(char value) => Write([value]);

        public override void Write(string? value) => Write(value.AsSpan());

        public override void Write(char[] buffer, int index, int count) => Write(buffer.AsSpan(index, count));

        public override void Write(ReadOnlySpan<char> buffer)
        {
            Sizes.Add(buffer.Length);
            _text.Append(buffer);
        }

        public override string ToString() => _text.ToString();
    }
}
