using System.CommandLine;
using System.Globalization;
using NetworkAdvisor.Analysis;
using NetworkAdvisor.Classification;
using NetworkAdvisor.Cli.Output;
using Spectre.Console;

namespace NetworkAdvisor.Cli.Commands;

/// <summary>
/// <c>growth &lt;path&gt; [--period day|week|month|quarter|year] [--format table|json|csv] [--as-of yyyy-MM-dd]
/// [--goal-min N] [--goal-max N]</c>: new connections per period, the last 12 months, bursts, the yearly mix
/// and projections.
/// </summary>
internal static class GrowthCommand
{
    private const int TopFunctionsShown = 3;

    public static Command Create(CliContext context)
    {
        var path = CliOptions.ExportPath();
        var period = new Option<string>("--period")
        {
            Description = "Length of a row: day, week, month, quarter or year",
            DefaultValueFactory = _ => "month",
        };
        period.AcceptOnlyFromAmong("day", "week", "month", "quarter", "year");
        var format = CliOptions.Format("table", "json", "csv");
        var asOf = CliOptions.AsOf();
        var goalMin = GoalOption("--goal-min", "The low end of your goal's recommended range, to project");
        var goalMax = GoalOption("--goal-max", "The high end of your goal's recommended range, to project");
        var goalId = new Option<string?>("--goal") { Description = "A built-in goal id whose range to project (instead of --goal-min/--goal-max)" };
        var classification = CliOptions.Classification();
        var command = new Command("growth", "Show how your network grew: new connections per period, the last 12 months, bursts, who joined each year, and projections.\nExample: network-advisor growth export.zip --period quarter --goal job-seeking-mid")
        {
            path, period, format, asOf, goalMin, goalMax, goalId,
        };
        classification.AddTo(command);
        command.Validators.Add(r =>
        {
            if (r.GetValue(goalMin) is { } min && r.GetValue(goalMax) is { } max && min > max)
            {
                r.AddError("--goal-min must not be above --goal-max");
            }

            if (r.GetValue(goalId) is { } id && (r.GetValue(goalMin) is not null || r.GetValue(goalMax) is not null))
            {
                r.AddError("give --goal or --goal-min/--goal-max, not both");
            }
            else if (r.GetValue(goalId) is { } known && !NetworkAdvisor.Goals.GoalCatalogue.TryGet(known, out _))
            {
                r.AddError($"--goal '{known}' is not a built-in goal; run 'network-advisor goals' to list them");
            }
        });
        command.SetAction(parse =>
        {
            var (_, connections) = CliOptions.ReadClassified(parse.GetValue(path)!, parse, classification, context, CliOptions.ClassificationFiles);
            var day = parse.GetValue(asOf) ?? CliOptions.Today(context);
            var goal = parse.GetValue(goalId) is { } id && NetworkAdvisor.Goals.GoalCatalogue.TryGet(id, out var found) ? found : null;
            var growth = GrowthTimeline.Compute(
                connections, Enum.Parse<GrowthPeriod>(parse.GetValue(period)!, ignoreCase: true), day, goal?.Min ?? parse.GetValue(goalMin), goal?.Max ?? parse.GetValue(goalMax));
            switch (parse.GetValue(format))
            {
                case "json":
                    JsonOutput.Write(context.Out, GrowthJson.From(growth), JsonOutput.Shapes.GrowthJson);
                    break;
                case "csv":
                    TabularOutput.WriteCsv(
                        context.Out,
                        ["period", "added", "cumulative"],
                        growth.Periods.Select(p => (IReadOnlyList<string>)[p.Label, Integer(p.Added), Integer(p.Cumulative)]));
                    break;
                default:
                    WriteTable(ConsoleOutput.Create(context.Out), growth);
                    break;
            }

            return CliApp.Success;
        });
        return command;
    }

    private static Option<int?> GoalOption(string name, string description) =>
        CliOptions.OptionalNumber(name, description, 0, int.MaxValue);

