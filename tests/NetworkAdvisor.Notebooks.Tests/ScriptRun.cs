using System.Globalization;
using Xunit.Abstractions;

namespace NetworkAdvisor.Notebooks.Tests;

/// <summary>A notebook's script twin run as a user runs it: <c>dotnet run notebooks/scripts/&lt;name&gt;.cs -- ...</c>.</summary>
internal static class ScriptRun
{
    /// <summary>Runs the script from <paramref name="workingDirectory"/>; the first run of a script also builds it.</summary>
    public static ProcessResult Run(ITestOutputHelper log, string workingDirectory, string script, params string[] arguments)
    {
        var result = ProcessRunner.Dotnet(workingDirectory, ["run", Path.Combine(Repo.Scripts, script), "--", .. arguments]);
        log.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{script} {string.Join(' ', arguments)}: exit {result.ExitCode} in {result.Elapsed.TotalSeconds:0.0} s"));
        return result;
    }

    /// <summary>Asserts success and returns the printed lines.</summary>
    public static IReadOnlyList<string> Succeeded(ProcessResult result)
    {
        Assert.True(result.ExitCode == 0 && result.Error.Length == 0, result.Describe());
        return result.Output.Split('\n');
    }

    /// <summary>The path after "wrote " in the output, checked to be the expected file.</summary>
    public static string Written(IReadOnlyList<string> lines, string expected)
    {
        Assert.Contains("wrote " + expected, lines);
        Assert.True(File.Exists(expected), expected + " was not written");
        return File.ReadAllText(expected);
    }
}
