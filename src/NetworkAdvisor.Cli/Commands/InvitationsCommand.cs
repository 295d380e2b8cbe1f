using System.Collections.Frozen;
using System.CommandLine;
using System.Globalization;
using NetworkAdvisor.Analysis;
using NetworkAdvisor.Cli.Output;
using NetworkAdvisor.Import;
using Spectre.Console;

namespace NetworkAdvisor.Cli.Commands;

/// <summary>
/// <c>invitations &lt;path&gt; [--as-of yyyy-MM-dd] [--withdraw-after N] [--top N] [--format table|json|csv]</c>: incoming
/// invitations to accept, review or ignore, outgoing ones to withdraw, and invitations sent per week.
/// </summary>
internal static class InvitationsCommand
{
    private const int WeeksShown = 8;

    /// <summary>
    /// Rows the tables list by default: a team's combined export holds tens of thousands of pending invitations, which
    /// as a terminal table take seconds and gigabytes to lay out and are read by nobody (JSON and CSV list them all).
    /// </summary>
    internal const int DefaultTop = 100;

    /// <summary>The files triage reads: the invitations (connections are always read).</summary>
    private static readonly IReadOnlySet<ExportFileKind> InvitationFiles = FrozenSet.Create(ExportFileKind.Connections, ExportFileKind.Invitations);

