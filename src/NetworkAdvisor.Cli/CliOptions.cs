using System.Collections.Frozen;
using System.CommandLine;
using System.Globalization;
using NetworkAdvisor.Classification;
using NetworkAdvisor.Goals;
using NetworkAdvisor.Import;
using NetworkAdvisor.Model;

namespace NetworkAdvisor.Cli;

/// <summary>Arguments and options shared by commands, and reading an export with CLI error handling.</summary>
internal static class CliOptions
{
    public static Argument<string> ExportPath() => new("path")
    {
        Description = "Your LinkedIn export: the .zip, its unzipped folder, or Connections.csv; - reads one CSV or a zip from standard input",
    };

    public static Option<string> Format(params string[] formats)
    {
        var option = new Option<string>("--format", "-f")
        {
            Description = $"Output format: {string.Join(", ", formats)}",
            DefaultValueFactory = _ => formats[0],
        };
        option.AcceptOnlyFromAmong(formats);
        return option;
    }

    public static Option<DateOnly?> AsOf() => Date("--as-of", "The date to analyse as of (yyyy-MM-dd); defaults to today");

    /// <summary>A yyyy-MM-dd date option checked while parsing, so other text is a usage error naming the option.</summary>
    public static Option<DateOnly?> Date(string name, string description) => new(name)
    {
        Description = description,
        CustomParser = result =>
        {
            var text = result.Tokens.Count > 0 ? result.Tokens[0].Value : string.Empty;
            if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
            {
                return date;
            }

            result.AddError($"{name} '{text}' is not a date in the form yyyy-MM-dd");
            return null;
        },
    };

