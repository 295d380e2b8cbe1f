using System.CommandLine;
using System.Globalization;
using NetworkAdvisor.Cli.Output;
using NetworkAdvisor.Goals;

namespace NetworkAdvisor.Cli.Commands;

/// <summary><c>goals [--format table|json|csv]</c>: the built-in goal catalogue.</summary>
internal static class GoalsCommand
{
    public static Command Create(CliContext context)
    {
        var format = CliOptions.Format("table", "json", "csv");
        var command = new Command("goals", "List the built-in goals and their recommended connection ranges.\nExample: network-advisor goals --format csv") { format };
        command.SetAction(parse =>
        {
            var rows = GoalCatalogue.All.Select(g => (IReadOnlyList<string>)[g.Id, g.Title, Number(g.Min), Number(g.Max)]).ToList();
            switch (parse.GetValue(format))
            {
                case "json":
                    JsonOutput.Write(context.Out, [.. GoalCatalogue.All.Select(GoalsJson.From)], JsonOutput.Shapes.IReadOnlyListGoalsJson);
                    break;
                case "csv":
                    TabularOutput.WriteCsv(context.Out, ["id", "title", "min", "max"], rows);
                    break;
                default:
                    ConsoleOutput.Create(context.Out).Write(TabularOutput.Table(["id", "title", "min", "max"], rows, "min", "max"));
                    break;
            }

            return CliApp.Success;
        });
        return command;
    }

    private static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);
}
