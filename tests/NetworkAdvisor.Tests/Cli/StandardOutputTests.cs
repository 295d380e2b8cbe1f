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

    /// <summary>What writing to standard output failed with, and the one line the user then reads.</summary>
    public static TheoryData<string, string> WriteFailures => new()
    {
        { "closed", "standard output is closed or not open for writing" },
        { "full", "standard output: No space left on device" },
        { "two lines", "standard output: first second" },
    };

    [Theory]
    [MemberData(nameof(WriteFailures))]
    public void A_failed_write_names_standard_output(string failure, string message)
    {
        Exception thrown = failure switch
        {
            "closed" => new UnauthorizedAccessException("Access to the path is denied."),
            "full" => new IOException("No space left on device"),
            _ => new IOException("first\nsecond"),
        };
        // Not disposed: disposing flushes the text the failed write left in the buffer, and fails again.
        var writer = new StreamWriter(StandardOutput.Named(new FailingStream(thrown)), new UTF8Encoding(false)) { AutoFlush = true };

        var error = Assert.Throws<IOException>(() => writer.Write("text"));

        Assert.Equal(message, error.Message);
        Assert.Same(thrown, error.InnerException);
    }

    [Fact]
    public void Writes_that_succeed_pass_through_unchanged()
    {
        using var inner = new MemoryStream();
        using (var writer = new StreamWriter(StandardOutput.Named(inner), new UTF8Encoding(false), 16, leaveOpen: true) { AutoFlush = true })
        {
            writer.Write("Müller, \u00e9\n" + new string('x', 100));
        }

        Assert.Equal("Müller, \u00e9\n" + new string('x', 100), Encoding.UTF8.GetString(inner.ToArray()));
    }

    private sealed class FailingStream(Exception failure) : MemoryStream
    {
        public override void Write(ReadOnlySpan<byte> buffer) => throw failure;

        public override void Write(byte[] buffer, int offset, int count) => throw failure;
    }
}
