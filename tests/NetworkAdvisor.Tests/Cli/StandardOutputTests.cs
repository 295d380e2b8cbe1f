using System.Text;
using NetworkAdvisor.Cli;

namespace NetworkAdvisor.Tests.Cli;

public sealed class StandardOutputTests
{
    /// <summary>The console's encoding, and the code page standard output is then written in (0: left to the console).</summary>
    public static TheoryData<string, int> Encodings => new()
    {
        { "utf-8 with a mark", 65001 },
        { "utf-8", 65001 },
        { "latin-1", 28591 },
        { "ascii", 20127 },
        { "utf-16", 0 },
        { "utf-32", 0 },
    };

    private static Encoding Console(string name) => name switch
    {
        "utf-8 with a mark" => new UTF8Encoding(encoderShouldEmitUTF8Identifier: true),
        "utf-8" => new UTF8Encoding(encoderShouldEmitUTF8Identifier: false),
        "latin-1" => Encoding.Latin1,
        "ascii" => Encoding.ASCII,
        "utf-16" => Encoding.Unicode,
        _ => Encoding.UTF32,
    };

    [Theory]
    [MemberData(nameof(Encodings))]
    public void Standard_output_keeps_the_console_encoding_without_a_byte_order_mark(string console, int codePage)
    {
        var encoding = StandardOutput.WithoutMark(Console(console));

        Assert.Equal(codePage, encoding?.CodePage ?? 0);
        Assert.Empty(encoding?.Preamble.ToArray() ?? []);
    }

    [Fact]
    public void The_writer_flushes_every_write_and_writes_no_byte_order_mark()
    {
        using var writer = StandardOutput.Writer(Encoding.UTF8);

        Assert.NotNull(writer);
        Assert.True(writer.AutoFlush);
        Assert.Empty(writer.Encoding.Preamble.ToArray());
    }
}
