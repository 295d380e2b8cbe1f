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

    /// <summary>Shows a progress step on an interactive terminal only; pipes, files and tests stay clean.</summary>
    public void Progress(string step)
    {
        if (Interactive)
        {
            Error.WriteLine(step);
        }
    }
}
