using System.CommandLine;
using NetworkAdvisor.Cli.Commands;

namespace NetworkAdvisor.Cli;

/// <summary>
/// The <c>network-advisor</c> command line. Exit codes: 0 success, 1 bad input (one line on
/// standard error naming the file and the problem), 2 usage error, 3 internal error.
/// </summary>
public static class CliApp
{
    /// <summary>Exit code for success.</summary>
    public const int Success = 0;

    /// <summary>Exit code for input that cannot be read.</summary>
    public const int BadInput = 1;

    /// <summary>Exit code for a wrong command line.</summary>
    public const int UsageError = 2;

    /// <summary>Exit code for an unexpected internal error (reported in one line).</summary>
    public const int InternalError = 3;

    /// <summary>Runs the command line with explicit output streams and clock (for tests and hosts).</summary>
    /// <param name="args">Arguments, without the program name.</param>
    /// <param name="stdin">Standard input.</param>
    /// <param name="stdout">Standard output.</param>
    /// <param name="stderr">Standard error.</param>
    /// <param name="time">The clock, used only for defaults such as today's date.</param>
    /// <returns>The exit code.</returns>
    public static int Run(string[] args, TextReader stdin, TextWriter stdout, TextWriter stderr, TimeProvider time)
    {
        var context = new CliContext(stdin, stdout, stderr, time);
        var root = new RootCommand("NetworkAdvisor: does your LinkedIn network have the right size and mix for your goal?")
        {
            ReportCommand.Create(context),
            SummaryCommand.Create(context),
            SampleCommand.Create(context),
            ClassifyCommand.Create(context),
            SegmentsCommand.Create(context),
            GoalsCommand.Create(context),
            FitCommand.Create(context),
            DiffCommand.Create(context),
            PruneCommand.Create(context),
            GrowthCommand.Create(context),
            InvitationsCommand.Create(context),
            EngagementCommand.Create(context),
            NotebookHtmlCommand.Create(context),
        };

        ParseResult parsed;
        try
        {
            parsed = root.Parse(args);
        }
        catch (InvalidOperationException ex)
        {
            stderr.WriteLine($"network-advisor: {ex.Message.ReplaceLineEndings(" ")}");
            stderr.WriteLine("Run 'network-advisor --help' for usage.");
            return UsageError;
        }

        if (parsed.Errors.Count > 0)
        {
            foreach (var error in parsed.Errors)
            {
                stderr.WriteLine($"network-advisor: {error.Message}");
            }

            stderr.WriteLine("Run 'network-advisor --help' for usage.");
            return UsageError;
        }

        var configuration = new InvocationConfiguration { Output = stdout, Error = stderr, EnableDefaultExceptionHandler = false };
        try
        {
            return parsed.Invoke(configuration);
        }
        catch (CliException ex)
        {
            stderr.WriteLine($"network-advisor: {ex.Message}");
            return ex.ExitCode;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            stderr.WriteLine($"network-advisor: {ex.Message.ReplaceLineEndings(" ")}");
            return BadInput;
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            // A bug of ours, not the user's: still one line, no stack trace, and a distinct exit code.
            stderr.WriteLine($"network-advisor: internal error ({ex.GetType().Name}: {ex.Message.ReplaceLineEndings(" ")}); please report it");
            if (Environment.GetEnvironmentVariable("NETWORK_ADVISOR_TRACE") == "1")
            {
                stderr.WriteLine(ex.ToString());
            }
            return InternalError;
        }
    }
}
