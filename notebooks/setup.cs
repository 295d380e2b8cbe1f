// One-time setup for the notebooks (and again after pulling new code): packs the NetworkAdvisor library into
// artifacts/packages, forgets any older copy of the same version in the NuGet cache, and registers that folder as a
// NuGet source in your user NuGet.Config, because notebooks cannot use a relative folder as a package source.
// Run from anywhere:  dotnet run notebooks/setup.cs
// Undo:               dotnet nuget remove source NetworkAdvisor-local
using System.Diagnostics;
using System.Runtime.CompilerServices;

var repo = Path.GetFullPath(Path.Combine(Folder(), ".."));
var feed = Path.Combine(repo, "artifacts", "packages");
const string SourceName = "NetworkAdvisor-local";

Run("pack", Path.Combine(repo, "src", "NetworkAdvisor"), "-c", "Release", "-o", feed, "--nologo", "-v", "quiet");

var cache = Run("nuget", "locals", "global-packages", "--list").Split(':', 2)[1].Trim();
foreach (var stale in Directory.Exists(Path.Combine(cache, "networkadvisor")) ? Directory.GetDirectories(Path.Combine(cache, "networkadvisor")) : [])
{
    Directory.Delete(stale, recursive: true);
    Console.WriteLine($"removed the cached copy {stale}");
}

if (Run("nuget", "list", "source").Contains(feed, StringComparison.Ordinal))
{
    Console.WriteLine($"NuGet source {SourceName} is already {feed}");
}
else
{
    Run("nuget", "add", "source", feed, "--name", SourceName);
    Console.WriteLine($"added NuGet source {SourceName}: {feed}");
}

Console.WriteLine("Ready: open a notebook in notebooks/ and run its first cell (#r \"nuget: NetworkAdvisor, 0.1.0\").");

static string Run(params string[] args)
{
    var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true };
    foreach (var arg in args)
    {
        start.ArgumentList.Add(arg);
    }

    using var process = Process.Start(start) ?? throw new InvalidOperationException("cannot start dotnet");
    var error = process.StandardError.ReadToEndAsync();
    var output = process.StandardOutput.ReadToEnd();
    process.WaitForExit();
    if (process.ExitCode != 0)
    {
        Console.Error.WriteLine($"dotnet {string.Join(' ', args)} failed ({process.ExitCode}): {output}{error.Result}".Trim());
        Environment.Exit(1);
    }

    return output;
}

static string Folder([CallerFilePath] string path = "") => Path.GetDirectoryName(path)!;
