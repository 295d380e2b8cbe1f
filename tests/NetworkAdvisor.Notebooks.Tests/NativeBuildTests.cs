using NetworkAdvisor.Cli;
using Xunit.Abstractions;

namespace NetworkAdvisor.Notebooks.Tests;

/// <summary>
/// The native (Native AOT) build of the CLI, which the performance benchmark runs, writes what the JIT build writes:
/// the same report byte for byte, the same JSON and CSV on standard output (as bytes, so a byte order mark would
/// show), and the same one-line errors. Trimming could drop metadata that
/// reflection needs; this is where it would show.
/// </summary>
public sealed class NativeBuildTests(NativeBuild build, ITestOutputHelper log) : IClassFixture<NativeBuild>
{
    public static TheoryData<string[]> Commands => new()
    {
        { ["report", Repo.Sample, "--goal", "sales-new-clients", "--as-of", "2026-11-01", "-o", "{out}/report.html"] },
        { ["report", Repo.Sample, "--as-of", "2026-11-01", "--anonymize", "-o", "{out}/report.html"] },
        { ["summary", Repo.Sample, "--format", "json"] },
        { ["segments", Repo.Sample, "--by", "company", "--format", "json"] },
        { ["fit", Repo.Sample, "--goal", "find-a-job", "--as-of", "2026-11-01", "--format", "json"] },
        { ["growth", Repo.Sample, "--as-of", "2026-11-01", "--format", "json"] },
        { ["engagement", Repo.Sample, "--as-of", "2026-11-01", "--format", "json"] },
        { ["prune", Repo.Sample, "--as-of", "2026-11-01", "--format", "json"] },
        { ["prune", Repo.Sample, "--as-of", "2026-11-01", "--format", "csv"] },
        { ["segments", Repo.Sample, "--by", "company", "--format", "csv"] },
        { ["invitations", Repo.Sample, "--as-of", "2026-11-01", "--format", "json"] },
        { ["diff", Repo.EarlierSample, Repo.Sample, "--format", "json"] },
        { ["goals", "--format", "json"] },
        { ["summary", Path.Combine(Repo.Root, "README.md")] },
    };

    [Theory]
    [MemberData(nameof(Commands))]
    public void The_native_cli_writes_what_the_jit_cli_writes(string[] command)
    {
        using var jitFolder = new TempDirectory();
        using var nativeFolder = new TempDirectory();

        var jit = InProcess(command.Select(a => a.Replace("{out}", jitFolder.Path, StringComparison.Ordinal)).ToArray());
        var native = build.Run(command.Select(a => a.Replace("{out}", nativeFolder.Path, StringComparison.Ordinal)).ToArray());
        log.WriteLine($"exit {native.ExitCode}; stderr: {native.Error}");

        Assert.Equal(jit.ExitCode, native.ExitCode);
        Assert.Equal(jit.Output.Replace(jitFolder.Path, "{out}", StringComparison.Ordinal), native.Output.Replace(nativeFolder.Path, "{out}", StringComparison.Ordinal));
        Assert.Equal(jit.Error.Replace(jitFolder.Path, "{out}", StringComparison.Ordinal), native.Error.Replace(nativeFolder.Path, "{out}", StringComparison.Ordinal));
        foreach (var file in Directory.GetFiles(jitFolder.Path))
        {
            var twin = Path.Combine(nativeFolder.Path, Path.GetFileName(file));
            Assert.True(File.ReadAllBytes(file).AsSpan().SequenceEqual(File.ReadAllBytes(twin)), $"{Path.GetFileName(file)} differs between the JIT and the native build");
        }
    }

    private static (int ExitCode, string Output, string Error) InProcess(string[] command)
    {
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        var exit = CliApp.Run(command, TextReader.Null, stdout, stderr, TimeProvider.System);
        return (exit, stdout.ToString(), stderr.ToString());
    }
}
