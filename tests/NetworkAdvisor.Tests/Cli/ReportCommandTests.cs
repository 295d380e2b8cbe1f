namespace NetworkAdvisor.Tests.Cli;

public sealed class ReportCommandTests
{
    private const string Connections = "First Name,Last Name,URL,Email Address,Company,Position,Connected On\nAda,L,,,Acme,Software Engineer,08 Feb 2026\nBob,S,,,Beta,CEO,09 Feb 2026";

    [Fact]
    public void Writes_the_report_and_refuses_to_overwrite_without_force()
    {
        using var folder = new TempFolder();
        folder.File("export/Connections.csv", Connections);
        var output = Path.Combine(folder.Path, "report.html");

        var (first, stdout, _) = CliRunner.Run("report", Path.Combine(folder.Path, "export"), "--goal", "job-seeking-entry", "--as-of", "2026-11-01", "-o", output);
        var (second, _, error) = CliRunner.Run("report", Path.Combine(folder.Path, "export"), "-o", output);
        var (forced, _, _) = CliRunner.Run("report", Path.Combine(folder.Path, "export"), "-o", output, "--force", "--anonymize");

        Assert.Equal(0, first);
        Assert.Equal(output, stdout.Trim());
        Assert.Contains("<!DOCTYPE html>", File.ReadAllText(output), StringComparison.Ordinal);
        Assert.Equal(1, second);
        Assert.Contains("already exists; use --force", error, StringComparison.Ordinal);
        Assert.Equal(0, forced);
        Assert.DoesNotContain("Ada L", File.ReadAllText(output), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_report_into_a_named_pipe_is_read_from_it_and_no_path_is_printed()
    {
        // As with -o /dev/stdout: the pipe is written into, not replaced by a file, and standard output holds no path
        // (it would follow the report when the pipe is standard output).
        using var folder = new TempFolder();
        var export = folder.File("Connections.csv", Connections);
        var pipe = folder.Fifo("report.html");
        var reader = Task.Run(() => File.ReadAllText(pipe));

        var (exit, stdout, error) = CliRunner.Run("report", export, "--as-of", "2026-11-01", "-o", pipe, "--force");

        Assert.True(exit == 0, error);
        var html = await reader.WaitAsync(TimeSpan.FromSeconds(60));
        Assert.StartsWith("<!DOCTYPE html>", html, StringComparison.Ordinal);
        Assert.EndsWith("</html>\n", html, StringComparison.Ordinal);
        Assert.Empty(stdout);
        Assert.Contains(FormattableString.Invariant($"Wrote {pipe} ({System.Text.Encoding.UTF8.GetByteCount(html) / 1024:N0} KB)"), error, StringComparison.Ordinal);
        Assert.Equal(0, new FileInfo(pipe).Length);
    }

    [Fact]
    public void An_output_folder_or_a_targets_file_without_a_goal_is_refused()
    {
        using var folder = new TempFolder();
        var export = folder.File("Connections.csv", Connections);
        var targets = folder.File("targets.txt", "Acme\n");

        var (folderExit, _, folderError) = CliRunner.Run("report", export, "-o", folder.Path);
        var (targetsExit, _, targetsError) = CliRunner.Run("report", export, "--targets", targets, "-o", Path.Combine(folder.Path, "r.html"));

        Assert.Equal(1, folderExit);
        Assert.Contains("is a folder", folderError, StringComparison.Ordinal);
        Assert.Equal(2, targetsExit);
        Assert.Contains("--targets needs a goal", targetsError, StringComparison.Ordinal);
    }
}
