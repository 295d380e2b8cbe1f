using System.Globalization;
using System.Text;
using System.Text.Json;
using NetworkAdvisor.Cli;

namespace NetworkAdvisor.Tests.Cli;

/// <summary>Standard input larger than one block of copying, as bytes (a pipe) and as text, reaches the reader whole.</summary>
public sealed class StandardInputTests
{
    private const string Header = "First Name,Last Name,URL,Email Address,Company,Position,Connected On\n";

    /// <summary>Rows, and whether standard input is read as bytes (else as text).</summary>
    public static TheoryData<int, bool> Inputs => new()
    {
        { 1, true },
        { 1, false },
        { 3_000, true },
        { 3_000, false },
    };

    [Theory]
    [MemberData(nameof(Inputs))]
    public void Every_row_of_standard_input_is_read_and_text_split_between_blocks_survives(int rows, bool raw)
    {
        var csv = Connections(rows);
        using var stdin = raw ? new StreamReader(new MemoryStream(Encoding.UTF8.GetBytes(csv))) : (TextReader)new StringReader(csv);
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();

        var exit = CliApp.Run(["segments", "-", "--by", "company", "--format", "json"], stdin, stdout, stderr, TimeProvider.System);

        Assert.True(exit == 0, stderr.ToString());
        using var json = JsonDocument.Parse(stdout.ToString());
        var segment = Assert.Single(json.RootElement.GetProperty("segments").EnumerateArray());
        Assert.Equal(("Acme \U0001F600 Studio", rows), (segment.GetProperty("segment").GetString(), segment.GetProperty("count").GetInt32()));
    }

    /// <summary>
    /// A Connections.csv of <paramref name="rows"/> rows whose company holds an emoji (two UTF-16 units); when the text
    /// is longer than one block of 65,536 characters, the first name of the first row is padded so that an emoji's two
    /// units fall on either side of the block's end.
    /// </summary>
    private static string Connections(int rows)
    {
        string Text(int pad) => Header + string.Concat(Enumerable.Range(0, rows).Select(i => string.Create(
            CultureInfo.InvariantCulture, $"{(i == 0 ? new string('x', pad) : string.Empty)}N{i},L,https://www.linkedin.com/in/n{i},,Acme \U0001F600 Studio,Developer,08 Feb 2018\n")));
        const int Block = 1 << 16;
        var text = Text(0);
        if (text.Length <= Block)
        {
            return text;
        }

        var high = text.IndexOf('\uD83D', Block - 200);
        var padded = Text(Block - 1 - high);
        Assert.True(char.IsHighSurrogate(padded[Block - 1]) && char.IsLowSurrogate(padded[Block]), "the test text does not split an emoji between blocks");
        return padded;
    }
}
