using System.Globalization;
using System.Text.Json;

namespace NetworkAdvisor.Tests.Cli;

public sealed class GrowthCommandTests
{
    private const string Header = "First Name,Last Name,URL,Email Address,Company,Position,Connected On\n";

    // As of 2024-03-02: one in January, one on the leap day, two in March (one hidden); the April one is after it.
    private const string Connections = Header +
        "Ada,Lovelace,,,Engines,CTO,31 Jan 2024\n" +
        "Bob,Stone,,,Acme,Software Engineer,29 Feb 2024\n" +
        ",,,,,,01 Mar 2024\n" +
        "Cy,Later,,,Acme,Head of Sales,02 Mar 2024\n" +
        "Di,Future,,,Acme,Sales Manager,01 Apr 2024\n";

    [Theory]
    [InlineData("month", "period,added,cumulative\n2024-01,1,1\n2024-02,1,2\n2024-03,2,4\n")]
    [InlineData("quarter", "period,added,cumulative\n2024-Q1,4,4\n")]
    [InlineData("week", "period,added,cumulative\n2024-W05,1,1\n2024-W06,0,1\n2024-W07,0,1\n2024-W08,0,1\n2024-W09,3,4\n")]
    [InlineData("day", "period,added,cumulative\n2024-01-31,1,1\n2024-02-01,0,1\n")]
    public void Csv_has_one_row_per_period(string period, string expectedStart)
    {
        using var folder = new TempFolder();
        var file = folder.File("Connections.csv", Connections);

        var (exit, output, error) = CliRunner.Run("growth", file, "--period", period, "--as-of", "2024-03-02", "--format", "csv");

        Assert.Equal(0, exit);
        Assert.Empty(error);
        Assert.StartsWith(expectedStart, output, StringComparison.Ordinal);
        Assert.EndsWith(",4\n", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Json_reports_periods_rate_bursts_years_and_projections()
    {
        using var folder = new TempFolder();
        folder.File("Connections.csv", Connections);

        var (exit, output, error) = CliRunner.Run("growth", folder.Path, "--as-of", "2024-03-02", "--goal-min", "4", "--goal-max", "10", "--format", "json");

        Assert.Equal(0, exit);
        Assert.Empty(error);
        using var json = JsonDocument.Parse(output);
        var root = json.RootElement;
        Assert.Equal("month", root.GetProperty("period").GetString());
        Assert.Equal("2024-03-02", root.GetProperty("asOf").GetString());
        Assert.Equal(4, root.GetProperty("total").GetInt32());
        Assert.Equal(1, root.GetProperty("excludedAfterAsOf").GetInt32());
        Assert.Equal(4, root.GetProperty("trailing12Months").GetInt32());
        Assert.Equal(0.33, root.GetProperty("monthlyRate").GetDouble());
        var periods = root.GetProperty("periods").EnumerateArray().ToList();
        Assert.Equal(["2024-01", "2024-02", "2024-03"], periods.Select(p => p.GetProperty("period").GetString()));
        Assert.Equal([1, 1, 2], periods.Select(p => p.GetProperty("added").GetInt32()));
        Assert.Equal([1, 2, 4], periods.Select(p => p.GetProperty("cumulative").GetInt32()));
        Assert.Equal("2024-02-01", periods[1].GetProperty("start").GetString());
        Assert.Equal("2024-02-29", periods[1].GetProperty("end").GetString());
        Assert.True(periods[2].GetProperty("partial").GetBoolean());
        Assert.Empty(root.GetProperty("bursts").EnumerateArray());
        var year = Assert.Single(root.GetProperty("years").EnumerateArray());
        Assert.Equal(2024, year.GetProperty("year").GetInt32());
        Assert.Equal(4, year.GetProperty("added").GetInt32());
        Assert.Equal(2, year.GetProperty("decisionMakers").GetInt32());
        Assert.Equal(1, year.GetProperty("hidden").GetInt32());
        Assert.Equal(0.6667, year.GetProperty("decisionMakerShare").GetDouble());
        var projections = root.GetProperty("projections").EnumerateArray().ToList();
        Assert.Equal(["goalMin", "goalMax", "linkedInLimit"], projections.Select(p => p.GetProperty("target").GetString()));
        Assert.Equal(["reached", "projected", "projected"], projections.Select(p => p.GetProperty("status").GetString()));

        // 6 missing at 4 a year: 18 months after 2024-03-02.
        Assert.Equal(18, projections[1].GetProperty("monthsNeeded").GetInt64());
        Assert.Equal("2025-09-02", projections[1].GetProperty("date").GetString());
        Assert.Equal(JsonValueKind.Null, projections[0].GetProperty("date").ValueKind);
    }

    [Fact]
    public void The_as_of_date_defaults_to_today()
    {
        using var folder = new TempFolder();
        var file = folder.File("Connections.csv", Connections);

        var (exit, output, _) = CliRunner.Run("growth", file, "--format", "json", "--period", "year");

        Assert.Equal(0, exit);
        using var json = JsonDocument.Parse(output);
        Assert.Equal("2026-11-26", json.RootElement.GetProperty("asOf").GetString());
        Assert.Equal(5, json.RootElement.GetProperty("total").GetInt32());
        Assert.Equal(["2024", "2025", "2026"], json.RootElement.GetProperty("periods").EnumerateArray().Select(p => p.GetProperty("period").GetString()));
    }

    [Fact]
    public void Table_shows_periods_summary_bursts_years_and_projections()
    {
        using var folder = new TempFolder();
        var rows = string.Concat(Enumerable.Range(1, 12).Select(m => string.Create(CultureInfo.InvariantCulture, $"A,B,,,Acme,Engineer,15 {new DateTime(2023, m, 1):MMM} 2023\n")))
            + string.Concat(Enumerable.Repeat("C,D,,,Acme,Engineer,10 Jan 2024\n", 12));
        var file = folder.File("Connections.csv", Header + rows);

        var (exit, output, error) = CliRunner.Run("growth", file, "--as-of", "2024-01-31", "--goal-min", "20", "--goal-max", "30");

        Assert.Equal(0, exit);
        Assert.Empty(error);
        Assert.Contains("2023-02", output, StringComparison.Ordinal);
        Assert.Contains("24 connections.", output, StringComparison.Ordinal);
        Assert.Contains("Last 12 months: 23 new connections, 1.9 a month.", output, StringComparison.Ordinal);
                Assert.Contains("12.0x", output, StringComparison.Ordinal);
        Assert.Contains("Engineering 100%", output, StringComparison.Ordinal);
        Assert.Contains("reached", output, StringComparison.Ordinal);
        Assert.Contains("2024-05-31 (in 4 months, 6 to go)", output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(2, "--period", "hour")]
    [InlineData(2, "--as-of", "26.11.2026")]
    [InlineData(2, "--goal-min", "5", "--goal-max", "4")]
    [InlineData(2, "--goal-min", "-1")]
    [InlineData(2, "--format", "xml")]
    public void Wrong_command_lines_are_usage_errors(int expected, params string[] options)
    {
        using var folder = new TempFolder();
        var file = folder.File("Connections.csv", Connections);

        var (exit, output, error) = CliRunner.Run(["growth", file, .. options]);

        Assert.Equal(expected, exit);
        Assert.Empty(output);
        Assert.Contains("network-advisor:", error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_export_is_bad_input()
    {
        using var folder = new TempFolder();

        var (exit, _, error) = CliRunner.Run("growth", Path.Combine(folder.Path, "nothing.zip"));

        Assert.Equal(1, exit);
        Assert.Contains("nothing.zip", error, StringComparison.Ordinal);
    }

    [Fact]
    public void An_empty_export_gives_a_header_and_no_rows()
    {
        using var folder = new TempFolder();
        var file = folder.File("Connections.csv", Header);

        var (exit, output, _) = CliRunner.Run("growth", file, "--format", "csv");

        Assert.Equal(0, exit);
        Assert.Equal("period,added,cumulative\n", output);
    }
}
