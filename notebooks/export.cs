// Runs notebooks headless in the real .NET Interactive host and turns them into standalone offline HTML pages.
//   dotnet run notebooks/export.cs                      every notebook -> executed/*.ipynb and site/*.html
//   dotnet run notebooks/export.cs -- 04-goal-fit       only the notebooks named
//   dotnet run notebooks/export.cs -- --out /tmp/x      executed/ and site/ under /tmp/x instead of the repository root
// Needs, once: `dotnet tool restore` (dotnet-repl) and `dotnet run notebooks/setup.cs` (the NetworkAdvisor package).
// The pages hold whatever the notebooks show: with your own export, your connections' names. Treat them like the report.
using System.Diagnostics;
using System.Runtime.CompilerServices;

var notebooks = Folder();
var repo = Path.GetFullPath(Path.Combine(notebooks, ".."));
var outIndex = Array.IndexOf(args, "--out");
if (outIndex >= 0 && outIndex + 1 >= args.Length)
{
    Console.Error.WriteLine("usage: dotnet run notebooks/export.cs -- [--out <folder>] [notebook ...]");
    return 2;
}

var root = outIndex >= 0 ? Path.GetFullPath(args[outIndex + 1]) : repo;
var executed = Path.Combine(root, "executed");
var site = Path.Combine(root, "site");
Directory.CreateDirectory(executed);

var named = args.Where((_, i) => outIndex < 0 || (i != outIndex && i != outIndex + 1)).ToArray();
var names = named.Length > 0
    ? named.Select(a => Path.GetFileNameWithoutExtension(a)).ToArray()
    : [.. Directory.GetFiles(notebooks, "*.ipynb").Select(Path.GetFileNameWithoutExtension).Order(StringComparer.Ordinal).Cast<string>()];
var failed = 0;
foreach (var name in names)
{
    var source = Path.Combine(notebooks, name + ".ipynb");
    if (!File.Exists(source))
    {
        Console.Error.WriteLine($"export: {source}: no such notebook");
        failed++;
        continue;
    }

    // The kernel's working directory is notebooks/, as in VS Code, so the notebooks' relative paths resolve.
    var exit = Dotnet(notebooks, "tool", "run", "dotnet-repl", "--", "--run", name + ".ipynb", "--exit-after-run", "--output-format", "ipynb", "--output-path", Path.Combine(executed, name + ".ipynb"));
    Console.WriteLine(exit == 0 ? $"ran {name}" : $"{name}: a cell failed (dotnet-repl exit {exit}); the page shows the error");
    failed += exit == 0 ? 0 : 1;
}

var pages = names.Select(n => Path.Combine(executed, n + ".ipynb")).Where(File.Exists).ToArray();
if (pages.Length > 0)
{
    var exit = Dotnet(repo, ["run", "--project", Path.Combine(repo, "src", "NetworkAdvisor.Cli"), "-c", "Release", "--", "notebook-html", .. pages, "-o", site, "--force"]);
    failed += exit == 0 ? 0 : 1;
}

return failed == 0 ? 0 : 1;

static int Dotnet(string workingDirectory, params string[] arguments)
{
    var start = new ProcessStartInfo("dotnet") { WorkingDirectory = workingDirectory, RedirectStandardOutput = true };
    foreach (var argument in arguments)
    {
        start.ArgumentList.Add(argument);
    }

    using var process = Process.Start(start) ?? throw new InvalidOperationException("cannot start dotnet");
    var output = process.StandardOutput.ReadToEnd();
    process.WaitForExit();
    if (process.ExitCode != 0 && arguments[0] != "tool")
    {
        Console.Error.Write(output);
    }

    return process.ExitCode;
}

static string Folder([CallerFilePath] string path = "") => Path.GetDirectoryName(path)!;
