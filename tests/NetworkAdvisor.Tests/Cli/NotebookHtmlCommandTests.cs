using NetworkAdvisor.Charts;
using NetworkAdvisor.Cli;
using NetworkAdvisor.Cli.Notebooks;
using static NetworkAdvisor.Tests.Cli.NotebookFixture;

namespace NetworkAdvisor.Tests.Cli;

/// <summary><c>notebook-html</c>: executed notebooks in, one standalone offline page per notebook out.</summary>
public sealed class NotebookHtmlCommandTests
{
    private static readonly string Executed = Notebook(
        Markdown("# Goal fit\n\nHow the network fits a goal."),
        Code("Console.WriteLine(\"hi\");", Stream("stdout", "hi\n")));

    [Fact]
    public void Exports_a_notebook_with_plotly_inlined_once_and_refuses_to_overwrite_without_force()
    {
        using var folder = new TempFolder();
        var notebook = folder.File("04-goal-fit.ipynb", Executed);
        var page = Path.Combine(folder.Path, "goal-fit.html");

        var (first, stdout, stderr) = CliRunner.Run("notebook-html", notebook, "-o", page);
        var (second, _, refused) = CliRunner.Run("notebook-html", notebook, "-o", page);
        var (forced, _, _) = CliRunner.Run("notebook-html", notebook, "-o", page, "--force");

        Assert.Equal(CliApp.Success, first);
        Assert.Equal(page, stdout.Trim());
        Assert.StartsWith($"Wrote {page} (", stderr, StringComparison.Ordinal);
        Assert.EndsWith("KB): 2 cells, 1 output, 0 charts." + Environment.NewLine, stderr, StringComparison.Ordinal);
        var html = File.ReadAllText(page);
        Assert.StartsWith("<!DOCTYPE html>", html, StringComparison.Ordinal);
        Assert.Contains("<title>Goal fit</title>", html, StringComparison.Ordinal);
        Assert.Contains("default-src 'none'", html, StringComparison.Ordinal);
        Assert.Equal(1, Occurrences(html, PlotlyScript.Source[..200]));
        Assert.Equal(CliApp.BadInput, second);
        Assert.Equal($"network-advisor: {page}: already exists; use --force to overwrite it" + Environment.NewLine, refused);
        Assert.Equal(CliApp.Success, forced);
        Assert.False(File.Exists(page + ".tmp"));
    }

    [Fact]
    public void Several_notebooks_become_one_page_each_in_a_folder_or_next_to_each_notebook()
    {
        using var folder = new TempFolder();
        var first = folder.File("executed/04-goal-fit.ipynb", Executed);
        var second = folder.File("executed/05-growth.ipynb", Notebook(Markdown("# Growth"), Code("1", Plain("1"))));
        var pages = Path.Combine(folder.Path, "site", "notebooks");

        var (toFolder, stdout, _) = CliRunner.Run("notebook-html", first, second, "-o", pages);
        var (nextTo, besides, _) = CliRunner.Run("notebook-html", first, second);

        Assert.Equal(CliApp.Success, toFolder);
        Assert.Equal([Path.Combine(pages, "04-goal-fit.html"), Path.Combine(pages, "05-growth.html")], stdout.Split(Environment.NewLine, StringSplitOptions.RemoveEmptyEntries));
        Assert.Contains("<title>Growth</title>", File.ReadAllText(Path.Combine(pages, "05-growth.html")), StringComparison.Ordinal);
        Assert.Equal(CliApp.Success, nextTo);
        Assert.Equal([Path.ChangeExtension(first, ".html"), Path.ChangeExtension(second, ".html")], besides.Split(Environment.NewLine, StringSplitOptions.RemoveEmptyEntries));
    }

    [Theory]
    [InlineData("-o {folder}/one.html names one page; give a folder to export 2 notebooks", "{a}", "{b}", "-o", "{folder}/one.html")]
    [InlineData("{a} and {other} would both be written to {folder}/out/a.html; export them to different folders", "{a}", "{other}", "-o", "{folder}/out")]
    [InlineData("{a} is given more than once", "{a}", "{a}")]
    [InlineData("-o {a} is one of the notebooks; give a page name such as {folder}/a.html", "{a}", "-o", "{a}", "--force")]
    [InlineData("Required argument missing for command: 'notebook-html'.")]
    public void Wrong_command_lines_exit_2(string expected, params string[] args)
    {
        using var folder = new TempFolder();
        var a = folder.File("a.ipynb", Executed);
        var b = folder.File("b.ipynb", Executed);
        var other = folder.File("other/a.ipynb", Executed);
        string Fill(string text) => text.Replace("{folder}", folder.Path, StringComparison.Ordinal).Replace("{a}", a, StringComparison.Ordinal)
            .Replace("{b}", b, StringComparison.Ordinal).Replace("{other}", other, StringComparison.Ordinal);

        var (exit, stdout, stderr) = CliRunner.Run(["notebook-html", .. args.Select(Fill)]);

        Assert.Equal(CliApp.UsageError, exit);
        Assert.Empty(stdout);
        Assert.StartsWith($"network-advisor: {Fill(expected)}{Environment.NewLine}", stderr, StringComparison.Ordinal);
        Assert.Empty(Directory.GetFiles(folder.Path, "*.html", SearchOption.AllDirectories));
        Assert.Equal(Executed, File.ReadAllText(a));
    }

