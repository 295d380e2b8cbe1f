using System.Reflection;
using System.Text.RegularExpressions;
using NetworkAdvisor.Cli;
using NetworkAdvisor.Tests.Cli;

namespace NetworkAdvisor.Tests.Robustness;

/// <summary>
/// Keeps docs/bad-input.md honest: every test it names must exist. Also backs the catalogue rows for
/// option and side-file errors that no other test covered.
/// </summary>
public sealed partial class BadInputCatalogueTests
{
    private const string Connections = "First Name,Last Name,URL,Email Address,Company,Position,Connected On\nAda,Lovelace,,,Engines,CTO,08 Feb 2026";

    [Fact]
    public void Every_test_the_catalogue_names_exists()
    {
        var catalogue = File.ReadAllText(Path.Combine(RepositoryRoot(), "docs", "bad-input.md"));
        var tests = typeof(BadInputCatalogueTests).Assembly.GetTypes()
            .SelectMany(t => t.GetMethods(BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly)
                .Where(m => m.GetCustomAttributes<FactAttribute>(inherit: true).Any())
                .Select(m => t.Name + "." + m.Name))
            .ToHashSet(StringComparer.Ordinal);

        var rows = catalogue.Split('\n').Where(l => l.StartsWith("| ", StringComparison.Ordinal) && !l.StartsWith("| case", StringComparison.Ordinal) && !l.StartsWith("|---", StringComparison.Ordinal)).ToList();
        var named = rows.SelectMany(r => TestName().Matches(r.Split('|', StringSplitOptions.RemoveEmptyEntries)[^1]).Select(m => m.Groups[1].Value)).ToList();

        Assert.True(rows.Count >= 60, $"the catalogue table should have a row per case; found {rows.Count}");
        Assert.All(rows, r => Assert.Matches(TestName(), r.Split('|', StringSplitOptions.RemoveEmptyEntries)[^1]));
        Assert.All(named, name => Assert.True(tests.Contains(name), $"docs/bad-input.md names {name}, which is not a test method"));
    }

    [Theory]
    [InlineData("--as-of '26.11.2026' is not a date in the form yyyy-MM-dd", "report", "{export}", "--as-of", "26.11.2026")]
    [InlineData("--top must be a whole number from 1 to 1000000, not '0'", "segments", "{export}", "--top", "0")]
    [InlineData("--connections must be a whole number from 0 to 1000000, not 'abc'", "sample", "-o", "{folder}/s.zip", "-n", "abc")]
    [InlineData("give exactly one of --goal <id> or --goal-file <file>", "fit", "{export}")]
    [InlineData("give at most one of --goal and --goal-file", "report", "{export}", "--goal", "sales-pipeline", "--goal-file", "g.yaml")]
    [InlineData("--withdraw-after 'soon' is not a whole number of days (0 or more)", "invitations", "{export}", "--withdraw-after", "soon")]
    [InlineData("--goal-min must not be above --goal-max", "growth", "{export}", "--goal-min", "5", "--goal-max", "4")]
    [InlineData("give --goal or --goal-min/--goal-max, not both", "growth", "{export}", "--goal", "sales-pipeline", "--goal-min", "5", "--goal-max", "40")]
    [InlineData("--goal 'nope' is not a built-in goal; run 'network-advisor goals' to list them", "growth", "{export}", "--goal", "nope")]
    [InlineData("--goal 'nope' is not a built-in goal; run 'network-advisor goals' to list them", "fit", "{export}", "--goal", "nope")]
    [InlineData("Required argument missing for command: 'diff'.", "diff", "{export}")]
    public void Option_errors_are_usage_errors(string expected, params string[] args)
    {
        using var folder = new TempFolder();
        var export = folder.File("Connections.csv", Connections);

        var (exit, output, error) = CliRunner.Run([.. args.Select(a => a.Replace("{export}", export, StringComparison.Ordinal).Replace("{folder}", folder.Path, StringComparison.Ordinal))]);

        Assert.Equal(CliApp.UsageError, exit);
        Assert.Empty(output);
        Assert.StartsWith($"network-advisor: {expected}{Environment.NewLine}", error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("tags.yaml", null, "--tags", "{folder}/tags.yaml: cannot be read (Could not find file '{folder}/tags.yaml'.)")]
    [InlineData("tags.csv", "just-one-field\n", "--tags", "tags.csv:1: expected 'url,tag'")]
    [InlineData("tags.yaml", "tags:\n  - tag: x\n    titlePattern: \"(\"\n", "--tags", "tags.yaml:3: titlePattern is not a valid pattern (")]
    [InlineData("tags.yaml", "tags:\n  - tag: x\n    relationship: [Cousin]\n", "--tags", "tags.yaml:3: 'Cousin' is not a valid relationship")]
    [InlineData("aliases.txt", "nonsense\n", "--aliases", "aliases.txt:1: expected 'Alias = Company', got 'nonsense'")]
    [InlineData("rules.txt", "[Colour: red]\nred\n", "--rules", "rules.txt:1: unknown section 'Colour' (use Job, Function, Seniority, Stop or Ignore)")]
    [InlineData("rules.txt", null, "--rules", "{folder}/rules.txt: cannot be read (Could not find file '{folder}/rules.txt'.)")]
    [InlineData("goal.yaml", null, "--goal-file", "{folder}/goal.yaml: cannot be read (Could not find file '{folder}/goal.yaml'.)")]
    [InlineData("goal.yaml", "- just\n- a list\n", "--goal-file", "goal.yaml:1: expected a mapping with at least 'min' and 'max' (or 'extends')")]
    [InlineData("keep.txt", null, "--keep", "{folder}/keep.txt: cannot be read (Could not find file '{folder}/keep.txt'.)")]
    public void Side_file_errors_are_one_line_bad_input(string name, string? content, string option, string expected)
    {
        using var folder = new TempFolder();
        var export = folder.File("Connections.csv", Connections);
        var file = content is null ? Path.Combine(folder.Path, name) : folder.File(name, content);
        string[] args = option switch
        {
            "--goal-file" => ["fit", export, option, file],
            "--keep" => ["prune", export, option, file],
            _ => ["segments", export, option, file],
        };

        var (exit, output, error) = CliRunner.Run(args);

        Assert.Equal(CliApp.BadInput, exit);
        Assert.Empty(output);
        Assert.StartsWith("network-advisor: " + expected.Replace("{folder}", folder.Path, StringComparison.Ordinal), error, StringComparison.Ordinal);
        Assert.Single(error.Split(Environment.NewLine, StringSplitOptions.RemoveEmptyEntries));
    }

    /// <summary>The folder holding NetworkAdvisor.sln, found by walking up from the test binaries.</summary>
    private static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "NetworkAdvisor.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("NetworkAdvisor.sln not found above " + AppContext.BaseDirectory);
    }

    [GeneratedRegex(@"`([A-Za-z][A-Za-z0-9]*\.[A-Za-z_][A-Za-z0-9_]*)`")]
    private static partial Regex TestName();
}