    public static Command Create(CliContext context)
    {
        var path = CliOptions.ExportPath();
        var asOf = CliOptions.AsOf();
        var withdrawAfter = new Option<int>("--withdraw-after")
        {
            Description = "Propose withdrawing outgoing invitations pending more than this many days",
            DefaultValueFactory = _ => InvitationTriage.DefaultWithdrawAfterDays,
            CustomParser = result =>
            {
                var text = result.Tokens.Count > 0 ? result.Tokens[0].Value : string.Empty;
                if (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var days))
                {
                    return days;
                }

                result.AddError($"--withdraw-after '{text}' is not a whole number of days (0 or more)");
                return 0;
            },
        };
        var top = CliOptions.Number("--top", "How many incoming invitations (newest first) and invitations to withdraw (oldest first) the tables list; JSON and CSV list all", DefaultTop, 1, 1_000_000);
        var format = CliOptions.Format("table", "json", "csv");
        var command = new Command("invitations", "Triage pending invitations: which incoming ones to accept, review or ignore, which outgoing ones to withdraw, and how many you send a week.\nExample: network-advisor invitations export.zip --withdraw-after 30")
        {
            path, asOf, withdrawAfter, top, format,
        };
        command.SetAction(parse =>
        {
            var bundle = CliOptions.Read(parse.GetValue(path)!, context, InvitationFiles);
            var day = parse.GetValue(asOf) ?? CliOptions.Today(context);
            var triage = InvitationTriage.Analyze(bundle.Invitations, day, parse.GetValue(withdrawAfter));
            switch (parse.GetValue(format))
            {
                case "json":
                    JsonOutput.Write(context.Out, InvitationsJson.From(triage), JsonOutput.Shapes.InvitationsJson);
                    break;
                case "csv":
                    TabularOutput.WriteCsv(
                        context.Out,
                        ["from", "sentAt", "category", "suggestion", "reason"],
                        triage.Incoming.Select(a => (IReadOnlyList<string>)[
                            a.Invitation.From, Timestamp(a.Invitation.SentAt), Camel(a.Category.ToString()), Camel(a.Suggestion.ToString()), a.Reason]));
                    break;
                default:
                    WriteTable(ConsoleOutput.Create(context.Out), triage, parse.GetValue(top));
                    break;
            }

            return CliApp.Success;
        });
        return command;
    }

    private static void WriteTable(IAnsiConsole console, InvitationTriageResult triage, int top)
    {
        var s = triage.Summary;
        console.Write(new Rule(Invariant($"Incoming invitations, as of {Date(triage.AsOf)}")));
        if (triage.Incoming.IsEmpty)
        {
            console.Write(ConsoleOutput.Plain(Invariant($"No incoming invitation is pending.{Environment.NewLine}")));
        }
        else
        {
            console.Write(TabularOutput.Table(
                ["From", "Sent", "Category", "Suggestion", "Reason"],
                triage.Incoming.Take(top).Select(a => (IReadOnlyList<string>)[
                    a.Invitation.From, Minute(a.Invitation.SentAt), CategoryName(a.Category), a.Suggestion.ToString(), a.Reason])));
            WriteMore(console, triage.Incoming.Length, top, "newest", "--format csv or json");
            console.Write(ConsoleOutput.Plain(Invariant(
                $"{Number(s.Incoming)} incoming: {Number(s.Accept)} to accept, {Number(s.Review)} to review, {Number(s.Ignore)} to ignore; {ShareText.Percent(s.PitchOrSpamShare)} are sales pitches or spam.{Environment.NewLine}")));
        }

        console.Write(new Rule(Invariant($"Outgoing invitations pending more than {Number(triage.WithdrawAfterDays)} days")));
        if (triage.Withdraw.IsEmpty)
        {
            console.Write(ConsoleOutput.Plain(Invariant($"None of your {Number(s.Outgoing)} pending outgoing invitations needs withdrawing.{Environment.NewLine}")));
        }
        else
        {
            console.Write(TabularOutput.Table(
                ["To", "Sent", "Days pending"],
                triage.Withdraw.Take(top).Select(w => (IReadOnlyList<string>)[w.Invitation.To, Minute(w.Invitation.SentAt), Number(w.AgeDays)]),
                "Days pending"));
            WriteMore(console, triage.Withdraw.Length, top, "oldest", "--format json");
            console.Write(ConsoleOutput.Plain(Invariant(
                $"Withdraw them: an invitation left pending this long is unlikely to be accepted.{Environment.NewLine}")));
        }

        console.Write(new Rule(Invariant($"Invitations sent per week (LinkedIn allows about {InvitationTriage.WeeklyLimit})")));
        var weeks = triage.Weeks.IsEmpty ? [triage.CurrentWeek] : triage.Weeks.Skip(Math.Max(0, triage.Weeks.Length - WeeksShown)).ToList();
        console.Write(TabularOutput.Table(
            ["Week", "Sent", "Near limit"],
            weeks.Select(w => (IReadOnlyList<string>)[
                w.Week == triage.CurrentWeek.Week ? w.Week + " (so far)" : w.Week, Number(w.Sent), w.NearLimit ? "yes" : string.Empty]),
            "Sent"));
        var notes = new List<string>
        {
            Invariant($"Only pending invitations are in the export, so these counts are lower bounds; a week at {InvitationTriage.NearLimitSent} or more is near the limit."),
        };
        if (s.NearLimitWeeks > 0)
        {
            notes.Add(Invariant($"{Number(s.NearLimitWeeks)} week(s) near the limit: send fewer, more selective invitations."));
        }

        if (s.ExcludedAfterAsOf > 0)
        {
            notes.Add(Invariant($"{Number(s.ExcludedAfterAsOf)} invitation(s) dated after {Date(triage.AsOf)} left out."));
        }

        if (s.UnknownDirection > 0)
        {
            notes.Add(Invariant($"{Number(s.UnknownDirection)} invitation(s) without a direction left out."));
        }

        console.Write(ConsoleOutput.Plain(string.Join(Environment.NewLine, notes) + Environment.NewLine));
    }

    /// <summary>Says how many rows a table left out, and how to see them.</summary>
    private static void WriteMore(IAnsiConsole console, int rows, int top, string which, string formats)
    {
        if (rows > top)
        {
            console.Write(ConsoleOutput.Plain(Invariant(
                $"The {Number(top)} {which} of {Number(rows)} are listed; --top {rows} lists them all, as {formats} does.{Environment.NewLine}")));
        }
    }

    private static string CategoryName(InvitationCategory category) => category switch
    {
        InvitationCategory.PersonalNote => "personal note",
        InvitationCategory.NoNote => "no note",
        InvitationCategory.Recruiter => "recruiter",
        InvitationCategory.SalesPitch => "sales pitch",
        _ => "spam-like",
    };

    private static string Camel(string name) => char.ToLowerInvariant(name[0]) + name[1..];

    private static string Date(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string Timestamp(DateTime time) => time.ToString("yyyy-MM-dd'T'HH:mm:ss", CultureInfo.InvariantCulture);

    private static string Minute(DateTime time) => time.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture);

    private static string Number(int value) => value.ToString("N0", CultureInfo.InvariantCulture);

    private static string Invariant(FormattableString text) => FormattableString.Invariant(text);
}
