namespace NetworkAdvisor.Import;

/// <summary>
/// The export cannot be read at all (no connections file, a broken or dangerous archive, an
/// unreadable path). The message is one line that names the file and the problem, fit to show a user.
/// </summary>
public sealed class ExportReadException : Exception
{
    /// <summary>Creates the exception with a one-line, user-facing message.</summary>
    /// <param name="message">What went wrong, naming the file.</param>
    public ExportReadException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a one-line message and the low-level cause.</summary>
    /// <param name="message">What went wrong, naming the file.</param>
    /// <param name="innerException">The cause.</param>
    public ExportReadException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>Creates the exception with a generic message.</summary>
    public ExportReadException()
        : base("The export could not be read.")
    {
    }
}
