using System.Text.Json;
using System.Text.RegularExpressions;
using NetworkAdvisor.Import;
using NetworkAdvisor.Tests.Cli;
using NetworkAdvisor.Tests.Reports;

namespace NetworkAdvisor.Tests.Robustness;

/// <summary>Every output stays inert with hostile text in every field: CSV cells neutralised, JSON valid and escaped, HTML inert.</summary>
public sealed class OutputSafetyTests
{
    public static TheoryData<string[]> CsvCommands => new()
    {
        new[] { "segments", "{export}", "--by", "company", "--top", "50", "--format", "csv" },
        new[] { "segments", "{export}", "--by", "function", "--format", "csv" },
        new[] { "prune", "{export}", "--as-of", "2026-11-01", "--format", "csv" },
        new[] { "engagement", "{export}", "--as-of", "2026-11-01", "--format", "csv" },
        new[] { "invitations", "{export}", "--as-of", "2026-11-01", "--format", "csv" },
        new[] { "fit", "{export}", "--goal", "sales-pipeline", "--as-of", "2026-11-01", "--format", "csv" },
        new[] { "growth", "{export}", "--as-of", "2026-11-01", "--format", "csv" },
        new[] { "diff", "{export}", "{export}", "--format", "csv" },
    };

    public static TheoryData<string[]> JsonCommands => new()
    {
        new[] { "summary", "{export}", "--format", "json" },
        new[] { "segments", "{export}", "--by", "company", "--format", "json" },
        new[] { "prune", "{export}", "--as-of", "2026-11-01", "--format", "json" },
        new[] { "engagement", "{export}", "--as-of", "2026-11-01", "--format", "json" },
        new[] { "invitations", "{export}", "--as-of", "2026-11-01", "--format", "json" },
        new[] { "fit", "{export}", "--goal", "sales-pipeline", "--as-of", "2026-11-01", "--format", "json" },
        new[] { "growth", "{export}", "--as-of", "2026-11-01", "--format", "json" },
        new[] { "diff", "{export}", "{export}", "--format", "json" },
    };

    [Theory]
    [MemberData(nameof(CsvCommands))]
    public void Csv_cells_never_start_like_a_formula(string[] args)
    {
        using var folder = new TempFolder();
        var export = HostileCorpus.WriteFolder(folder);

        var (exit, output, error) = CliRunner.Run([.. args.Select(a => a.Replace("{export}", export, StringComparison.Ordinal))]);

        Assert.True(exit == 0, error);
        var records = new CsvTokenizer(output, ',').ReadAll().Where(r => !r.IsBlank).ToList();
        Assert.NotEmpty(records);
        Assert.All(records, r => Assert.Null(r.Error));
        var width = records[0].Fields.Length;
        foreach (var record in records)
        {
            Assert.Equal(width, record.Fields.Length);
            foreach (var cell in record.Fields)
            {
                Assert.False(cell.Length > 0 && cell[0] is '=' or '+' or '-' or '@' or '\t' or '\r', $"unsafe cell on line {record.Line}: {cell}");
            }
        }
    }

    [Theory]
    [MemberData(nameof(JsonCommands))]
    public void Json_stays_valid_and_escapes_html_and_line_separators(string[] args)
    {
        using var folder = new TempFolder();
        var export = HostileCorpus.WriteFolder(folder);

        var (exit, output, error) = CliRunner.Run([.. args.Select(a => a.Replace("{export}", export, StringComparison.Ordinal))]);

        Assert.True(exit == 0, error);
        using var json = JsonDocument.Parse(output);
        Assert.DoesNotContain('<', output);
        Assert.DoesNotContain('\u2028', output);
        Assert.DoesNotContain('\u2029', output);
    }

    [Fact]
    public void Classify_output_is_safe_for_every_payload()
    {
        var (exit, csv, _) = CliRunner.RunWithInput(string.Join('\n', HostileCorpus.Payloads.Select(p => p.Replace("\n", " ", StringComparison.Ordinal).Replace("\r", " ", StringComparison.Ordinal))), "classify");
        var (jsonExit, json, _) = CliRunner.RunWithInput(string.Join('\n', HostileCorpus.Payloads.Select(p => p.Replace("\n", " ", StringComparison.Ordinal).Replace("\r", " ", StringComparison.Ordinal))), "classify", "--format", "json");

        Assert.Equal((0, 0), (exit, jsonExit));
        Assert.All(new CsvTokenizer(csv, ',').ReadAll().Where(r => !r.IsBlank).SelectMany(r => r.Fields), cell => Assert.False(cell.Length > 0 && cell[0] is '=' or '+' or '-' or '@' or '\t'));
        using var parsed = JsonDocument.Parse(json);
        Assert.Equal(HostileCorpus.Payloads.Length, parsed.RootElement.GetArrayLength());
    }

    [BrowserFact]
    public void The_report_keeps_every_payload_as_visible_inert_text()
    {
        using var folder = new TempFolder();
        var export = HostileCorpus.WriteFolder(folder, 300);
        var report = Path.Combine(folder.Path, "report.html");

        var (exit, _, error) = CliRunner.Run("report", export, "--goal", "sales-new-clients", "--as-of", "2026-11-01", "-o", report);
        Assert.True(exit == 0, error);
        var (dom, log) = Chromium.DumpDom(report);

        Assert.Equal("Your LinkedIn network for: Identify potential new clients", Regex.Match(dom, "<title>(.*?)</title>", RegexOptions.Singleline).Groups[1].Value);
        var body = Regex.Replace(dom, "<script[^>]*>.*?</script>", string.Empty, RegexOptions.Singleline);
        // No element from the payloads made it into the page: they are all text (the title shows no script ran).
        Assert.DoesNotMatch(new Regex("<(iframe|xss|img)\\b|<b>bold", RegexOptions.IgnoreCase), body);
        Assert.DoesNotMatch(new Regex("<a\\s[^>]*href=\"javascript", RegexOptions.IgnoreCase), body);
        Assert.Contains("&lt;script&gt;document.title='pwned'&lt;/script&gt;", body, StringComparison.Ordinal);
        Assert.DoesNotContain(log.Split('\n'), l => l.Contains("CONSOLE", StringComparison.Ordinal) && l.Contains("Uncaught", StringComparison.Ordinal));
    }
}
