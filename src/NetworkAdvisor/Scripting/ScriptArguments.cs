using System.Collections.Immutable;
using System.Globalization;
using NetworkAdvisor.Goals;

namespace NetworkAdvisor.Scripting;

/// <summary>
/// The parsed command line of a notebook's script twin (<c>dotnet run notebooks/scripts/goal-fit.cs -- ...</c>):
/// the export path(s), the goal, the as-of date and the folder the HTML page goes to.
/// </summary>
/// <param name="Paths">The export paths as given, or the full paths of the default samples (one, or two for a comparison), in order.</param>
/// <param name="Goal">The goal from <c>--goal</c> or the script's default; null for no goal (<c>--goal none</c>).</param>
/// <param name="AsOf">The date from <c>--as-of</c>; null for the export's own date.</param>
/// <param name="OutputFolder">The full path of the folder HTML pages are written to.</param>
public sealed record ScriptArguments(ImmutableArray<string> Paths, Goal? Goal, DateOnly? AsOf, string OutputFolder)
{
    /// <summary>The first (for most scripts, the only) export path.</summary>
    public string Path => Paths[0];

    /// <summary>
    /// Parses a script's arguments: positional paths, and <c>--goal &lt;id&gt;</c>, <c>--as-of yyyy-MM-dd</c> and
    /// <c>--out &lt;folder&gt;</c> in any order (also as <c>--name=value</c>); after <c>--</c> everything is a path.
    /// Anything else that starts with <c>-</c> (except <c>-</c> itself) is an unknown option.
    /// </summary>
    /// <param name="args">The arguments after <c>dotnet run script.cs --</c>.</param>
    /// <param name="syntax">What the script accepts.</param>
    /// <param name="repository">
    /// The repository root that <see cref="ScriptSyntax.DefaultPaths"/> are relative to; null to require every path.
    /// </param>
    /// <param name="currentFolder">The folder relative output paths start from; the process's current folder when null.</param>
    /// <returns>The arguments.</returns>
    /// <exception cref="ScriptUsageException">The command line does not fit <paramref name="syntax"/>.</exception>
    /// <exception cref="ArgumentException">The goal id is not a built-in goal (the message from <see cref="GoalCatalogue.Get"/>).</exception>
    public static ScriptArguments Parse(IReadOnlyList<string> args, ScriptSyntax syntax, string? repository = null, string? currentFolder = null)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(syntax);
        var paths = new List<string>();
        var options = new Dictionary<string, string>(StringComparer.Ordinal);
        var onlyPaths = false;
        for (var i = 0; i < args.Count; i++)
        {
            var arg = args[i] ?? throw new ScriptUsageException("an argument is missing (null)");
            if (onlyPaths || arg == "-" || !arg.StartsWith('-'))
            {
                paths.Add(arg);
                continue;
            }

            if (arg == "--")
            {
                onlyPaths = true;
                continue;
            }

            var equals = arg.IndexOf('=', StringComparison.Ordinal);
            var name = equals < 0 ? arg : arg[..equals];
            if (!Takes(syntax, name))
            {
                throw new ScriptUsageException($"unknown option '{name}'");
            }

            string value;
            if (equals >= 0)
            {
                value = arg[(equals + 1)..];
            }
            else if (i + 1 < args.Count && args[i + 1] is { } next && !next.StartsWith("--", StringComparison.Ordinal))
            {
                value = next;
                i++;
            }
            else
            {
                throw new ScriptUsageException($"{name} needs a value");
            }

            if (value.Length == 0)
            {
                throw new ScriptUsageException($"{name} needs a value");
            }

            if (!options.TryAdd(name, value))
            {
                throw new ScriptUsageException($"{name} is given twice");
            }
        }

        if (paths.Count == 0 && syntax.HasDefaultPaths && repository is not null)
        {
            paths.AddRange(syntax.DefaultPaths.Select(p => System.IO.Path.GetFullPath(System.IO.Path.Combine(repository, p))));
        }

        if (paths.Count != syntax.PathNames.Length)
        {
            throw new ScriptUsageException(paths.Count < syntax.PathNames.Length
                ? $"missing <{syntax.PathNames[paths.Count]}>"
                : $"unexpected argument '{paths[syntax.PathNames.Length]}'");
        }

        var goalId = options.GetValueOrDefault("--goal") ?? syntax.DefaultGoal;
        if (string.Equals(goalId, ScriptSyntax.NoGoal, StringComparison.OrdinalIgnoreCase))
        {
            goalId = null;
        }

        var output = options.GetValueOrDefault("--out") ?? ".";
        return new ScriptArguments(
            [.. paths],
            goalId is null ? null : GoalCatalogue.Get(goalId),
            options.TryGetValue("--as-of", out var asOf) ? Date(asOf) : null,
            System.IO.Path.GetFullPath(output, currentFolder ?? Directory.GetCurrentDirectory()));
    }

    private static bool Takes(ScriptSyntax syntax, string option) => option switch
    {
        "--out" => true,
        "--goal" => syntax.TakesGoal,
        "--as-of" => syntax.TakesAsOf,
        _ => false,
    };

    private static DateOnly Date(string text) =>
        DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? date
            : throw new ScriptUsageException($"--as-of takes a date as yyyy-MM-dd, not '{text}'");
}
