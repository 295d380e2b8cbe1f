namespace NetworkAdvisor.Cli;

/// <summary>What every command writes to and reads the time from.</summary>
/// <param name="In">Standard input.</param>
/// <param name="Out">Standard output.</param>
/// <param name="Error">Standard error.</param>
/// <param name="Time">The clock (only for defaults).</param>
internal sealed record CliContext(TextReader In, TextWriter Out, TextWriter Error, TimeProvider Time)
{
    /// <summary>True when standard error is a real terminal (not redirected, not a test writer).</summary>
    public bool Interactive => ReferenceEquals(Error, Console.Error) && !Console.IsErrorRedirected;

    /// <summary>
    /// True when the command runs as the process itself (its output and errors are the console's, as
    /// <c>Program</c> passes them), so process-wide runtime settings are its to choose; false in-process (tests).
    /// </summary>
    public bool OwnsProcess => ReferenceEquals(Out, Console.Out) && ReferenceEquals(Error, Console.Error);

    /// <summary>
    /// Standard input as raw bytes, so a zip archive survives: the process's standard input when
    /// <see cref="In"/> is the console, the underlying stream when it is a <see cref="StreamReader"/>
    /// that has not been read from, and null for other readers (they hold text only).
    /// </summary>
    public Stream? OpenRawInput() => In switch
    {
        _ when ReferenceEquals(In, Console.In) => Console.OpenStandardInput(),
        StreamReader reader => reader.BaseStream,
        _ => null,
    };

    /// <summary>Shows a progress step on an interactive terminal only; pipes, files and tests stay clean.</summary>
    public void Progress(string step)
    {
        if (Interactive)
        {
            Error.WriteLine(step);
        }
    }
}
