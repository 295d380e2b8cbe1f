using System.CommandLine;
using System.Globalization;
using NetworkAdvisor.Analysis;
using NetworkAdvisor.Cli.Output;
using Spectre.Console;

namespace NetworkAdvisor.Cli.Commands;

/// <summary><c>segments &lt;path&gt; --by &lt;dimension&gt; [--top N] [--format table|json|csv]</c>.</summary>
internal static class SegmentsCommand
{
    public static Command Create(CliContext context)
    {
        var path = CliOptions.ExportPath();
        var by = new Option<SegmentDimension>("--by")
        {
            Description = "function, seniority, company, relationship, tag, emaildomain or connectedyear",
            DefaultValueFactory = _ => SegmentDimension.Function,
        };
        var top = CliOptions.Number("--top", "Segments to list before 'Other'", 10, 1, 1_000_000);
        var format = CliOptions.Format("table", "json", "csv");
        var classification = CliOptions.Classification();
        var command = new Command("segments", "Show the mix of your network by function, seniority, company, relationship, tag, e-mail domain or year.\nExample: network-advisor segments export.zip --by company --top 15")
        {
            path, by, top, format,
        };
        classification.AddTo(command);
        command.SetAction(parse =>
        {
            var (_, connections) = CliOptions.ReadClassified(parse.GetValue(path)!, parse, classification, context, CliOptions.ClassificationFiles);
            var mix = SegmentAnalysis.Mix(connections, parse.GetValue(by), parse.GetValue(top));
            switch (parse.GetValue(format))
            {
                case "json":
                    JsonOutput.Write(context.Out, SegmentsJson.From(mix), JsonOutput.Shapes.SegmentsJson);
                    break;
                case "csv":
                    TabularOutput.WriteCsv(context.Out, ["segment", "count", "share"], mix.Top.Select(s => (IReadOnlyList<string>)[s.Name, Invariant(s.Count), s.Share.ToString("0.####", CultureInfo.InvariantCulture)]));
                    break;
                default:
                    var console = ConsoleOutput.Create(context.Out);
                    console.Write(new Rule(Invariant($"{mix.Total:N0} connections by {mix.Dimension}")));
                    console.Write(TabularOutput.Table(
                        ["Segment", "Count", "Share"],
                        mix.Top.Select(s => (IReadOnlyList<string>)[s.Name, s.Count.ToString("N0", CultureInfo.InvariantCulture), ShareText.Percent(s.Share)]),
                        "Count", "Share"));
                    console.Write(ConsoleOutput.Plain(Invariant(
                        $"Top 5 hold {ShareText.Percent(mix.Top5Share)} of named segments; Herfindahl {mix.Herfindahl:0.000}; worth {mix.EffectiveSegments:0.0} equal segments ({mix.All.Count(s => !s.IsPlaceholder):N0} distinct).{Environment.NewLine}")));
                    break;
            }

            return CliApp.Success;
        });
        return command;
    }

    private static string Invariant(int value) => value.ToString(CultureInfo.InvariantCulture);

    private static string Invariant(FormattableString text) => FormattableString.Invariant(text);
}
