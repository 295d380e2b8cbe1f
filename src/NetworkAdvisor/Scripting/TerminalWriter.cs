using System.Globalization;
using System.Text;

namespace NetworkAdvisor.Scripting;

/// <summary>
/// A writer over a script's standard output that escapes every character <see cref="TerminalText"/> flags, so
/// names and titles from an export can never drive the terminal, and formats with the invariant culture.
/// Disposing it flushes it; the inner writer stays open.
/// </summary>
internal sealed class TerminalWriter : TextWriter
{
    private readonly TextWriter inner;

    public TerminalWriter(TextWriter inner)
        : base(CultureInfo.InvariantCulture)
    {
        this.inner = inner;
        NewLine = "\n";
    }

    public override Encoding Encoding => inner.Encoding;

    public override void Write(char value)
    {
        if (TerminalText.NeedsEscape(value))
        {
            inner.Write(TerminalText.Escape(value));
        }
        else
        {
            inner.Write(value);
        }
    }

    public override void Write(string? value)
    {
        if (value is not null)
        {
            inner.Write(TerminalText.Escape(value));
        }
    }

    public override void Write(char[] buffer, int index, int count) => Write(new string(buffer, index, count));

    public override void Write(ReadOnlySpan<char> buffer) => Write(new string(buffer));

    public override void Flush() => inner.Flush();

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            inner.Flush();
        }

        base.Dispose(disposing);
    }
}
