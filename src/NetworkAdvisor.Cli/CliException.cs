namespace NetworkAdvisor.Cli;

/// <summary>A failure to report as one line on standard error with an exit code.</summary>
internal sealed class CliException : Exception
{
    public CliException(string message, int exitCode)
        : base(message)
    {
        ExitCode = exitCode;
    }

    public CliException()
    {
    }

    public CliException(string message)
        : base(message)
    {
    }

    public CliException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>The process exit code.</summary>
    public int ExitCode { get; } = CliApp.BadInput;
}
