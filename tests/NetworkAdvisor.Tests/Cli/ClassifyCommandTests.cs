using System.Text.Json;

namespace NetworkAdvisor.Tests.Cli;

public sealed class ClassifyCommandTests
{
    [Fact]
    public void Csv_has_one_row_per_input_line_in_order_including_empty_lines()
    {
        var (exit, output, _) = CliRunner.RunWithInput("Senior Software Engineer\n\nCEO | Founder\r\nHead of Sales, DACH\n", "classify");

        Assert.Equal(0, exit);
        Assert.Equal(
            "title,function,seniority\n" +
            "Senior Software Engineer,Engineering,Senior\n" +
            ",Unknown,Unknown\n" +
            "CEO | Founder,Unknown,Owner\n" +
            "\"Head of Sales, DACH\",Sales,Director\n",
            output);
    }

    [Fact]
    public void Csv_neutralises_formulas()
    {
        var (_, output, _) = CliRunner.RunWithInput("=HYPERLINK(\"http://x\")\n", "classify", "-");

        Assert.Contains("\"'=HYPERLINK(\"\"http://x\"\")\",Unknown,Unknown", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Json_has_confidence_and_evidence()
    {
        using var folder = new TempFolder();
        var file = folder.File("titles.txt", "Account Manager\nCTO");

        var (exit, output, _) = CliRunner.Run("classify", file, "--format", "json");

        Assert.Equal(0, exit);
        using var json = JsonDocument.Parse(output);
        var rows = json.RootElement.EnumerateArray().ToList();
        Assert.Equal(2, rows.Count);
        Assert.Equal("Account Manager", rows[0].GetProperty("title").GetString());
        Assert.Equal("Sales", rows[0].GetProperty("function").GetString());
        Assert.Equal("Entry", rows[0].GetProperty("seniority").GetString());
        Assert.InRange(rows[0].GetProperty("confidence").GetDouble(), 0.5, 1);
        Assert.Contains("account manager", rows[0].GetProperty("evidence").GetString(), StringComparison.Ordinal);
        Assert.Equal("CXO", rows[1].GetProperty("seniority").GetString());
    }

    [Fact]
    public void User_rules_apply_and_bad_rules_exit_1()
    {
        using var folder = new TempFolder();
        var rules = folder.File("rules.txt", "[Job: Research]\nquant\n");
        var bad = folder.File("bad.txt", "[Job: Nope]\nquant\n");

        var (exit, output, _) = CliRunner.RunWithInput("Quant\n", "classify", "--rules", rules);
        var (badExit, _, error) = CliRunner.RunWithInput("Quant\n", "classify", "--rules", bad);

        Assert.Equal(0, exit);
        Assert.Contains("Quant,Research,Entry", output, StringComparison.Ordinal);
        Assert.Equal(1, badExit);
        Assert.Contains("bad.txt:1: 'Nope' is not one of LinkedIn's job functions", error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_file_exits_1()
    {
        var (exit, _, error) = CliRunner.Run("classify", "/nonexistent/titles.txt");

        Assert.Equal(1, exit);
        Assert.Contains("/nonexistent/titles.txt: cannot be read", error, StringComparison.Ordinal);
    }
}