    /// <summary>A whole-number option checked while parsing, so text that is not a number is a usage error, not a crash.</summary>
    public static Option<int> Number(string name, string description, int defaultValue, int min, int max, params string[] aliases)
    {
        var option = new Option<int>(name, aliases)
        {
            Description = description,
            DefaultValueFactory = _ => defaultValue,
            CustomParser = result =>
            {
                var text = result.Tokens.Count > 0 ? result.Tokens[0].Value : string.Empty;
                if (int.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value) && value >= min && value <= max)
                {
                    return value;
                }

                result.AddError(string.Create(CultureInfo.InvariantCulture, $"{name} must be a whole number from {min} to {max}, not '{text}'"));
                return defaultValue;
            },
        };
        return option;
    }

    /// <summary>An optional whole-number option checked while parsing.</summary>
    public static Option<int?> OptionalNumber(string name, string description, int min, int max) => new(name)
    {
        Description = description,
        CustomParser = result =>
        {
            var text = result.Tokens.Count > 0 ? result.Tokens[0].Value : string.Empty;
            if (int.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value) && value >= min && value <= max)
            {
                return value;
            }

            result.AddError(string.Create(CultureInfo.InvariantCulture, $"{name} must be a whole number from {min} to {max}, not '{text}'"));
            return null;
        },
    };

    public static DateOnly Today(CliContext context) => DateOnly.FromDateTime(context.Time.GetUtcNow().UtcDateTime);

    /// <summary>The export path that means "read standard input".</summary>
    public const string StandardInputPath = "-";

    /// <summary>How messages name standard input.</summary>
    public const string StandardInputName = "standard input";

    /// <summary>
    /// How the commands read an export: the default limits, and messages without their texts, which no command shows
    /// (engagement only needs who wrote to whom and when).
    /// </summary>
    public static ExportReadOptions ReadOptions { get; } = ExportReadOptions.Default with { KeepMessageText = false };

    /// <summary>
    /// The files classifying connections needs: the connections, and the owner's positions, which tell ex-colleagues.
    /// Commands that only classify read just these (see <see cref="ExportReadOptions.Kinds"/>).
    /// </summary>
    public static IReadOnlySet<ExportFileKind> ClassificationFiles { get; } = FrozenSet.Create(ExportFileKind.Connections, ExportFileKind.Positions);

    /// <summary>
    /// The files classifying connections and matching messages to them need: <see cref="ClassificationFiles"/>, the
    /// messages, and the owner's profile, which tells the owner's own messages. Commands built on engagement (fit,
    /// prune, engagement) read just these: invitations, endorsements, recommendations, skills and followed companies
    /// change none of their results.
    /// </summary>
    public static IReadOnlySet<ExportFileKind> EngagementFiles { get; } =
        FrozenSet.Create(ExportFileKind.Connections, ExportFileKind.Positions, ExportFileKind.Messages, ExportFileKind.Profile);

    /// <summary>
    /// Reads an export, turning a read failure into a one-line CLI error. The path <c>-</c> reads one
    /// CSV file or a zip archive from standard input (see <see cref="ReadStandardInput"/>). Only files of
    /// <paramref name="kinds"/> are parsed when given (see <see cref="ExportReadOptions.Kinds"/>).
    /// </summary>
    public static ExportBundle Read(string path, CliContext context, IReadOnlySet<ExportFileKind>? kinds = null)
    {
        var options = ReadOptions with { Kinds = kinds };
        if (path == StandardInputPath)
        {
            return ReadStandardInput(context, options);
        }

        ExportGc.Prepare(ExportSize.Of(path), context);
        try
        {
            return ExportReader.Read(path, options);
        }
        catch (ExportReadException ex)
        {
            throw new CliException(ex.Message, CliApp.BadInput);
        }
    }

    /// <summary>
    /// Copies standard input (at most <see cref="ExportReadOptions.MaxFileBytes"/>) into a file in a
    /// private temporary folder, reads it like any export path (a zip is recognised by its content,
    /// anything else is read as one CSV file named <c>stdin.csv</c>) and deletes the folder again.
    /// Messages and the bundle's source say "standard input" instead of the temporary path.
    /// </summary>
    private static ExportBundle ReadStandardInput(CliContext context, ExportReadOptions options)
    {
        var folder = Directory.CreateTempSubdirectory("network-advisor-stdin-");
        try
        {
            // ExportSource recognises a zip by its content, so one name serves both; rows of a CSV are reported under it.
            const string name = "stdin.csv";
            var file = Path.Combine(folder.FullName, name);
            if (CopyInput(context, options.MaxFileBytes, file) == 0)
            {
                throw new CliException($"{StandardInputName}: is empty; pipe a Connections.csv or an export .zip into 'network-advisor ... -'", CliApp.BadInput);
            }

            ExportGc.Prepare(ExportSize.Of(file), context);
            try
            {
                return ExportReader.Read(file, options) with { Source = StandardInputName };
            }
            catch (ExportReadException ex)
            {
                var message = ex.Message.Replace(file, StandardInputName, StringComparison.Ordinal).Replace(name, StandardInputName, StringComparison.Ordinal);
                throw new CliException(message, CliApp.BadInput);
            }
        }
        finally
        {
            try
            {
                folder.Delete(recursive: true);
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                // Best effort: the folder is private to this user and lives in the temporary directory.
            }
        }
    }

    /// <summary>
    /// Writes standard input to <paramref name="file"/> as it arrives, raw when the reader allows it (zip archives), else
    /// its text as UTF-8, and returns how many bytes (raw) or characters (text) it held. Nothing is gathered in memory
    /// first: a team's Connections.csv piped in is over 100 MB.
    /// </summary>
    private static long CopyInput(CliContext context, long limit, string file)
    {
        using var target = new FileStream(file, FileMode.CreateNew, FileAccess.Write, FileShare.None, bufferSize: 0);
        long length = 0;
        var raw = context.OpenRawInput();
        if (raw is not null)
        {
            var chunk = new byte[1 << 16];
            int read;
            while ((read = raw.Read(chunk)) > 0)
            {
                CheckLimit(length += read, limit);
                target.Write(chunk, 0, read);
            }

            return length;
        }

        using var text = new StreamWriter(target, new System.Text.UTF8Encoding(encoderShouldEmitUTF8Identifier: false), 1 << 16);
        var chars = new char[1 << 16];
        int count;
        while ((count = context.In.Read(chars)) > 0)
        {
            CheckLimit(length += count, limit);
            text.Write(chars, 0, count);
        }

        return length;
    }

    private static void CheckLimit(long length, long limit)
    {
        if (length > limit)
        {
            throw new CliException(string.Create(CultureInfo.InvariantCulture, $"{StandardInputName}: more than the limit of {limit} bytes for one file"), CliApp.BadInput);
        }
    }

    /// <summary>Options that shape classification: the user's title rules, company aliases and tags.</summary>
    public static ClassificationOptions Classification() => new(
        new Option<string?>("--rules") { Description = "Your own title rules added to the built-in ones" },
        new Option<string?>("--aliases") { Description = "Company aliases, one 'Alias = Company' per line" },
        new Option<string?>("--tags") { Description = "Your tag rules (.yaml/.yml/.json) or a url,tag list (.csv)" });

    /// <summary>
    /// Reads an export (only files of <paramref name="kinds"/> when given) and classifies its connections with the user's
    /// rules, aliases and tags.
    /// </summary>
    public static (ExportBundle Bundle, IReadOnlyList<ClassifiedConnection> Connections) ReadClassified(
        string path, ParseResult parse, ClassificationOptions options, CliContext context, IReadOnlySet<ExportFileKind>? kinds = null)
    {
        var bundle = Read(path, context, kinds);
        return (bundle, BuildClassifier(parse, options).Classify(bundle));
    }

    /// <summary>Builds the classifier from the options, turning file and format problems into one-line CLI errors.</summary>
    public static ConnectionClassifier BuildClassifier(ParseResult parse, ClassificationOptions options)
    {
        var rulesPath = parse.GetValue(options.Rules);
        var aliasesPath = parse.GetValue(options.Aliases);
        var tagsPath = parse.GetValue(options.Tags);
        try
        {
            var titles = rulesPath is null ? TitleClassifier.Default : TitleClassifier.WithRules(ReadText(rulesPath), Path.GetFileName(rulesPath));
            var companies = aliasesPath is null ? CompanyNormalizer.Default : CompanyNormalizer.WithAliases(ReadText(aliasesPath), Path.GetFileName(aliasesPath));
            var tags = tagsPath is null ? TagRules.None
                : tagsPath.EndsWith(".csv", StringComparison.OrdinalIgnoreCase) ? TagRules.FromUrlCsv(ReadText(tagsPath), Path.GetFileName(tagsPath))
                : TagRules.Parse(ReadText(tagsPath), Path.GetFileName(tagsPath), companies);
            return new ConnectionClassifier(titles, companies, tags);
        }
        catch (FormatException ex)
        {
            throw new CliException(ex.Message, CliApp.BadInput);
        }
    }

    /// <summary>Reads a small text file the user named (UTF-8), with a one-line error when it cannot be read.</summary>
    public static string ReadText(string path)
    {
        try
        {
            return File.ReadAllText(path, System.Text.Encoding.UTF8);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new CliException($"{path}: cannot be read ({ex.Message.ReplaceLineEndings(" ")})", CliApp.BadInput);
        }
    }

    /// <summary>
    /// The goal named by <c>--goal</c> or <c>--goal-file</c> (null when neither), with the companies of
    /// <c>--targets</c> added; unknown ids are usage errors, bad files one-line input errors.
    /// </summary>
    public static Goal? LoadGoal(string? id, string? file, string? targetsPath)
    {
        Goal? goal = null;
        if (id is not null)
        {
            goal = GoalCatalogue.TryGet(id, out var found)
                ? found
                : throw new CliException($"--goal '{id}' is not a built-in goal; run 'network-advisor goals' to list them", CliApp.UsageError);
        }
        else if (file is not null)
        {
            try
            {
                goal = GoalFile.Parse(ReadText(file), Path.GetFileName(file));
            }
            catch (FormatException ex)
            {
                throw new CliException(ex.Message, CliApp.BadInput);
            }
        }

        if (targetsPath is not null)
        {
            if (goal is null)
            {
                throw new CliException("--targets needs a goal (--goal or --goal-file)", CliApp.UsageError);
            }

            goal = goal with { Targets = goal.Targets with { TargetCompanies = [.. goal.Targets.Companies, .. GoalFile.ParseTargets(ReadText(targetsPath))] } };
        }

        return goal;
    }
}
