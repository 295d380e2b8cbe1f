using System.Security.Cryptography;

namespace NetworkAdvisor.Notebooks.Tests;

/// <summary>
/// The real .NET Interactive host, set up once for all notebooks: the tools from the repository's manifest
/// (dotnet-repl), and the library packed fresh from this working tree into a temporary feed. The notebooks load the
/// library with <c>#r "nuget: NetworkAdvisor, 0.1.0"</c>, so an older 0.1.0 in the NuGet cache (or in a feed of the
/// user's, such as the one notebooks/setup.cs registers) must not be used instead: the cached copy is deleted and
/// replaced by the fresh package before the first notebook runs, and the feed is also given to the kernel's own
/// restore through <c>RestoreAdditionalProjectSources</c>. The user's NuGet.Config is never touched.
/// </summary>
public sealed class NotebookHost : IDisposable
{
    private const string PackageId = "networkadvisor";
    private const string PackageVersion = "0.1.0";
    private readonly DirectoryInfo feed = Directory.CreateTempSubdirectory("na-notebook-feed-");

    public NotebookHost()
    {
        Require(ProcessRunner.Dotnet(Repo.Root, ["tool", "restore"]));
        Require(ProcessRunner.Dotnet(Repo.Root, ["pack", Path.Combine(Repo.Root, "src", "NetworkAdvisor"), "-c", "Release", "-o", feed.FullName, "--nologo", "-nodeReuse:false"]));
        var package = Path.Combine(feed.FullName, $"NetworkAdvisor.{PackageVersion}.nupkg");
        PackageHash = Convert.ToBase64String(SHA512.HashData(File.ReadAllBytes(package)));

        var globalPackages = Require(ProcessRunner.Dotnet(Repo.Root, ["nuget", "locals", "global-packages", "--list"])).Output.Split(':', 2)[1].Trim();
        CachedPackage = Path.Combine(globalPackages, PackageId, PackageVersion);
        var cached = Path.Combine(globalPackages, PackageId);
        if (Directory.Exists(cached))
        {
            Directory.Delete(cached, recursive: true);
        }

        // Put the fresh package in the cache from this feed alone, so no other source can win the race for 0.1.0.
        // Its dependencies are in the cache already: building this test project restored them.
        var prime = Path.Combine(feed.FullName, "prime");
        Directory.CreateDirectory(prime);
        File.WriteAllText(Path.Combine(prime, "prime.csproj"), $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup><TargetFramework>net10.0</TargetFramework></PropertyGroup>
              <ItemGroup><PackageReference Include="NetworkAdvisor" Version="{PackageVersion}" /></ItemGroup>
            </Project>
            """);
        Require(ProcessRunner.Dotnet(prime, ["restore", "prime.csproj", "--source", feed.FullName, "-nodeReuse:false"]));
    }

    /// <summary>SHA-512 of the package packed for this run, as NuGet writes it next to a cached package.</summary>
    public string PackageHash { get; }

    /// <summary>The folder of NetworkAdvisor 0.1.0 in the NuGet cache.</summary>
    public string CachedPackage { get; }

    /// <summary>The hash of the package the kernel found in the cache, or null when there is none.</summary>
    public string? CachedHash
    {
        get
        {
            var file = Path.Combine(CachedPackage, $"{PackageId}.{PackageVersion}.nupkg.sha512");
            return File.Exists(file) ? File.ReadAllText(file).Trim() : null;
        }
    }

    /// <summary>Runs a notebook headless in dotnet-repl, from the notebooks folder (the kernel's current folder), saving the executed notebook.</summary>
    internal ProcessResult Execute(string notebook, string executed) =>
        Dotnet(Repo.Notebooks, ["tool", "run", "dotnet-repl", "--", "--run", notebook, "--exit-after-run", "--output-format", "ipynb", "--output-path", executed]);

    /// <summary>Runs dotnet with this run's package feed given to any notebook kernel it starts.</summary>
    internal ProcessResult Dotnet(string workingDirectory, IEnumerable<string> arguments) =>
        ProcessRunner.Dotnet(workingDirectory, arguments, new Dictionary<string, string> { ["RestoreAdditionalProjectSources"] = feed.FullName });

    public void Dispose()
    {
        try
        {
            feed.Delete(recursive: true);
        }
        catch (IOException)
        {
        }
    }

    private static ProcessResult Require(ProcessResult result) =>
        result.ExitCode == 0 ? result : throw new InvalidOperationException("Notebook host setup failed: " + result.Describe());
}
