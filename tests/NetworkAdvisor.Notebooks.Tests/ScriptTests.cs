using NetworkAdvisor.Analysis;
using NetworkAdvisor.Export;
using NetworkAdvisor.Goals;
using NetworkAdvisor.Import;
using NetworkAdvisor.Model;
using NetworkAdvisor.Reports;
using Xunit.Abstractions;
using static System.FormattableString;

namespace NetworkAdvisor.Notebooks.Tests;

/// <summary>
/// Every script twin runs with <c>dotnet run</c> and prints the findings the library computes for the same export;
/// the pages it writes hold charts. Expected values come from the library in this process, not from the script.
/// </summary>
public sealed class ScriptTests(ITestOutputHelper log)
{
    private static readonly string Pages = Path.Combine(Repo.Results, "scripts");

    [Fact]
    public void Load_your_export_reads_the_bundled_sample_by_default_and_reports_every_file()
    {
        var summary = Network.Load(Repo.Sample).Summary;

        var lines = ScriptRun.Succeeded(ScriptRun.Run(log, Repo.Root, "load-your-export.cs", "--out", Pages));

        Assert.Contains("Export: " + Repo.Sample, lines);
        Assert.Contains(Invariant($"Connections: {summary.Connections:N0} ({summary.HiddenProfiles:N0} hidden profiles)"), lines);
        Assert.Contains(Invariant($"Rejected rows: {summary.Rejected.Length:N0}"), lines);
        Assert.NotEmpty(summary.Files);
        foreach (var file in summary.Files)
        {
            Assert.Contains(Invariant($"  {file.Path} ({file.Kind}): {file.RowsRead:N0} rows, {file.RowsLoaded:N0} loaded, {file.RowsRejected:N0} rejected"), lines);
        }

        AssertPage(ScriptRun.Written(lines, Path.Combine(Pages, "load-your-export.html")));
    }

    [Fact]
    public void Segment_mix_prints_the_top_segments_of_each_dimension()
    {
        var network = Network.Load(Repo.Sample);

        var lines = ScriptRun.Succeeded(ScriptRun.Run(log, Repo.Root, "segment-mix.cs", Repo.Sample, "--out", Pages));

        foreach (var mix in new[] { network.Mix(SegmentDimension.Function, 12), network.Mix(SegmentDimension.Seniority, 11), network.Mix(SegmentDimension.Company, 15), network.Mix(SegmentDimension.Relationship) })
        {
            Assert.Contains(Invariant($"By {mix.Dimension.ToString().ToLowerInvariant()}: top 5 hold {ShareText.Percent(mix.Top5Share)}, effective number of segments {mix.EffectiveSegments:0.0}"), lines);
            foreach (var segment in mix.Top)
            {
                Assert.Contains(Invariant($"  {segment.Name}: {segment.Count:N0} ({ShareText.Percent(segment.Share)})"), lines);
            }
        }

        AssertPage(ScriptRun.Written(lines, Path.Combine(Pages, "segment-mix.html")));
    }

    [Fact]
    public void Growth_uses_the_goal_and_the_as_of_date()
    {
        var asOf = new DateOnly(2025, 6, 30);
        var goal = GoalCatalogue.Get("sales-pipeline");
        var growth = Network.Load(Repo.Sample, asOf).Growth(GrowthPeriod.Month, goal);

        var lines = ScriptRun.Succeeded(ScriptRun.Run(log, Repo.Root, "growth.cs", Repo.Sample, "--goal", "sales-pipeline", "--as-of", "2025-06-30", "--out", Pages));

        Assert.Contains(Invariant($"Last 12 months: {growth.Trailing12Months:N0} added ({growth.MonthlyRate:0.00} a month)"), lines);
        Assert.Contains(Invariant($"Bursts: {growth.Bursts.Length}"), lines);
        Assert.Contains(Invariant($"{growth.Total:N0} connections as of 2025-06-30; goal: {goal.Title} ({goal.Range})"), lines);
        Assert.Equal(3, growth.Projections.Length);
        foreach (var projection in growth.Projections)
        {
            Assert.Contains(lines, l => l.StartsWith(Invariant($"  {projection.Target} ({projection.Count:N0}): "), StringComparison.Ordinal));
        }
        AssertPage(ScriptRun.Written(lines, Path.Combine(Pages, "growth.html")));
    }

