using System.Diagnostics;
using System.Text;

namespace NetworkAdvisor.Notebooks.Tests;

/// <summary>Publishes the CLI natively once for the test class (about a minute).</summary>
public sealed class NativeBuild : IDisposable
{
    private readonly TempDirectory folder = new();

    public NativeBuild()
    {
        var result = ProcessRunner.Dotnet(Repo.Root, [
            "publish", Path.Combine("src", "NetworkAdvisor.Cli"), "-c", "Release", "-r", "linux-x64", "-p:PublishAot=true",
            "-nodeReuse:false", "-o", folder.Path]);
        if (result.ExitCode != 0)
        {
            throw new InvalidOperationException("native publish failed:\n" + result.Describe());
        }

        Executable = Path.Combine(folder.Path, "network-advisor");
    }

    public string Executable { get; }

    internal ProcessResult Run(string[] arguments)
    {
        var start = new ProcessStartInfo(Executable) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        var clock = Stopwatch.StartNew();
        using var process = Process.Start(start) ?? throw new InvalidOperationException("cannot start " + Executable);
        // Standard output as the bytes written, so that a byte order mark would show (a reader would drop it).
        using var bytes = new MemoryStream();
        var output = process.StandardOutput.BaseStream.CopyToAsync(bytes);
        var error = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(ProcessRunner.Timeout))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException(Executable + " did not finish");
        }

        process.WaitForExit();
        output.Wait();
        return new ProcessResult(
            Executable + " " + string.Join(' ', arguments), process.ExitCode, Encoding.UTF8.GetString(bytes.ToArray()), error.Result, clock.Elapsed);
    }

    public void Dispose() => folder.Dispose();
}
