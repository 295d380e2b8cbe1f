using System.Collections.Immutable;
using System.Text;

namespace NetworkAdvisor.Scripting;

/// <summary>
/// What a notebook's script twin accepts on its command line: its paths (by name) and the bundled samples read when
/// they are left out, whether it takes a goal and which one by default, and whether it takes an as-of date. Every
/// script also takes <c>--out &lt;folder&gt;</c>. The usage line is made from the same declaration that
/// <see cref="ScriptArguments.Parse"/> follows, so the two cannot disagree.
/// </summary>
/// <param name="PathNames">
/// The positional paths, e.g. <c>["export"]</c> or <c>["older", "newer"]</c>; by default one path called <c>export</c>.
/// </param>
/// <param name="TakesGoal">True when the script takes <c>--goal &lt;id&gt;</c> (and <c>--goal none</c> for no goal).</param>
/// <param name="DefaultGoal">The goal id used when <c>--goal</c> is left out; null for no goal.</param>
/// <param name="TakesAsOf">True when the script takes <c>--as-of yyyy-MM-dd</c>.</param>
/// <param name="DefaultPaths">
/// Repository-relative exports read when every path is left out, one per path name; by default
/// <see cref="TypicalSample"/> for a one-path script and none (the paths are required) otherwise.
/// </param>
public sealed record ScriptSyntax(
    ImmutableArray<string> PathNames = default,
    bool TakesGoal = false,
    string? DefaultGoal = null,
    bool TakesAsOf = true,
    ImmutableArray<string> DefaultPaths = default)
{
    /// <summary>The bundled sample export (2,500 connections, as of 2026-11-01), relative to the repository root.</summary>
    public const string TypicalSample = "data-samples/typical/Complete_LinkedInDataExport_11-01-2026.zip";

    /// <summary>An earlier export of the same sample account (as of 2026-05-01), relative to the repository root.</summary>
    public const string EarlierSample = "data-samples/typical-earlier/Complete_LinkedInDataExport_05-01-2026.zip";

    /// <summary>The word <c>--goal</c> takes to choose no goal.</summary>
    public const string NoGoal = "none";

    /// <summary>The positional paths by name; never empty.</summary>
    public ImmutableArray<string> PathNames { get; init; } = PathNames.IsDefaultOrEmpty ? ["export"] : PathNames;

    /// <summary>The repository-relative exports read when every path is left out; empty when the paths are required.</summary>
    public ImmutableArray<string> DefaultPaths { get; init; } = !DefaultPaths.IsDefault ? DefaultPaths
        : PathNames.IsDefaultOrEmpty || PathNames.Length == 1 ? [TypicalSample] : [];

    /// <summary>True when every path may be left out (and <see cref="DefaultPaths"/> are read instead).</summary>
    public bool HasDefaultPaths => DefaultPaths.Length > 0 && DefaultPaths.Length == PathNames.Length;

    /// <summary>The one-line usage, e.g. <c>usage: dotnet run goal-fit.cs -- [&lt;export&gt;] [--goal &lt;id&gt;] ...</c>.</summary>
    /// <param name="script">The script's file name, e.g. <c>goal-fit.cs</c>.</param>
    /// <returns>The usage line.</returns>
    public string Usage(string script)
    {
        ArgumentNullException.ThrowIfNull(script);
        var paths = string.Join(' ', PathNames.Select(name => "<" + name + ">"));
        var line = new StringBuilder("usage: dotnet run ").Append(script).Append(" -- ")
            .Append(HasDefaultPaths ? "[" + paths + "]" : paths);
        if (TakesGoal)
        {
            line.Append(" [--goal <id>]");
        }

        if (TakesAsOf)
        {
            line.Append(" [--as-of yyyy-MM-dd]");
        }

        return line.Append(" [--out <folder>]").ToString();
    }

    /// <summary>The usage line followed by what each argument means and its default, for <c>--help</c>.</summary>
    /// <param name="script">The script's file name.</param>
    /// <returns>The help text, one item per line.</returns>
    public string Help(string script)
    {
        var help = new StringBuilder(Usage(script)).Append('\n');
        for (var i = 0; i < PathNames.Length; i++)
        {
            help.Append("  <").Append(PathNames[i]).Append(">  a LinkedIn export: the zip, the unzipped folder or Connections.csv");
            help.Append(HasDefaultPaths ? " (default: the bundled sample " + DefaultPaths[i] + ")\n" : "\n");
        }

        if (TakesGoal)
        {
            help.Append("  --goal <id>  a built-in goal, or '").Append(NoGoal).Append("' (network-advisor goals lists them; default: ")
                .Append(DefaultGoal ?? NoGoal).Append(")\n");
        }

        if (TakesAsOf)
        {
            help.Append("  --as-of yyyy-MM-dd  the date to analyse as of (default: the export's own date)\n");
        }

        return help.Append("  --out <folder>  where the HTML page is written (default: the current folder)").ToString();
    }
}
