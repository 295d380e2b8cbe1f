namespace NetworkAdvisor.Scripting;

/// <summary>
/// The command line of a script is wrong (an unknown option, a missing value, a bad date, too many paths). The
/// message is one line fit to show a user; <see cref="ScriptRunner"/> prints it with the usage line and exits 2.
/// </summary>
public sealed class ScriptUsageException : Exception
{
    /// <summary>Creates the exception with a one-line, user-facing message.</summary>
    /// <param name="message">What is wrong with the command line.</param>
    public ScriptUsageException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a one-line message and its cause.</summary>
    /// <param name="message">What is wrong with the command line.</param>
    /// <param name="innerException">The cause.</param>
    public ScriptUsageException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>Creates the exception with a generic message.</summary>
    public ScriptUsageException()
        : base("The command line is not valid.")
    {
    }
}
