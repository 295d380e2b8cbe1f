using System.Globalization;
using NetworkAdvisor.Analysis;
using NetworkAdvisor.Import;
using NetworkAdvisor.Scripting;

namespace NetworkAdvisor.Tests.Scripting;

public sealed class ScriptRunnerTests
{
    private static readonly string Script = Path.Combine(Path.GetTempPath(), "repo", "notebooks", "scripts", "goal-fit.cs");

    private static (int Exit, string Output, string Error) Run(string[] args, Func<ScriptArguments, TextWriter, int> body, ScriptSyntax? syntax = null)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exit = ScriptRunner.Run(args, syntax ?? new ScriptSyntax(TakesGoal: true), body, output, error, Script);
        return (exit, output.ToString(), error.ToString());
    }

    public static Exception Failure(string kind) => kind switch
    {
        "export" => new ExportReadException("/data/x.zip: no such file or folder"),
        "argument" => new ArgumentException("No built-in goal is called 'x'."),
        "io" => new IOException("disk full\nwhile writing"),
        "access" => new UnauthorizedAccessException("Access to the path '/out' is denied."),
        "format" => new FormatException("goals.yaml, line 3: not a number"),
        "bug" => new InvalidOperationException("Sequence contains no elements"),
        _ => throw new ArgumentOutOfRangeException(nameof(kind)),
    };

    [Theory]
    [InlineData("export", 1, "goal-fit.cs: /data/x.zip: no such file or folder")]
    [InlineData("argument", 1, "goal-fit.cs: No built-in goal is called 'x'.")]
    [InlineData("io", 1, "goal-fit.cs: disk full while writing")]
    [InlineData("access", 1, "goal-fit.cs: Access to the path '/out' is denied.")]
    [InlineData("format", 1, "goal-fit.cs: goals.yaml, line 3: not a number")]
    [InlineData("bug", 3, "goal-fit.cs: internal error (InvalidOperationException: Sequence contains no elements); please report it")]
    public void Failures_become_one_line_and_an_exit_code(string kind, int exit, string line)
    {
        var result = Run(["x.zip"], (_, _) => throw Failure(kind));

        Assert.Equal(exit, result.Exit);
        Assert.Equal(line + Environment.NewLine, result.Error);
        Assert.Equal(string.Empty, result.Output);
    }

    [Theory]
    [InlineData("--bogus", "goal-fit.cs: unknown option '--bogus'")]
    [InlineData("--as-of|yesterday", "goal-fit.cs: --as-of takes a date as yyyy-MM-dd, not 'yesterday'")]
    [InlineData("a.zip|b.zip", "goal-fit.cs: unexpected argument 'b.zip'")]
    public void A_wrong_command_line_gives_the_message_the_usage_and_exit_2(string args, string message)
    {
        var ran = false;

        var result = Run(args.Split('|'), (_, _) => { ran = true; return 0; });

        Assert.Equal(ScriptRunner.UsageError, result.Exit);
        Assert.False(ran);
        Assert.Equal(
            [message, "usage: dotnet run goal-fit.cs -- [<export>] [--goal <id>] [--as-of yyyy-MM-dd] [--out <folder>]", string.Empty],
            result.Error.Split(Environment.NewLine));
    }

    [Fact]
    public void An_unknown_goal_is_bad_input_with_the_catalogue_message()
    {
        var result = Run(["x.zip", "--goal", "world-domination"], (_, _) => 0);

        Assert.Equal(ScriptRunner.BadInput, result.Exit);
        Assert.StartsWith("goal-fit.cs: No built-in goal is called 'world-domination'. Goals: job-seeking-entry, ", result.Error, StringComparison.Ordinal);
        Assert.Single(result.Error.TrimEnd().Split('\n'));
    }

    [Fact]
    public void A_missing_export_names_the_path_in_one_line()
    {
        var missing = Path.Combine(Path.GetTempPath(), "na-missing-" + Guid.NewGuid().ToString("N"), "export.zip");

        var result = Run([missing], (arguments, _) => Network.Load(arguments.Path).Connections.Length);

        Assert.Equal(ScriptRunner.BadInput, result.Exit);
        Assert.Equal($"goal-fit.cs: {missing}: no such file or folder{Environment.NewLine}", result.Error);
    }

    [Theory]
    [InlineData("-h")]
    [InlineData("--help")]
    [InlineData("x.zip|--goal|nonsense|-?")]
    public void Help_prints_the_usage_and_runs_nothing(string args)
    {
        var result = Run(args.Split('|'), (_, _) => throw new InvalidOperationException("must not run"));

        Assert.Equal(ScriptRunner.Success, result.Exit);
        Assert.StartsWith("usage: dotnet run goal-fit.cs -- [<export>] [--goal <id>]", result.Output, StringComparison.Ordinal);
        Assert.Equal(string.Empty, result.Error);
    }

    [Fact]
    public void Without_a_path_the_sample_next_to_the_script_is_read()
    {
        var result = Run([], (arguments, output) =>
        {
            output.Write(arguments.Path);
            return 0;
        });

        Assert.Equal(Path.Combine(Path.GetTempPath(), "repo", "data-samples", "typical", "Complete_LinkedInDataExport_11-01-2026.zip"), result.Output);
    }

    [Theory]
    [InlineData("Ada\u001b[31mRed", "Ada\\u001B[31mRed")]
    [InlineData("line\rover", "line\\u000Dover")]
    [InlineData("evil\u202Etxt.exe", "evil\\u202Etxt.exe")]
    [InlineData("bell\u0007\u0085", "bell\\u0007\\u0085")]
    [InlineData("Zoë\tKüçük\n", "Zoë\tKüçük\n")]
    public void Control_characters_in_the_output_are_escaped(string text, string printed)
    {
        var result = Run(["x.zip"], (_, output) =>
        {
            output.Write(text);
            output.Write(text.ToCharArray());
            output.Write(text[0]);
            return 0;
        });

        Assert.Equal(printed + printed + printed[0], result.Output);
    }

    [Fact]
    public void Error_messages_are_escaped_too()
    {
        var result = Run(["x.zip"], (_, _) => throw new ExportReadException("\u001b]0;pwned\u0007.zip: no such file or folder"));

        Assert.Equal("goal-fit.cs: \\u001B]0;pwned\\u0007.zip: no such file or folder" + Environment.NewLine, result.Error);
    }

    [Theory]
    [InlineData("de-DE")]
    [InlineData("ar-SA")]
    [InlineData("tr-TR")]
    public void The_body_runs_under_the_invariant_culture_and_the_culture_is_restored(string name)
    {
        var before = CultureInfo.CurrentCulture;
        CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo(name);
        try
        {
            var result = Run(["x.zip"], (_, output) =>
            {
                output.Write($"{1234.5:N1} {new DateOnly(2026, 11, 1):d} {0.25:P0}");
                return 0;
            });

            Assert.Equal("1,234.5 11/01/2026 25 %", result.Output);
            Assert.Equal(name, CultureInfo.CurrentCulture.Name);
        }
        finally
        {
            CultureInfo.CurrentCulture = before;
        }
    }

    [Fact]
    public void Html_is_written_into_the_output_folder_and_its_path_printed()
    {
        using var folder = new TempFolder();
        var target = Path.Combine(folder.Path, "new", "folder");

        var result = Run(["x.zip", "--out", target], (arguments, output) =>
        {
            ScriptRunner.WriteHtml(arguments, "page.html", "<p>ü</p>", output);
            return ScriptRunner.WriteHtml(arguments, "page.html", "<p>second</p>", output) == Path.Combine(target, "page.html") ? 0 : 9;
        });

        Assert.Equal(0, result.Exit);
        Assert.Equal($"wrote {target}/page.html\nwrote {target}/page.html\n".Replace('/', Path.DirectorySeparatorChar), result.Output);
        Assert.Equal("<p>second</p>", File.ReadAllText(Path.Combine(target, "page.html")));
    }

    [Theory]
    [InlineData("../page.html")]
    [InlineData("sub/page.html")]
    [InlineData("")]
    [InlineData("..")]
    public void Html_file_names_cannot_leave_the_output_folder(string fileName)
    {
        var arguments = new ScriptArguments(["x.zip"], null, null, Path.GetTempPath());

        Assert.Throws<ArgumentException>(() => ScriptRunner.WriteHtml(arguments, fileName, "<p></p>", TextWriter.Null));
    }

    [Fact]
    public void The_exit_code_of_the_body_is_returned()
    {
        Assert.Equal(7, Run(["x.zip"], (_, _) => 7).Exit);
    }
}
