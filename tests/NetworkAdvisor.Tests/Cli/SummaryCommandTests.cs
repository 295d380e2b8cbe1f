using System.Text.Json;

namespace NetworkAdvisor.Tests.Cli;

public sealed class SummaryCommandTests
{
    private const string Connections = "First Name,Last Name,URL,Email Address,Company,Position,Connected On\nAda,Lovelace,,,Engines,CTO,08 Feb 2026\nBob,Stone,,,Acme,CEO,not a date\n,,,,,,01 Mar 2019";

    [Fact]
    public void Json_has_counts_files_rejections_and_dates()
    {
        using var folder = new TempFolder();
        folder.File("Connections.csv", Connections);
        folder.File("Comments.csv", "Date,Link,Message\n");

        var (exit, output, _) = CliRunner.Run("summary", folder.Path, "--format", "json");

        Assert.Equal(0, exit);
        using var json = JsonDocument.Parse(output);
        var root = json.RootElement;
        Assert.Equal(2, root.GetProperty("connections").GetInt32());
        Assert.Equal(0, root.GetProperty("invitations").GetInt32());
        Assert.Equal(0, root.GetProperty("messages").GetInt32());
        Assert.Equal(0, root.GetProperty("positions").GetInt32());
        Assert.Equal("2019-03-01", root.GetProperty("firstConnectedOn").GetString());
        Assert.Equal("2026-02-08", root.GetProperty("lastConnectedOn").GetString());
        Assert.Equal(["Connections.csv"], root.GetProperty("files").EnumerateArray().Select(e => e.GetString()));
        Assert.Equal(["Comments.csv"], root.GetProperty("skipped").EnumerateArray().Select(e => e.GetString()));
        var rejected = Assert.Single(root.GetProperty("rejected").EnumerateArray());
        Assert.Equal("Connections.csv", rejected.GetProperty("file").GetString());
        Assert.Equal(3, rejected.GetProperty("line").GetInt32());
        Assert.Contains("not a date", rejected.GetProperty("reason").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Table_output_lists_counts_and_rejected_rows()
    {
        using var folder = new TempFolder();
        folder.File("Connections.csv", Connections);

        var (exit, output, _) = CliRunner.Run("summary", folder.Path);

        Assert.Equal(0, exit);
        Assert.Contains("Connections", output, StringComparison.Ordinal);
        Assert.Contains("Rejected rows: 1", output, StringComparison.Ordinal);
        Assert.Contains("not a date", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Markup_in_names_is_printed_as_text()
    {
        using var folder = new TempFolder();
        folder.File("Connections.csv", "First Name,Last Name,Connected On\n[red]Evil[/],[bold],never");

        var (exit, output, error) = CliRunner.Run("summary", folder.Path);

        Assert.Equal(0, exit);
        Assert.Empty(error);
        Assert.Contains("[red]Evil[/]", output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("missing-folder", "no such file or folder")]
    [InlineData("empty-folder", "no Connections.csv found")]
    public void Bad_input_exits_1_with_one_line_on_stderr(string which, string expected)
    {
        using var folder = new TempFolder();
        var path = Path.Combine(folder.Path, which);
        if (which == "empty-folder")
        {
            Directory.CreateDirectory(path);
        }

        var (exit, output, error) = CliRunner.Run("summary", path, "--format", "json");

        Assert.Equal(1, exit);
        Assert.Empty(output);
        Assert.Contains(expected, error, StringComparison.Ordinal);
        Assert.Single(error.TrimEnd().Split('\n'));
        Assert.DoesNotContain("   at ", error, StringComparison.Ordinal);
        Assert.DoesNotContain("Exception", error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("summary")]
    [InlineData("summary", "x", "--format", "xml")]
    [InlineData("frobnicate")]
    [InlineData("summary", "x", "--bogus")]
    public void Usage_errors_exit_2(params string[] args)
    {
        var (exit, _, error) = CliRunner.Run(args);

        Assert.Equal(2, exit);
        Assert.Contains("--help", error, StringComparison.Ordinal);
    }
}
