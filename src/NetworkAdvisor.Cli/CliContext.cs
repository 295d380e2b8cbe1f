namespace NetworkAdvisor.Cli;

/// <summary>What every command writes to and reads the time from.</summary>
internal sealed record CliContext
{
    /// <summary>Creates the context of one run.</summary>
    /// <param name="input">Standard input.</param>
    /// <param name="output">Standard output.</param>
    /// <param name="error">Standard error.</param>
    /// <param name="time">The clock (only for defaults).</param>
    public CliContext(TextReader input, TextWriter output, TextWriter error, TimeProvider time)
    {
        In = input;
        Out = output;
        Error = error;
        Time = time;
    }

    /// <summary>Standard input.</summary>
    public TextReader In { get; }

    /// <summary>Standard output.</summary>
    public TextWriter Out { get; }

    /// <summary>Standard error.</summary>
    public TextWriter Error { get; }

    /// <summary>The clock (only for defaults).</summary>
    public TimeProvider Time { get; }

    /// <summary>True when standard error is a real terminal (not redirected, not a test writer).</summary>
    public bool Interactive => ReferenceEquals(Error, Console.Error) && !Console.IsErrorRedirected;

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
