using System.CommandLine;
using System.Text;
using NetworkAdvisor.Classification;
using NetworkAdvisor.Cli.Output;
using NetworkAdvisor.Reports;

namespace NetworkAdvisor.Cli.Commands;

/// <summary>
/// <c>classify [FILE|-] [--format csv|json] [--rules FILE]</c>: one title per input line in, one
/// row per input line out, in order, empty lines included.
/// </summary>
internal static class ClassifyCommand
{
    public static Command Create(CliContext context)
    {
        var input = new Argument<string>("file")
        {
            Description = "A UTF-8 text file with one title per line; '-' or nothing reads standard input",
            DefaultValueFactory = _ => "-",
        };
        var format = CliOptions.Format("csv", "json");
        var rules = new Option<string?>("--rules") { Description = "Your own title rules (same format as the built-in rules) added on top" };
        var command = new Command("classify", "Classify job titles into LinkedIn's job function and seniority, with the evidence.\nExample: echo \"Head of Vertrieb\" | network-advisor classify --format json")
        {
            input, format, rules,
        };
        command.SetAction(parse =>
        {
            var classifier = LoadClassifier(parse.GetValue(rules));
            var lines = ReadLines(parse.GetValue(input)!, context.In);
            var results = lines.Select(classifier.Classify).ToList();
            if (parse.GetValue(format) == "json")
            {
                JsonOutput.Write(
                    context.Out,
                    [.. results.Select(r => new ClassifiedTitle(
                        r.Title, Vocabulary.Name(r.Function), Vocabulary.Name(r.Seniority), r.Confidence, r.Evidence))],
                    JsonOutput.Shapes.IReadOnlyListClassifiedTitle);
            }
            else
            {
                TabularOutput.WriteCsv(
                    context.Out,
                    ["title", "function", "seniority"],
                    results.Select(r => (IReadOnlyList<string>)[r.Title, Vocabulary.Name(r.Function), Vocabulary.Name(r.Seniority)]));
            }

            return CliApp.Success;
        });
        return command;
    }

    private static TitleClassifier LoadClassifier(string? rulesPath)
    {
        if (rulesPath is null)
        {
            return TitleClassifier.Default;
        }

        try
        {
            return TitleClassifier.WithRules(File.ReadAllText(rulesPath, Encoding.UTF8), Path.GetFileName(rulesPath));
        }
        catch (FormatException ex)
        {
            throw new CliException(ex.Message, CliApp.BadInput);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new CliException($"{rulesPath}: cannot be read ({ex.Message.ReplaceLineEndings(" ")})", CliApp.BadInput);
        }
    }

    /// <summary>Lines without their line breaks; a final line break does not add an empty line.</summary>
    private static List<string> ReadLines(string path, TextReader stdin)
    {
        string text;
        try
        {
            text = path == "-" ? stdin.ReadToEnd() : File.ReadAllText(path, Encoding.UTF8);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new CliException($"{path}: cannot be read ({ex.Message.ReplaceLineEndings(" ")})", CliApp.BadInput);
        }

        if (text.Length > 0 && text[0] == '\uFEFF')
        {
            text = text[1..];
        }

        var lines = text.Split('\n').Select(line => line.TrimEnd('\r')).ToList();
        if (lines.Count > 0 && lines[^1].Length == 0 && text.EndsWith('\n'))
        {
            lines.RemoveAt(lines.Count - 1);
        }

        return text.Length == 0 ? [] : lines;
    }

    /// <summary>The JSON shape of one classified title.</summary>
    internal sealed record ClassifiedTitle(string Title, string Function, string Seniority, double Confidence, string Evidence);
}
