using System.CommandLine;
using System.Globalization;
using System.Text;
using NetworkAdvisor.Charts;
using NetworkAdvisor.Cli.Notebooks;
using NetworkAdvisor.Cli.Output;

namespace NetworkAdvisor.Cli.Commands;

/// <summary>
/// <c>notebook-html &lt;executed.ipynb&gt;... [-o file.html | folder] [--force]</c>: one standalone offline HTML page per
/// executed notebook, with its markdown, code, outputs and charts.
/// </summary>
internal static class NotebookHtmlCommand
{
    public static Command Create(CliContext context)
    {
        var notebooks = new Argument<string[]>("notebooks")
        {
            Description = "Executed notebooks (.ipynb with outputs, e.g. from dotnet-repl --output-format ipynb)",
            Arity = ArgumentArity.OneOrMore,
        };
        var output = new Option<string?>("--output", "-o")
        {
            Description = "The page to write (file.html, one notebook) or a folder for <name>.html pages; default: <name>.html next to each notebook",
        };
        var force = new Option<bool>("--force") { Description = "Overwrite pages that exist" };
        var command = new Command("notebook-html", "Turn executed notebooks into standalone offline HTML pages: markdown, code, outputs and charts, with plotly.js inlined. Outputs that load from the internet (Plotly.NET's own chart formatter, images by URL) stay blank; a warning counts them.\nExample: network-advisor notebook-html executed/04-goal-fit.ipynb -o 04-goal-fit.html")
        {
            notebooks, output, force,
        };
        command.SetAction(parse =>
        {
            var plan = Plan(parse.GetValue(notebooks)!, parse.GetValue(output));
            foreach (var (_, target) in plan)
            {
                if (Directory.Exists(target))
                {
                    throw new CliException($"{target}: is a folder; give a file name such as {Path.Combine(target, "notebook.html")}", CliApp.BadInput);
                }

                if (File.Exists(target) && !parse.GetValue(force))
                {
                    throw new CliException($"{target}: already exists; use --force to overwrite it", CliApp.BadInput);
                }
            }

            // Every notebook is read before any page is written, so a bad one leaves nothing half done.
            var loaded = plan.Select(p => (p.Notebook, p.Target, Content: ExecutedNotebook.Load(p.Notebook))).ToList();
            foreach (var (notebook, target, content) in loaded)
            {
                context.Progress($"Writing {target} ...");
                var page = NotebookPage.Render(content, Path.GetFileNameWithoutExtension(notebook), PlotlyScript.Source);
                if (Path.GetDirectoryName(Path.GetFullPath(target)) is { } folder)
                {
                    Directory.CreateDirectory(folder);
                }

                var (bytes, isFile) = OutputFile.Write(target, file =>
                {
                    using var writer = new StreamWriter(file, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false), leaveOpen: true);
                    writer.Write(page.Html);
                });
                context.Error.WriteLine(FormattableString.Invariant(
                    $"Wrote {target} ({bytes / 1024:N0} KB): {Count(page.Cells, "cell")}, {Count(page.Outputs, "output")}, {Count(page.Charts, "chart")}."));
                if (Warning(notebook, page) is { } warning)
                {
                    context.Error.WriteLine($"network-advisor: warning: {warning}");
                }

                if (isFile)
                {
                    context.Out.WriteLine(Path.GetFullPath(target));
                }
            }

            return CliApp.Success;
        });
        return command;
    }

    /// <summary>Which page each notebook becomes.</summary>
    private static List<(string Notebook, string Target)> Plan(string[] notebooks, string? output)
    {
        List<(string Notebook, string Target)> plan;
        if (output is null)
        {
            plan = [.. notebooks.Select(n => (n, Path.ChangeExtension(n, ".html")))];
        }
        else if (IsFolder(output))
        {
            plan = [.. notebooks.Select(n => (n, Path.Combine(output, Path.GetFileNameWithoutExtension(n) + ".html")))];
        }
        else if (notebooks.Length == 1)
        {
            plan = [(notebooks[0], output)];
        }
        else
        {
            throw new CliException(string.Create(CultureInfo.InvariantCulture, $"-o {output} names one page; give a folder to export {notebooks.Length} notebooks"), CliApp.UsageError);
        }

        var inputs = notebooks.Select(Path.GetFullPath).ToHashSet(StringComparer.Ordinal);
        if (plan.FirstOrDefault(p => inputs.Contains(Path.GetFullPath(p.Target))) is { Target: not null } overwrite)
        {
            throw new CliException($"-o {overwrite.Target} is one of the notebooks; give a page name such as {Path.ChangeExtension(overwrite.Target, ".html")}", CliApp.UsageError);
        }

        var clash = plan.GroupBy(p => Path.GetFullPath(p.Target), StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1);
        if (clash is not null)
        {
            var names = clash.Select(p => p.Notebook).Distinct(StringComparer.Ordinal).ToList();
            throw new CliException(
                names.Count == 1
                    ? $"{names[0]} is given more than once"
                    : $"{names[0]} and {names[1]} would both be written to {clash.First().Target}; export them to different folders",
                CliApp.UsageError);
        }

        return plan;
    }

    /// <summary>An existing folder, or a path that does not end in .html/.htm and is not a file.</summary>
    private static bool IsFolder(string output) =>
        Directory.Exists(output) ||
        (!File.Exists(output) && !output.EndsWith(".html", StringComparison.OrdinalIgnoreCase) && !output.EndsWith(".htm", StringComparison.OrdinalIgnoreCase));

    /// <summary>One line on what stays blank offline, or null when everything is in the page.</summary>
    private static string? Warning(string notebook, NotebookPage.Result page)
    {
        var parts = new List<string>();
        if (page.NeedNetwork > 0)
        {
            parts.Add(FormattableString.Invariant($"{page.NeedNetwork} of {Count(page.Outputs, "output")}"));
        }

        if (page.OutsideImages > 0)
        {
            parts.Add(Count(page.OutsideImages, "markdown image"));
        }

        if (parts.Count > 0)
        {
            return $"{notebook}: blank offline: {string.Join(" and ", parts)} (they load scripts, styles or images from outside the page, and the page allows no requests)";
        }

        return page.Outputs == 0 && page.Cells > 0
            ? $"{notebook}: has no outputs; export an executed copy (dotnet-repl --run <notebook> --exit-after-run --output-format ipynb --output-path <copy>)"
            : null;
    }

    private static string Count(int count, string noun) =>
        count.ToString("N0", CultureInfo.InvariantCulture) + " " + noun + (count == 1 ? string.Empty : "s");
}
