using System.Globalization;
using Xunit.Abstractions;

namespace NetworkAdvisor.Notebooks.Tests;

/// <summary>Every notebook runs headless in the real .NET Interactive host (dotnet-repl), as VS Code would run it.</summary>
public sealed class NotebookTests(NotebookHost host, ITestOutputHelper log) : IClassFixture<NotebookHost>
{
    public static readonly string[] Named =
    [
        "01-load-your-export", "02-segment-mix", "03-growth", "04-goal-fit", "05-prune-and-invitations", "06-compare-two-exports", "07-build-a-report",
    ];

    public static TheoryData<string> Notebooks()
    {
        var data = new TheoryData<string>();
        foreach (var notebook in Directory.GetFiles(Repo.Notebooks, "*.ipynb").Select(Path.GetFileName).Order(StringComparer.Ordinal))
        {
            data.Add(notebook!);
        }

        return data;
    }

    [Fact]
    public void The_seven_notebooks_are_there_each_with_a_script_twin()
    {
        foreach (var name in Named)
        {
            Assert.True(File.Exists(Path.Combine(Repo.Notebooks, name + ".ipynb")), $"notebooks/{name}.ipynb is missing");
        }

        foreach (var notebook in Directory.GetFiles(Repo.Notebooks, "*.ipynb"))
        {
            var twin = Path.GetFileNameWithoutExtension(notebook)[3..] + ".cs";
            Assert.True(File.Exists(Path.Combine(Repo.Scripts, twin)), $"{Path.GetFileName(notebook)} has no script twin notebooks/scripts/{twin}");
        }
    }

    [Fact]
    public void The_export_script_runs_a_notebook_and_writes_its_offline_page()
    {
        var folder = Path.Combine(Repo.Results, "export-script");
        if (Directory.Exists(folder))
        {
            Directory.Delete(folder, recursive: true);
        }

        var result = host.Dotnet(Repo.Root, ["run", Path.Combine(Repo.Notebooks, "export.cs"), "--", "--out", folder, "01-load-your-export"]);

        Assert.True(result.ExitCode == 0, result.Describe());
        Assert.True(File.Exists(Path.Combine(folder, "executed", "01-load-your-export.ipynb")), result.Describe());
        var page = File.ReadAllText(Path.Combine(folder, "site", "01-load-your-export.html"));
        Assert.Contains("data-networkadvisor-chart", page, StringComparison.Ordinal);
        Assert.Contains("<table", page, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Notebooks))]
    public void The_notebook_runs_in_the_real_host_with_tables_charts_and_no_error(string notebook)
    {
        Directory.CreateDirectory(Repo.Results);
        var executed = Path.Combine(Repo.Results, notebook);
        File.Delete(executed);

        var result = host.Execute(Path.Combine(Repo.Notebooks, notebook), executed);
        log.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{notebook}: exit {result.ExitCode} in {result.Elapsed.TotalSeconds:0.0} s; executed notebook: {executed}"));

        Assert.True(File.Exists(executed), "dotnet-repl wrote no executed notebook\n" + result.Describe());
        var outputs = NotebookOutput.Read(executed);
        var errors = outputs.Where(o => o.Type == "error").ToList();
        Assert.True(
            result.ExitCode == 0 && errors.Count == 0,
            $"{notebook} failed in the real host:\n" + string.Join("\n", errors.Select(e => $"cell {e.Cell}: {e.Text}")) + "\n" + result.Describe());
        Assert.True(host.PackageHash == host.CachedHash, $"the kernel did not use the NetworkAdvisor package packed for this run ({host.CachedPackage})");
        Assert.True(outputs.Any(o => o.Text.Contains("data-networkadvisor-chart", StringComparison.Ordinal)), $"{notebook} shows no inline chart");
        Assert.True(outputs.Any(o => o.Text.Contains("<table", StringComparison.Ordinal)), $"{notebook} shows no HTML table");

        // The executed notebook as a standalone offline page (network-advisor notebook-html): the same charts, tables
        // and plotly.js inlined, with nothing that needs the network (the command warns when something would).
        var page = Path.ChangeExtension(executed, ".html");
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        var exit = NetworkAdvisor.Cli.CliApp.Run(["notebook-html", executed, "-o", page, "--force"], TextReader.Null, stdout, stderr, TimeProvider.System);
        Assert.True(exit == 0, stderr.ToString());
        Assert.DoesNotContain("warning", stderr.ToString(), StringComparison.Ordinal);
        var html = File.ReadAllText(page);
        Assert.Equal(outputs.Sum(o => o.Text.Split("data-networkadvisor-chart").Length - 1), html.Split("data-networkadvisor-chart").Length - 1);
        Assert.Contains("<table", html, StringComparison.Ordinal);
        Assert.Contains("Content-Security-Policy", html, StringComparison.Ordinal);
    }
}
