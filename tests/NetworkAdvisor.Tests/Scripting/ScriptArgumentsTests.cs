using NetworkAdvisor.Scripting;

namespace NetworkAdvisor.Tests.Scripting;

public sealed class ScriptArgumentsTests
{
    private const string Sample = "<typical>";
    private const string Earlier = "<earlier>";
    private static readonly string Here = Path.Combine(Path.GetTempPath(), "na-here");
    private static readonly string Repository = Path.Combine(Path.GetTempPath(), "na-repo");

    private static ScriptSyntax Syntax(string kind) => kind switch
    {
        "one" => new ScriptSyntax(),
        "goal" => new ScriptSyntax(TakesGoal: true),
        "goal-default" => new ScriptSyntax(TakesGoal: true, DefaultGoal: "sales-new-clients"),
        "two" => new ScriptSyntax(["older", "newer"], TakesAsOf: false),
        "two-default" => new ScriptSyntax(["older", "newer"], DefaultPaths: [ScriptSyntax.EarlierSample, ScriptSyntax.TypicalSample]),
        _ => throw new ArgumentOutOfRangeException(nameof(kind)),
    };

    [Theory]
    //          syntax          arguments (| separated)                                   paths                 goal                  as-of        out
    [InlineData("one", "", Sample, null, null, ".")]
    [InlineData("one", "export.zip", "export.zip", null, null, ".")]
    [InlineData("one", "export.zip|--as-of|2025-02-28", "export.zip", null, "2025-02-28", ".")]
    [InlineData("one", "--as-of=2025-02-28|--out|html|export.zip", "export.zip", null, "2025-02-28", "html")]
    [InlineData("one", "--|--odd name.zip", "--odd name.zip", null, null, ".")]
    [InlineData("one", "-", "-", null, null, ".")]
    [InlineData("goal", "x.zip", "x.zip", null, null, ".")]
    [InlineData("goal", "x.zip|--goal|job-seeking-mid", "x.zip", "job-seeking-mid", null, ".")]
    [InlineData("goal", "--goal=Recruiting-Sourcing|x.zip", "x.zip", "recruiting-sourcing", null, ".")]
    [InlineData("goal-default", "", Sample, "sales-new-clients", null, ".")]
    [InlineData("goal-default", "--goal|sales-pipeline", Sample, "sales-pipeline", null, ".")]
    [InlineData("goal-default", "--goal|none", Sample, null, null, ".")]
    [InlineData("goal-default", "x.zip|--goal=NONE", "x.zip", null, null, ".")]
    [InlineData("two", "old.zip|new.zip|--out|/tmp/na-out", "old.zip;new.zip", null, null, "/tmp/na-out")]
    [InlineData("two-default", "", Earlier + ";" + Sample, null, null, ".")]
    [InlineData("two-default", "a.zip|b.zip|--as-of|2026-01-31", "a.zip;b.zip", null, "2026-01-31", ".")]
    public void Valid_command_lines_parse(string syntax, string arguments, string paths, string? goal, string? asOf, string output)
    {
        var parsed = ScriptArguments.Parse(Split(arguments), Syntax(syntax), Repository, Here);

        Assert.Equal(paths.Split(';').Select(Resolve), parsed.Paths);
        Assert.Equal(goal, parsed.Goal?.Id);
        Assert.Equal(asOf, parsed.AsOf?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(Path.GetFullPath(output, Here), parsed.OutputFolder);
        Assert.Equal(parsed.Paths[0], parsed.Path);
    }

    [Theory]
    [InlineData("one", "a.zip|b.zip", "unexpected argument 'b.zip'")]
    [InlineData("one", "--goal|sales-pipeline", "unknown option '--goal'")]
    [InlineData("one", "-o|html", "unknown option '-o'")]
    [InlineData("one", "--help-me", "unknown option '--help-me'")]
    [InlineData("one", "--as-of|01.11.2026", "--as-of takes a date as yyyy-MM-dd, not '01.11.2026'")]
    [InlineData("one", "--as-of|2026-02-30", "--as-of takes a date as yyyy-MM-dd, not '2026-02-30'")]
    [InlineData("one", "--as-of", "--as-of needs a value")]
    [InlineData("one", "--as-of=", "--as-of needs a value")]
    [InlineData("one", "--out|--as-of|2026-01-01", "--out needs a value")]
    [InlineData("one", "--out|a|--out|b", "--out is given twice")]
    [InlineData("goal", "--goal|x|--goal|y", "--goal is given twice")]
    [InlineData("two", "old.zip", "missing <newer>")]
    [InlineData("two", "", "missing <older>")]
    [InlineData("two-default", "a.zip", "missing <newer>")]
    [InlineData("two", "a|b|--as-of|2026-01-01", "unknown option '--as-of'")]
    public void Wrong_command_lines_are_usage_errors(string syntax, string arguments, string message)
    {
        var error = Assert.Throws<ScriptUsageException>(() => ScriptArguments.Parse(Split(arguments), Syntax(syntax), Repository, Here));

        Assert.Equal(message, error.Message);
    }

    [Fact]
    public void Without_a_repository_there_is_no_default_export()
    {
        var error = Assert.Throws<ScriptUsageException>(() => ScriptArguments.Parse([], new ScriptSyntax(), repository: null, Here));

        Assert.Equal("missing <export>", error.Message);
    }

    [Theory]
    [InlineData("no-such-goal")]
    [InlineData("sales new clients")]
    public void An_unknown_goal_gives_the_catalogue_message(string goal)
    {
        var error = Assert.Throws<ArgumentException>(() => ScriptArguments.Parse(["x.zip", "--goal", goal], new ScriptSyntax(TakesGoal: true), Repository, Here));

        Assert.StartsWith($"No built-in goal is called '{goal}'. Goals: job-seeking-entry, ", error.Message, StringComparison.Ordinal);
    }

    private static string[] Split(string arguments) => arguments.Length == 0 ? [] : arguments.Split('|');

    private static string Resolve(string path) => path switch
    {
        Sample => Path.Combine(Repository, "data-samples", "typical", "Complete_LinkedInDataExport_11-01-2026.zip"),
        Earlier => Path.Combine(Repository, "data-samples", "typical-earlier", "Complete_LinkedInDataExport_05-01-2026.zip"),
        _ => path,
    };
}