    [Theory]
    [InlineData(null, null)]
    [InlineData("job-seeking-senior", "2024-12-31")]
    public void Goal_fit_prints_the_score_verdict_and_checks_the_library_computes(string? goalId, string? asOf)
    {
        var date = asOf is null ? (DateOnly?)null : DateOnly.ParseExact(asOf, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        var network = Network.Load(Repo.Sample, date);
        var fit = network.Fit(GoalCatalogue.Get(goalId ?? "sales-new-clients"));
        var engagement = network.Engagement();
        var catalogue = network.Report().CatalogueFits;
        string[] options = [.. goalId is null ? [] : new[] { "--goal", goalId }, .. asOf is null ? [] : new[] { "--as-of", asOf }];

        var lines = ScriptRun.Succeeded(ScriptRun.Run(log, Repo.Root, "goal-fit.cs", [Repo.Sample, .. options, "--out", Pages]));

        Assert.Contains(Invariant($"Fit score: {fit.Score}/100"), lines);
        Assert.Contains("Verdict: " + fit.Verdict, lines);
        foreach (var check in fit.Checks)
        {
            Assert.Contains(lines, l => l.Contains(Invariant($"] {check.Name}: {check.Value} (target {check.Target})"), StringComparison.Ordinal));
        }

        Assert.Contains(lines, l => l.StartsWith(Invariant($"Engagement: {ShareText.Percent(engagement.EngagedShare)} messaged in the last 12 months"), StringComparison.Ordinal));
        foreach (var other in catalogue)
        {
            Assert.Contains(lines, l => l.StartsWith(Invariant($"  {other.Goal.Id} ({other.Goal.Range}): {other.Score}/100, "), StringComparison.Ordinal));
        }

        AssertPage(ScriptRun.Written(lines, Path.Combine(Pages, "goal-fit.html")));
    }

    [Fact]
    public void Prune_and_invitations_prints_the_candidates_and_the_triage()
    {
        var network = Network.Load(Repo.Sample);
        var prune = network.Prune(GoalCatalogue.Get("sales-new-clients"));
        var triage = network.Invitations().Summary;

        var lines = ScriptRun.Succeeded(ScriptRun.Run(log, Repo.Root, "prune-and-invitations.cs", Repo.Sample, "--out", Pages));

        Assert.Contains(lines, l => l.StartsWith(Invariant($"Connections worth reviewing: {prune.Candidates.Length:N0} of {prune.Considered:N0} "), StringComparison.Ordinal));
        var top = prune.Candidates[0];
        Assert.Contains(lines, l => l.StartsWith(Invariant($"  {top.Score} {top.Connection.Connection.FullName}"), StringComparison.Ordinal));
        Assert.Contains(lines, l => l.StartsWith(Invariant($"Incoming invitations: {triage.Incoming:N0}: accept {triage.Accept:N0}, review {triage.Review:N0}, ignore {triage.Ignore:N0}"), StringComparison.Ordinal));
        AssertPage(ScriptRun.Written(lines, Path.Combine(Pages, "prune-and-invitations.html")));
    }

    [Fact]
    public void Compare_two_exports_compares_the_bundled_earlier_and_later_samples_by_default()
    {
        var diff = Network.Load(Repo.Sample).ChangesSince(Network.Load(Repo.EarlierSample));
        Assert.NotEmpty(diff.Removed);
        Assert.NotEmpty(diff.Changed);

        var lines = ScriptRun.Succeeded(ScriptRun.Run(log, Repo.Root, "compare-two-exports.cs", "--out", Pages));

        Assert.Contains(Invariant($"Added: {diff.Added.Length:N0}; removed: {diff.Removed.Length:N0}; changed jobs: {diff.Changed.Length:N0}; unchanged: {diff.Unchanged:N0}"), lines);
        Assert.Contains(Invariant($"Net growth: {diff.NetGrowth:+#,0;-#,0;0} in {diff.Days:N0} days"), lines);
        AssertPage(ScriptRun.Written(lines, Path.Combine(Pages, "compare-two-exports.html")));
    }

    [Fact]
    public void Compare_two_exports_counts_who_was_added_removed_and_changed_jobs()
    {
        var older = Path.Combine(Pages, "Basic_LinkedInDataExport_05-01-2026.zip");
        WriteOlderExport(older);
        var diff = Network.Load(Repo.Sample).ChangesSince(Network.Load(older));
        Assert.Equal(5, diff.Removed.Length);
        Assert.NotEmpty(diff.Changed);

        var lines = ScriptRun.Succeeded(ScriptRun.Run(log, Repo.Root, "compare-two-exports.cs", older, Repo.Sample, "--out", Pages));

        Assert.Contains(Invariant($"Added: {diff.Added.Length:N0}; removed: {diff.Removed.Length:N0}; changed jobs: {diff.Changed.Length:N0}; unchanged: {diff.Unchanged:N0}"), lines);
        Assert.Contains(lines, l => l.StartsWith(Invariant($"Net growth: {diff.NetGrowth:+#,0;-#,0;0} in {diff.Days:N0} days"), StringComparison.Ordinal));
        AssertPage(ScriptRun.Written(lines, Path.Combine(Pages, "compare-two-exports.html")));
    }

    [Fact]
    public void Build_a_report_writes_the_report_for_the_default_goal_with_every_chart()
    {
        var report = Network.Load(Repo.Sample).Report(GoalCatalogue.Get("sales-new-clients"));

        var lines = ScriptRun.Succeeded(ScriptRun.Run(log, Repo.Root, "build-a-report.cs", Repo.Sample, "--out", Pages));

        Assert.Contains(Invariant($"Fit score: {report.Fit!.Score}/100"), lines);
        Assert.Contains("Verdict: " + report.Fit.Verdict, lines);
        var html = ScriptRun.Written(lines, Path.Combine(Pages, "network-report.html"));
        Assert.Equal(ReportCharts.For(report).Count, html.Split("<script type=\"application/json\" data-chart=\"").Length - 1);
    }

    [Fact]
    public void Build_a_report_without_a_goal_compares_every_goal_and_writes_the_report_into_the_current_folder()
    {
        var report = Network.Load(Repo.Sample).Report();
        var here = Path.Combine(Pages, "report-in-current-folder");
        Directory.CreateDirectory(here);

        var lines = ScriptRun.Succeeded(ScriptRun.Run(log, here, "build-a-report.cs", Repo.Sample, "--goal", "none"));

        Assert.Contains("How the network fits each built-in goal:", lines);
        foreach (var fit in report.CatalogueFits)
        {
            Assert.Contains(lines, l => l.StartsWith(Invariant($"  {fit.Goal.Id} ({fit.Goal.Range}): {fit.Score}/100, "), StringComparison.Ordinal));
        }

        var html = ScriptRun.Written(lines, Path.Combine(here, "network-report.html"));
        Assert.Equal(ReportCharts.For(report).Count, html.Split("<script type=\"application/json\" data-chart=\"").Length - 1);
    }

    [Fact]
    public void A_missing_export_is_one_line_on_stderr_naming_it_and_exit_code_1()
    {
        var missing = Path.Combine(Pages, "no-such-export", "Basic_LinkedInDataExport_01-01-2026.zip");

        var result = ScriptRun.Run(log, Repo.Root, "goal-fit.cs", missing, "--out", Pages);

        Assert.True(result.ExitCode == 1, result.Describe());
        Assert.Equal($"goal-fit.cs: {missing}: no such file or folder\n", result.Error);
        Assert.DoesNotContain("   at ", result.Output + result.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--goal|world-domination", 1, "goal-fit.cs: No built-in goal is called 'world-domination'. Goals: ")]
    [InlineData("--as-of|1.11.2026", 2, "goal-fit.cs: --as-of takes a date as yyyy-MM-dd, not '1.11.2026'\nusage: dotnet run goal-fit.cs -- ")]
    [InlineData("--verbose", 2, "goal-fit.cs: unknown option '--verbose'\nusage: dotnet run goal-fit.cs -- ")]
    public void Wrong_options_are_one_clear_message_and_an_exit_code(string options, int exit, string error)
    {
        var result = ScriptRun.Run(log, Repo.Root, "goal-fit.cs", [Repo.Sample, .. options.Split('|'), "--out", Pages]);

        Assert.True(result.ExitCode == exit, result.Describe());
        Assert.StartsWith(error, result.Error, StringComparison.Ordinal);
        Assert.Equal(string.Empty, result.Output);
        Assert.DoesNotContain("   at ", result.Error, StringComparison.Ordinal);
    }

    private static void AssertPage(string html)
    {
        Assert.Contains("data-networkadvisor-chart", html, StringComparison.Ordinal);
        Assert.Contains("<table", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<script src", html, StringComparison.OrdinalIgnoreCase);
    }

    // An earlier export of the sample's account: the connections made by 2026-05-01, five people who are gone from
    // the newer export, and a job change for every 40th person.
    private static void WriteOlderExport(string path)
    {
        var newer = ExportReader.Read(Repo.Sample);
        var kept = newer.Connections.Where(c => c.ConnectedOn <= new DateOnly(2026, 5, 1))
            .Select((c, i) => i % 40 == 7 && !c.IsHidden ? c with { Company = "Earlier Employer GmbH", Position = "Consultant" } : c)
            .ToList();
        var gone = kept.Where(c => !c.IsHidden).Take(5)
            .Select((c, i) => c with { FirstName = "Former", LastName = Invariant($"Contact {i + 1}"), ProfileUrl = Invariant($"https://www.linkedin.com/in/former-contact-{i + 1}") });
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        ExportWriter.WriteZip(ExportBundle.Empty(path) with { Connections = [.. kept, .. gone] }, path, new DateTime(2026, 5, 1, 0, 0, 0, DateTimeKind.Unspecified));
    }
}
