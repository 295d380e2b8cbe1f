using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text;
using NetworkAdvisor.Import;

namespace NetworkAdvisor.Scripting;

/// <summary>
/// Runs the body of a notebook's script twin (a .NET file-based app in <c>notebooks/scripts/</c>) the same way for
/// every script: parses its arguments, runs the body under the invariant culture with an output writer that escapes
/// control characters, and turns bad input into one line on standard error and an exit code, never a stack trace.
/// </summary>
/// <remarks>
/// .NET file-based apps are single files, so this shared part lives in the library rather than in seven copies.
/// Exit codes: <see cref="Success"/>, <see cref="BadInput"/> (an <see cref="ExportReadException"/>, an unknown goal
/// or another <see cref="ArgumentException"/>, <see cref="IOException"/>, <see cref="UnauthorizedAccessException"/>
/// or <see cref="FormatException"/>), <see cref="UsageError"/> (a <see cref="ScriptUsageException"/>: the message and
/// the usage line) and <see cref="InternalError"/> (anything else, still in one line).
/// </remarks>
public static class ScriptRunner
{
    /// <summary>Exit code for success.</summary>
    public const int Success = 0;

    /// <summary>Exit code for input that cannot be read or a goal that does not exist.</summary>
    public const int BadInput = 1;

    /// <summary>Exit code for a wrong command line.</summary>
    public const int UsageError = 2;

    /// <summary>Exit code for an unexpected error (a bug: please report it).</summary>
    public const int InternalError = 3;

    /// <summary>Runs a script body with the process's standard output and error.</summary>
    /// <param name="args">The script's arguments (after <c>dotnet run script.cs --</c>).</param>
    /// <param name="syntax">What the script accepts.</param>
    /// <param name="body">The script: gets the parsed arguments and the output writer, returns the exit code.</param>
    /// <param name="script">The script's source path, filled in by the compiler: names the script in messages and locates the bundled samples.</param>
    /// <returns>The exit code.</returns>
    public static int Run(IReadOnlyList<string> args, ScriptSyntax syntax, Func<ScriptArguments, TextWriter, int> body, [CallerFilePath] string script = "") =>
        Run(args, syntax, body, Console.Out, Console.Error, script);

    /// <summary>Runs a script body with explicit output and error writers (for tests and hosts).</summary>
    /// <param name="args">The script's arguments (after <c>dotnet run script.cs --</c>).</param>
    /// <param name="syntax">What the script accepts.</param>
    /// <param name="body">The script: gets the parsed arguments and the output writer, returns the exit code.</param>
    /// <param name="output">Where findings go (through a writer that escapes control characters).</param>
    /// <param name="error">Where the one-line error goes.</param>
    /// <param name="script">The script's source path, filled in by the compiler: names the script in messages and locates the bundled samples.</param>
    /// <returns>The exit code.</returns>
    public static int Run(
        IReadOnlyList<string> args,
        ScriptSyntax syntax,
        Func<ScriptArguments, TextWriter, int> body,
        TextWriter output,
        TextWriter error,
        [CallerFilePath] string script = "")
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(syntax);
        ArgumentNullException.ThrowIfNull(body);
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(error);
        var name = string.IsNullOrEmpty(script) ? "script" : Path.GetFileName(script);
        var folder = string.IsNullOrEmpty(script) ? null : Path.GetDirectoryName(script);
        var culture = CultureInfo.CurrentCulture;
        CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;
        using var terminal = new TerminalWriter(output);
        try
        {
            if (AsksForHelp(args))
            {
                terminal.WriteLine(syntax.Help(name));
                return Success;
            }

            // Scripts live in notebooks/scripts/, two folders below the repository root their default samples are in.
            var repository = string.IsNullOrEmpty(folder) ? null : Path.GetFullPath(Path.Combine(folder, "..", ".."));
            return body(ScriptArguments.Parse(args, syntax, repository), terminal);
        }
        catch (ScriptUsageException ex)
        {
            error.WriteLine(name + ": " + TerminalText.OneLine(ex.Message));
            error.WriteLine(syntax.Usage(name));
            return UsageError;
        }
        catch (Exception ex) when (ex is ExportReadException or ArgumentException or IOException or UnauthorizedAccessException or FormatException)
        {
            error.WriteLine(name + ": " + TerminalText.OneLine(ex.Message));
            return BadInput;
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            error.WriteLine(name + ": internal error (" + ex.GetType().Name + ": " + TerminalText.OneLine(ex.Message) + "); please report it");
            return InternalError;
        }
        finally
        {
            terminal.Flush();
            CultureInfo.CurrentCulture = culture;
        }
    }

    /// <summary>
    /// Writes an HTML page (e.g. from <see cref="Reports.NotebookHtml.Page"/> or <see cref="Reports.HtmlReport.Render"/>)
    /// into <see cref="ScriptArguments.OutputFolder"/>, creating the folder and replacing an older page of the same
    /// name, and prints <c>wrote &lt;full path&gt;</c>.
    /// </summary>
    /// <param name="arguments">The script's arguments.</param>
    /// <param name="fileName">The page's file name, e.g. <c>goal-fit.html</c> (no folders).</param>
    /// <param name="html">The document.</param>
    /// <param name="output">Where the path written is printed.</param>
    /// <returns>The full path written.</returns>
    /// <exception cref="ArgumentException"><paramref name="fileName"/> is empty or names a folder.</exception>
    public static string WriteHtml(ScriptArguments arguments, string fileName, string html, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(arguments);
        ArgumentNullException.ThrowIfNull(fileName);
        ArgumentNullException.ThrowIfNull(html);
        ArgumentNullException.ThrowIfNull(output);
        if (fileName.Length == 0 || Path.GetFileName(fileName) != fileName || fileName is "." or "..")
        {
            throw new ArgumentException($"'{fileName}' is not a plain file name.", nameof(fileName));
        }

        Directory.CreateDirectory(arguments.OutputFolder);
        var path = Path.Combine(arguments.OutputFolder, fileName);
        File.WriteAllText(path, html, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
        output.WriteLine("wrote " + path);
        return path;
    }

    private static bool AsksForHelp(IReadOnlyList<string> args)
    {
        foreach (var arg in args)
        {
            if (arg == "--")
            {
                return false;
            }

            if (arg is "-h" or "--help" or "-?")
            {
                return true;
            }
        }

        return false;
    }
}
