using System.Text;
using NetworkAdvisor.Cli.Output;

namespace NetworkAdvisor.Cli;

/// <summary>
/// Standard output with a buffer large enough for a block of output. The console's own writer passes text on in pieces of
/// 256 characters, one system call each (354,000 for the 90 MB of prune candidates of a team's export as CSV); this one
/// passes each write on whole. It still flushes after every write, so output and error messages keep their order.
/// </summary>
internal static class StandardOutput
{
    /// <summary>Characters the writer holds before it must flush within one write.</summary>
    internal const int BufferChars = 1 << 16;

    /// <summary>
    /// Makes <see cref="Console.Out"/> the larger-buffered writer, in the console's encoding without a byte order mark (as
    /// the console writes); leaves it as it is when that encoding has a byte order mark other than UTF-8's, which the
    /// console drops in ways this writer cannot.
    /// </summary>
    public static void Install()
    {
        if (Writer(Console.OutputEncoding) is { } writer)
        {
            Console.SetOut(writer);
        }
    }

    /// <summary>The writer for <paramref name="encoding"/>, or null when it is left to the console (see <see cref="Install"/>).</summary>
    internal static StreamWriter? Writer(Encoding encoding) =>
        WithoutMark(encoding) is { } plain
            ? new StreamWriter(Named(Console.OpenStandardOutput()), plain, BufferChars, leaveOpen: true) { AutoFlush = true }
            : null;

    /// <summary><paramref name="encoding"/> without a byte order mark, or null when it has one that is not UTF-8's.</summary>
    internal static Encoding? WithoutMark(Encoding encoding) =>
        encoding.Preamble.Length == 0 ? encoding
        : encoding.CodePage == Encoding.UTF8.CodePage ? new UTF8Encoding(encoderShouldEmitUTF8Identifier: false)
        : null;

    /// <summary><paramref name="standardOutput"/>, its write errors naming standard output (see <see cref="Failure"/>).</summary>
    internal static Stream Named(Stream standardOutput) => new NamedStream(standardOutput);

    /// <summary>What a write to standard output failed with, as one line that names standard output.</summary>
    internal static IOException Failure(Exception ex) => ex is UnauthorizedAccessException
        ? new IOException("standard output is closed or not open for writing", ex)
        : new IOException($"standard output: {ex.Message.ReplaceLineEndings(" ")}", ex);

    /// <summary>
    /// Standard output that says so when a write fails: the console's stream reports a closed standard output as a denied
    /// path and a full disk without a name, and error messages must name what failed.
    /// </summary>
    private sealed class NamedStream(Stream inner) : WriteOnlyStream(inner)
    {
        public override void Write(ReadOnlySpan<byte> buffer)
        {
            try
            {
                base.Write(buffer);
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                throw Failure(ex);
            }
        }

        public override void Flush()
        {
            try
            {
                base.Flush();
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                throw Failure(ex);
            }
        }
    }
}
