using System.Text.Json;

namespace NetworkAdvisor.Tests.Cli;

public sealed class AnalysisCommandTests
{
    private const string Connections = """
        First Name,Last Name,URL,Email Address,Company,Position,Connected On
        A,A,,,Acme Inc.,Software Engineer,08 Feb 2026
        B,B,,,Acme,Director of Engineering,09 Feb 2026
        C,C,,,@SUM(1+1),"=cmd|' /C calc'!A0",10 Feb 2026
        D,D,,,Google LLC,Account Executive,10 Feb 2026
        """;

    [Fact]
    public void Segments_csv_has_the_documented_header_and_neutralised_cells()
    {
        using var folder = new TempFolder();
        folder.File("Connections.csv", Connections);

        var (exit, output, _) = CliRunner.Run("segments", folder.Path, "--by", "company", "--format", "csv");

        Assert.Equal(0, exit);
        Assert.Equal("segment,count,share\nAcme,2,0.5\n'@SUM(1+1),1,0.25\nGoogle,1,0.25\n", output);
    }

    [Fact]
    public void Segments_json_reports_concentration()
    {
        using var folder = new TempFolder();
        folder.File("Connections.csv", Connections);

        var (exit, output, _) = CliRunner.Run("segments", folder.Path, "--by", "function", "--format", "json");

        Assert.Equal(0, exit);
        using var json = JsonDocument.Parse(output);
        Assert.Equal(4, json.RootElement.GetProperty("total").GetInt32());
        Assert.Equal("Engineering", json.RootElement.GetProperty("segments")[0].GetProperty("segment").GetString());
        Assert.Equal(0.375, json.RootElement.GetProperty("herfindahl").GetDouble(), 4);
    }

    [Fact]
    public void Goals_lists_the_catalogue()
    {
        var (exit, output, _) = CliRunner.Run("goals", "--format", "csv");

        Assert.Equal(0, exit);
        Assert.StartsWith("id,title,min,max\njob-seeking-entry,\"Job seeking, entry-level candidate\",100,500\n", output, StringComparison.Ordinal);
        Assert.Equal(12, output.TrimEnd().Split('\n').Length);
    }

    [Fact]
    public void Fit_json_has_the_documented_fields()
    {
        using var folder = new TempFolder();
        folder.File("Connections.csv", Connections);
        var targets = folder.File("targets.txt", "Google\nSAP\n");

        var (exit, output, error) = CliRunner.Run("fit", folder.Path, "--goal", "job-seeking-entry", "--targets", targets, "--as-of", "2026-11-01", "--format", "json");

        Assert.True(exit == 0, error);
        using var json = JsonDocument.Parse(output);
        var root = json.RootElement;
        Assert.Equal("job-seeking-entry", root.GetProperty("goal").GetString());
        Assert.Equal(100, root.GetProperty("min").GetInt32());
        Assert.Equal(500, root.GetProperty("max").GetInt32());
        Assert.Equal(4, root.GetProperty("connections").GetInt32());
        Assert.Equal("below", root.GetProperty("status").GetString());
        Assert.InRange(root.GetProperty("score").GetInt32(), 0, 100);
        var coverage = root.GetProperty("checks").EnumerateArray().Single(c => c.GetProperty("name").GetString() == "target-companies");
        Assert.Equal("1 of 2 (50%)", coverage.GetProperty("value").GetString());
        Assert.True(coverage.GetProperty("passed").GetBoolean());
        Assert.NotEmpty(root.GetProperty("recommendations").EnumerateArray());
    }

    [Fact]
    public void Fit_as_of_leaves_later_connections_out()
    {
        using var folder = new TempFolder();
        folder.File("Connections.csv", Connections);

        var (_, output, _) = CliRunner.Run("fit", folder.Path, "--goal", "sales-pipeline", "--as-of", "2026-02-09", "--format", "json");

        using var json = JsonDocument.Parse(output);
        Assert.Equal(2, json.RootElement.GetProperty("connections").GetInt32());
    }

    [Theory]
    [InlineData("fit", "x")]
    [InlineData("fit", "x", "--goal", "a", "--goal-file", "b")]
    [InlineData("segments", "x", "--by", "colour")]
    public void Usage_errors_exit_2(params string[] args)
    {
        Assert.Equal(2, CliRunner.Run(args).Exit);
    }

    [Fact]
    public void Unknown_goal_exits_2_and_bad_goal_file_exits_1()
    {
        using var folder = new TempFolder();
        folder.File("Connections.csv", Connections);
        var bad = folder.File("goal.yaml", "min: 5\n");

        var (unknownExit, _, unknownError) = CliRunner.Run("fit", folder.Path, "--goal", "world-domination");
        var (badExit, _, badError) = CliRunner.Run("fit", folder.Path, "--goal-file", bad);

        Assert.Equal(2, unknownExit);
        Assert.Contains("not a built-in goal", unknownError, StringComparison.Ordinal);
        Assert.Equal(1, badExit);
        Assert.Contains("goal.yaml:1:", badError, StringComparison.Ordinal);
    }

    [Fact]
    public void Fit_csv_lists_the_checks()
    {
        using var folder = new TempFolder();
        folder.File("Connections.csv", Connections);

        var (exit, output, _) = CliRunner.Run("fit", folder.Path, "--goal", "sales-pipeline", "--as-of", "2026-11-01", "--format", "csv");

        Assert.Equal(0, exit);
        var lines = output.TrimEnd('\n').Split('\n');
        Assert.Equal("name,value,target,passed,explanation", lines[0]);
        Assert.StartsWith("size,4 connections,\"2,000-5,000\",false,", lines[1], StringComparison.Ordinal);
    }

    [Fact]
    public void Growth_takes_a_goal_from_the_catalogue_and_fit_checks_the_pace()
    {
        using var folder = new TempFolder();
        folder.File("Connections.csv", Connections);

        var (growthExit, growthOutput, _) = CliRunner.Run("growth", folder.Path, "--goal", "entrepreneur-local", "--as-of", "2026-11-01", "--format", "json");
        var (fitExit, fitOutput, _) = CliRunner.Run("fit", folder.Path, "--goal", "entrepreneur-local", "--as-of", "2026-11-01", "--format", "json");

        Assert.Equal((0, 0), (growthExit, fitExit));
        using var growth = JsonDocument.Parse(growthOutput);
        Assert.Equal(250, growth.RootElement.GetProperty("projections")[0].GetProperty("count").GetInt32());
        using var fit = JsonDocument.Parse(fitOutput);
        var pace = fit.RootElement.GetProperty("checks").EnumerateArray().Single(c => c.GetProperty("name").GetString() == "recent-growth");
        Assert.True(pace.GetProperty("passed").GetBoolean());
        Assert.Equal(2, CliRunner.Run("growth", folder.Path, "--goal", "nope").Exit);
    }
}
