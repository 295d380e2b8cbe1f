using System.CommandLine;
using System.Globalization;
using NetworkAdvisor.Import;
using NetworkAdvisor.Model;

namespace NetworkAdvisor.Cli;

/// <summary>Arguments and options shared by commands, and reading an export with CLI error handling.</summary>
internal static class CliOptions
{
    public static Argument<string> ExportPath() => new("path")
    {
        Description = "Your LinkedIn export: the .zip, its unzipped folder, or Connections.csv",
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

    public static Option<DateOnly?> AsOf() => new("--as-of")
    {
        Description = "The date to analyse as of (yyyy-MM-dd); defaults to today",
        CustomParser = result =>
        {
            var text = result.Tokens.Count > 0 ? result.Tokens[0].Value : string.Empty;
            if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
            {
                return date;
            }

            result.AddError($"--as-of '{text}' is not a date in the form yyyy-MM-dd");
            return null;
        },
    };

    public static DateOnly Today(CliContext context) => DateOnly.FromDateTime(context.Time.GetUtcNow().UtcDateTime);

    /// <summary>Reads an export, turning a read failure into a one-line CLI error.</summary>
    public static ExportBundle Read(string path)
    {
        try
        {
            return ExportReader.Read(path);
        }
        catch (ExportReadException ex)
        {
            throw new CliException(ex.Message, CliApp.BadInput);
        }
    }
}