    private static void WriteTable(IAnsiConsole console, GrowthResult growth)
    {
        var unit = growth.Period.ToString().ToLowerInvariant();
        console.Write(new Rule(Invariant($"New connections by {unit}, as of {Date(growth.AsOf)}")));
        if (growth.Periods.IsEmpty)
        {
            console.Write(ConsoleOutput.Plain(Invariant($"No connections made by {Date(growth.AsOf)}.{Environment.NewLine}")));
        }
        else
        {
            console.Write(TabularOutput.Table(
                ["Period", "From", "To", "Added", "Total"],
                growth.Periods.Select(p => (IReadOnlyList<string>)[
                    p.IsPartial ? p.Label + " (so far)" : p.Label, Date(p.Start), Date(p.End), Number(p.Added), Number(p.Cumulative)]),
                "Added",
                "Total"));
        }

        var excluded = growth.ExcludedAfterAsOf == 0 ? string.Empty : Invariant($" ({Number(growth.ExcludedAfterAsOf)} made after {Date(growth.AsOf)} left out)");
        console.Write(ConsoleOutput.Plain(Invariant($"{Number(growth.Total)} connections{excluded}.{Environment.NewLine}")));
        console.Write(ConsoleOutput.Plain(Invariant(
            $"Last 12 months: {Number(growth.Trailing12Months)} new connections, {growth.MonthlyRate:0.0} a month.{Environment.NewLine}")));

        console.Write(new Rule("Bursts"));
        if (growth.Bursts.IsEmpty)
        {
            console.Write(ConsoleOutput.Plain(Invariant(
                $"No burst: no month added at least {GrowthTimeline.BurstMinimumAdds} connections and {GrowthTimeline.BurstFactor}x the median of the {GrowthTimeline.BurstWindowMonths} months before it.{Environment.NewLine}")));
        }
        else
        {
            console.Write(TabularOutput.Table(
                ["Month", "Added", "Median before", "Factor"],
                growth.Bursts.Select(b => (IReadOnlyList<string>)[
                    b.Month, Number(b.Added), b.TrailingMedian.ToString("0.#", CultureInfo.InvariantCulture),
                    b.Factor is { } factor ? factor.ToString("0.0", CultureInfo.InvariantCulture) + "x" : "from none"]),
                "Added",
                "Median before",
                "Factor"));
            console.Write(ConsoleOutput.Plain(Invariant(
                $"A burst month added at least {GrowthTimeline.BurstMinimumAdds} connections and {GrowthTimeline.BurstFactor}x the median of the {GrowthTimeline.BurstWindowMonths} months before it: check that those contacts serve your goal.{Environment.NewLine}")));
        }

        if (!growth.Years.IsEmpty)
        {
            console.Write(new Rule("Who joined each year"));
            console.Write(TabularOutput.Table(
                ["Year", "Added", "Hidden", "Decision makers", "No function", "Top functions"],
                growth.Years.Select(y => (IReadOnlyList<string>)[
                    y.Year.ToString("D4", CultureInfo.InvariantCulture),
                    Number(y.Added),
                    Number(y.Hidden),
                    y.Added == y.Hidden ? "-" : Invariant($"{Number(y.DecisionMakers)} ({ShareText.Percent(y.DecisionMakerShare)})"),
                    y.Added == y.Hidden ? "-" : ShareText.Percent(y.Functions.Where(f => f.Function == JobFunction.Unknown).Sum(f => f.Share)),
                    string.Join(", ", y.Functions.Where(f => f.Function != JobFunction.Unknown).Take(TopFunctionsShown).Select(f => Invariant($"{f.Name} {f.Share:0%}")))]),
                "Added",
                "Hidden",
                "Decision makers",
                "No function"));
            console.Write(ConsoleOutput.Plain(
                "Shares are of the identified new connections (hidden profiles have no title); 'No function': titles that name no job function." + Environment.NewLine));
        }

        console.Write(new Rule(Invariant($"At {growth.MonthlyRate:0.0} new connections a month")));
        console.Write(TabularOutput.Table(
            ["Target", "Connections", "When"],
            growth.Projections.Select(p => (IReadOnlyList<string>)[TargetName(p.Target), Number(p.Count), When(p)]),
            "Connections"));
    }

    private static string TargetName(GrowthTarget target) => target switch
    {
        GrowthTarget.GoalMin => "Goal minimum",
        GrowthTarget.GoalMax => "Goal maximum",
        _ => "LinkedIn limit",
    };

    private static string When(GrowthProjection projection) => projection.Status switch
    {
        GrowthProjectionStatus.Reached => "reached",
        GrowthProjectionStatus.Never => "never at the current rate",
        _ => projection.Date is { } date
            ? Invariant($"{Date(date)} (in {Months(projection.MonthsNeeded!.Value)}, {Number(projection.Remaining)} to go)")
            : Invariant($"after the year 9999 (in {Months(projection.MonthsNeeded!.Value)})"),
    };

    private static string Months(long months) => months == 1 ? "1 month" : months.ToString("N0", CultureInfo.InvariantCulture) + " months";

    private static string Date(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string Number(int value) => value.ToString("N0", CultureInfo.InvariantCulture);

    private static string Integer(int value) => value.ToString(CultureInfo.InvariantCulture);


    private static string Invariant(FormattableString text) => FormattableString.Invariant(text);
}
