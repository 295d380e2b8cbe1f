#:project ../../src/NetworkAdvisor/NetworkAdvisor.csproj

// Script twin of 05-prune-and-invitations.ipynb: the connections worth reviewing for removal, and the pending
// invitations to accept, review, ignore or withdraw.
// Run: dotnet run notebooks/scripts/prune-and-invitations.cs -- [<export>] [--goal <id>|none] [--as-of yyyy-MM-dd] [--out <folder>]
// The goal (whose segments count in the prune reasons) is sales-new-clients unless --goal says otherwise.
using NetworkAdvisor.Analysis;
using NetworkAdvisor.Charts;
using NetworkAdvisor.Reports;
using NetworkAdvisor.Scripting;

return ScriptRunner.Run(args, new ScriptSyntax(TakesGoal: true, DefaultGoal: "sales-new-clients"), (arguments, output) =>
{
    var network = Network.Load(arguments.Path, arguments.AsOf);
    var goal = arguments.Goal;
    output.WriteLine($"{network.Connections.Length:N0} connections as of {network.AsOf:yyyy-MM-dd}{(goal is null ? "; no goal" : $"; goal: {goal.Title} ({goal.Range})")}");
    var prune = network.Prune(goal);
    output.WriteLine($"Connections worth reviewing: {prune.Candidates.Length:N0} of {prune.Considered:N0} (never proposed: {prune.ProtectedColleagues:N0} colleagues, {prune.ProtectedKeepers:N0} keepers)");
    foreach (var candidate in prune.Candidates.Take(20))
    {
        var person = candidate.Connection.Connection;
        var company = person.Company.Length > 0 ? ", " + person.Company : string.Empty;
        output.WriteLine($"  {candidate.Score} {(person.IsHidden ? "(hidden profile)" : person.FullName)}{company}: {string.Join("; ", candidate.Reasons)}");
    }

    var invitations = network.Invitations();
    var s = invitations.Summary;
    output.WriteLine($"Incoming invitations: {s.Incoming:N0}: accept {s.Accept:N0}, review {s.Review:N0}, ignore {s.Ignore:N0} ({s.Recruiter:N0} recruiters, {s.SalesPitch:N0} sales pitches, {s.SpamLike:N0} spam-like)");
    foreach (var invitation in invitations.Incoming.Take(20))
    {
        output.WriteLine($"  {invitation.Suggestion.ToString().ToLowerInvariant()}: {invitation.Invitation.From} ({invitation.Invitation.SentAt:yyyy-MM-dd}): {invitation.Reason}");
    }

    output.WriteLine($"Sent invitations to withdraw (pending more than {invitations.WithdrawAfterDays} days): {invitations.Withdraw.Length:N0}");
    foreach (var stale in invitations.Withdraw.Take(20))
    {
        output.WriteLine($"  {stale.Invitation.To}: sent {stale.Invitation.SentAt:yyyy-MM-dd}, {stale.AgeDays} days ago");
    }

    var page = NotebookHtml.Page(
        "Prune and invitations",
        [prune, NetworkCharts.InvitationBreakdown(invitations), invitations],
        PlotlyScript.Source);
    ScriptRunner.WriteHtml(arguments, "prune-and-invitations.html", page, output);
    return ScriptRunner.Success;
});
