using System.Diagnostics;

namespace NetworkAdvisor.Notebooks.Tests;

/// <summary>Starts dotnet the way a user would, waits for it with a generous limit, and kills it (with its children) on timeout.</summary>
internal static class ProcessRunner
{
    public static readonly TimeSpan Timeout = TimeSpan.FromMinutes(5);

    // Set by `dotnet test` for the test host; a child dotnet that inherits them may use the wrong MSBuild.
    private static readonly string[] Inherited = ["MSBuildExtensionsPath", "MSBuildSDKsPath", "MSBUILD_EXE_PATH", "MSBuildLoadMicrosoftTargetsReadOnly"];

    public static ProcessResult Dotnet(string workingDirectory, IEnumerable<string> arguments, IReadOnlyDictionary<string, string>? environment = null)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        foreach (var name in Inherited)
        {
            start.Environment.Remove(name);
        }

        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        start.Environment["DOTNET_NOLOGO"] = "1";
        start.Environment["MSBUILDDISABLENODEREUSE"] = "1";
        foreach (var (name, value) in environment ?? new Dictionary<string, string>())
        {
            start.Environment[name] = value;
        }

        var commandLine = "dotnet " + string.Join(' ', start.ArgumentList.Select(a => a.Contains(' ', StringComparison.Ordinal) ? "\"" + a + "\"" : a)) + " (in " + workingDirectory + ")";
        var clock = Stopwatch.StartNew();
        using var process = Process.Start(start) ?? throw new InvalidOperationException("cannot start " + commandLine);
        process.StandardInput.Close();
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(Timeout))
        {
            process.Kill(entireProcessTree: true);
            process.WaitForExit();
            throw new TimeoutException($"{commandLine} did not finish within {Timeout.TotalMinutes} minutes and was killed.\n--- stdout\n{output.Result}\n--- stderr\n{error.Result}");
        }

        process.WaitForExit();
        return new ProcessResult(commandLine, process.ExitCode, output.Result, error.Result, clock.Elapsed);
    }
}
