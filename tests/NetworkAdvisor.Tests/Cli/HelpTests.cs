namespace NetworkAdvisor.Tests.Cli;

public sealed class HelpTests
{
    [Theory]
    [InlineData("report")]
    [InlineData("summary")]
    [InlineData("sample")]
    [InlineData("classify")]
    [InlineData("segments")]
    [InlineData("growth")]
    [InlineData("goals")]
    [InlineData("fit")]
    [InlineData("engagement")]
    [InlineData("prune")]
    [InlineData("invitations")]
    [InlineData("diff")]
    [InlineData("notebook-html")]
    public void Every_command_has_help_with_an_example(string command)
    {
        var (exit, output, _) = CliRunner.Run(command, "--help");

        Assert.Equal(0, exit);
        Assert.Contains("Example: network-advisor " + command, output.Replace("echo \"Head of Vertrieb\" | ", string.Empty, StringComparison.Ordinal), StringComparison.Ordinal);
    }

    [Fact]
    public void Sample_refuses_to_overwrite_without_force()
    {
        using var folder = new TempFolder();
        var target = Path.Combine(folder.Path, "s.zip");

        Assert.Equal(0, CliRunner.Run("sample", "-o", target, "--connections", "20", "--as-of", "2026-11-01").Exit);
        var (again, _, error) = CliRunner.Run("sample", "-o", target, "--connections", "20", "--as-of", "2026-11-01");
        Assert.Equal(1, again);
        Assert.Contains("use --force", error, StringComparison.Ordinal);
        Assert.Equal(0, CliRunner.Run("sample", "-o", target, "--connections", "20", "--as-of", "2026-11-01", "--force").Exit);
    }
}
