using NetworkAdvisor.Import;

namespace NetworkAdvisor.Tests.Import;

public sealed class CsvTokenizerTests
{
    public static TheoryData<string, char, string[][], int[]> Cases => new()
    {
        { "a,b,c", ',', [["a", "b", "c"]], [1] },
        { "a,b\nc,d", ',', [["a", "b"], ["c", "d"]], [1, 2] },
        { "a,b\r\nc,d\r\n", ',', [["a", "b"], ["c", "d"]], [1, 2] },
        { "a,b\rc,d", ',', [["a", "b"], ["c", "d"]], [1, 2] },
        { "\"Analytical Engines, Ltd\",x", ',', [["Analytical Engines, Ltd", "x"]], [1] },
        { "\"say \"\"hi\"\"\",x", ',', [["say \"hi\"", "x"]], [1] },
        { "\"line1\nline2\",x\ny,z", ',', [["line1\nline2", "x"], ["y", "z"]], [1, 3] },
        { "\"l1\r\nl2\r\nl3\",x\r\ny,z", ',', [["l1\r\nl2\r\nl3", "x"], ["y", "z"]], [1, 4] },
        { "a;\"b;c\";d", ';', [["a", "b;c", "d"]], [1] },
        { "a\tb", '\t', [["a", "b"]], [1] },
        { ",,,,,,07 Jun 2026", ',', [["", "", "", "", "", "", "07 Jun 2026"]], [1] },
        { "Ada \"The\" Countess,x", ',', [["Ada \"The\" Countess", "x"]], [1] },
        { "\"quoted\"tail,x", ',', [["quotedtail", "x"]], [1] },
        { "a,\n\nb,", ',', [["a", ""], [""], ["b", ""]], [1, 2, 3] },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Cuts_records_and_keeps_physical_line_numbers(string text, char separator, string[][] expected, int[] lines)
    {
        var records = new CsvTokenizer(text, separator).ReadAll().ToList();

        Assert.All(records, r => Assert.Null(r.Error));
        Assert.Equal(expected, records.Select(r => r.Fields).ToArray());
        Assert.Equal(lines, records.Select(r => r.Line).ToArray());
    }

    [Fact]
    public void An_unclosed_quote_is_reported_on_its_line_and_reading_resumes_on_the_next()
    {
        var records = new CsvTokenizer("a,b\n\"broken,c\nd,e\nf,g", ',').ReadAll().ToList();

        Assert.Equal(4, records.Count);
        Assert.Equal(2, records[1].Line);
        Assert.NotNull(records[1].Error);
        Assert.Equal(["d", "e"], records[2].Fields);
        Assert.Equal(3, records[2].Line);
        Assert.Equal(["f", "g"], records[3].Fields);
        Assert.Equal(4, records[3].Line);
    }

    [Fact]
    public void Restarting_after_a_multi_line_record_rereads_the_swallowed_lines()
    {
        var tokenizer = new CsvTokenizer("h1,h2\n\"x,1\ny,2\nz\",3\nw,4", ',');
        Assert.True(tokenizer.TryRead(out _));
        Assert.True(tokenizer.TryRead(out var swallowing));
        Assert.Equal(3, swallowing.LineCount);

        tokenizer.RestartAfterFirstLine(swallowing);
        var rest = new List<CsvRecord>();
        while (tokenizer.TryRead(out var r))
        {
            rest.Add(r);
        }

        Assert.Equal([3, 4, 5], rest.Select(r => r.Line));
        Assert.Equal(["y", "2"], rest[0].Fields);
    }
}