    [Theory]
    [InlineData(null, "{path}: no such file")]
    [InlineData("<folder>", "{path}: is a folder; give the notebook files, e.g. {path}/*.ipynb")]
    [InlineData("<huge>", "{path}: 268435457 bytes is more than the limit of 268435456 for one notebook")]
    [InlineData("\n", "{path}: is empty, so not a notebook")]
    [InlineData("<!DOCTYPE html><html></html>", "{path}:1: not valid JSON, so not a notebook ('<' is an invalid start of a value)")]
    [InlineData("{\n  \"cells\": [\n    {\"cell_type\": \"code\",, }\n  ]\n}", "{path}:3: not valid JSON, so not a notebook (")]
    [InlineData("[1, 2]", "{path}: not a Jupyter notebook (no \"cells\" list)")]
    [InlineData("{\"cells\": []}", "{path}: not a Jupyter notebook (no \"nbformat\" number)")]
    [InlineData("{\"cells\": [], \"nbformat\": 3}", "{path}: nbformat 3 is not supported; only nbformat 4 notebooks (Jupyter, VS Code, dotnet-repl) can be exported")]
    [InlineData("{\"cells\": [{\"source\": \"x\"}], \"nbformat\": 4}", "{path}: cell 1 is not a notebook cell (no \"cell_type\")")]
    [InlineData("{\"cells\": [{\"cell_type\": \"code\", \"source\": 42}], \"nbformat\": 4}", "{path}: cell 1: \"source\" must be text or a list of text")]
    [InlineData("{\"cells\": [{\"cell_type\": \"code\", \"source\": \"\", \"outputs\": [{\"text\": \"x\"}]}], \"nbformat\": 4}", "{path}: cell 1 has an output without an \"output_type\"")]
    public void Bad_notebooks_exit_1_with_one_line_naming_the_file_and_nothing_is_written(string? content, string expected)
    {
        using var folder = new TempFolder();
        var good = folder.File("good.ipynb", Executed);
        var path = Path.Combine(folder.Path, "bad.ipynb");
        switch (content)
        {
            case null: break;
            case "<folder>": Directory.CreateDirectory(path); break;
            case "<huge>":
                using (var file = File.Create(path))
                {
                    file.SetLength(ExecutedNotebook.MaxBytes + 1);
                }

                break;
            default: File.WriteAllText(path, content); break;
        }

        var (exit, stdout, stderr) = CliRunner.Run("notebook-html", good, path, "-o", Path.Combine(folder.Path, "pages"));

        Assert.Equal(CliApp.BadInput, exit);
        Assert.Empty(stdout);
        Assert.StartsWith("network-advisor: " + expected.Replace("{path}", path, StringComparison.Ordinal), stderr, StringComparison.Ordinal);
        Assert.Single(stderr.Split(Environment.NewLine, StringSplitOptions.RemoveEmptyEntries));
        Assert.DoesNotContain("   at ", stderr, StringComparison.Ordinal);
        Assert.False(Directory.Exists(Path.Combine(folder.Path, "pages")));
    }

    [Fact]
    public void A_page_path_that_is_a_folder_is_refused()
    {
        using var folder = new TempFolder();
        var notebook = folder.File("nb.ipynb", Executed);
        Directory.CreateDirectory(Path.Combine(folder.Path, "nb.html"));

        var (exit, _, stderr) = CliRunner.Run("notebook-html", notebook);

        Assert.Equal(CliApp.BadInput, exit);
        Assert.Equal($"network-advisor: {Path.Combine(folder.Path, "nb.html")}: is a folder; give a file name such as {Path.Combine(folder.Path, "nb.html", "notebook.html")}" + Environment.NewLine, stderr);
    }

    [Theory]
    [InlineData("network", "{path}: blank offline: 1 of 3 outputs and 1 markdown image (they load scripts, styles or images from outside the page, and the page allows no requests)")]
    [InlineData("unexecuted", "{path}: has no outputs; export an executed copy (dotnet-repl --run <notebook> --exit-after-run --output-format ipynb --output-path <copy>)")]
    [InlineData("offline", null)]
    public void One_warning_line_says_what_stays_blank_offline(string kind, string? warning)
    {
        using var folder = new TempFolder();
        var notebook = folder.File(kind + ".ipynb", kind switch
        {
            "network" => Notebook(
                Markdown("# Charts\n\n![logo](https://example.org/logo.png)"),
                Code("chart", Html(NotebookPageTests.PlotlyNetChart(Plotly.NET.PlotlyJSReference.NewRequire("https://cdn.plot.ly/plotly-2.28.0.min"))), Plain("2"), Stream("stdout", "x\n"))),
            "unexecuted" => Notebook(Markdown("# Not run"), Code("1 + 1")),
            _ => Executed,
        });

        var (exit, _, stderr) = CliRunner.Run("notebook-html", notebook);
        var warnings = stderr.Split(Environment.NewLine).Where(l => l.StartsWith("network-advisor: warning: ", StringComparison.Ordinal)).ToList();

        Assert.Equal(CliApp.Success, exit);
        Assert.Equal(warning is null ? [] : ["network-advisor: warning: " + warning.Replace("{path}", notebook, StringComparison.Ordinal)], warnings);
    }

    [Fact]
    public void Help_describes_the_command_with_an_example()
    {
        var (exit, stdout, _) = CliRunner.Run("notebook-html", "--help");

        Assert.Equal(CliApp.Success, exit);
        Assert.Contains("Example: network-advisor notebook-html executed/04-goal-fit.ipynb", stdout, StringComparison.Ordinal);
        Assert.Contains("stay blank", stdout, StringComparison.Ordinal);
    }

    private static int Occurrences(string text, string value)
    {
        var count = 0;
        for (var at = text.IndexOf(value, StringComparison.Ordinal); at >= 0; at = text.IndexOf(value, at + 1, StringComparison.Ordinal))
        {
            count++;
        }

        return count;
    }
}
