using System.Globalization;

namespace NetworkAdvisor.Notebooks.Tests;

/// <summary>How a process ended: exit code, what it printed, and how long it took.</summary>
internal sealed record ProcessResult(string CommandLine, int ExitCode, string Output, string Error, TimeSpan Elapsed)
{
    /// <summary>The command, exit code and the end of both streams, for an assertion message.</summary>
    public string Describe() => string.Create(
        CultureInfo.InvariantCulture,
        $"{CommandLine}\nexit code {ExitCode} after {Elapsed.TotalSeconds:0.0} s\n--- stdout (end)\n{Tail(Output)}\n--- stderr (end)\n{Tail(Error)}");

    private static string Tail(string text) => text.Length <= 4000 ? text : "..." + text[^4000..];
}
