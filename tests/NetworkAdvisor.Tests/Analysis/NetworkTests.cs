using NetworkAdvisor.Analysis;
using NetworkAdvisor.Classification;
using NetworkAdvisor.Goals;
using NetworkAdvisor.Import;
using NetworkAdvisor.Reports;

namespace NetworkAdvisor.Tests.Analysis;

/// <summary>The notebook facade gives the same answers as the functions it calls.</summary>
public sealed class NetworkTests
{
    private static readonly string Sample = Path.Combine(RepositoryRoot(), "data-samples", "small", "Basic_LinkedInDataExport_11-01-2026.zip");

    [Fact]
    public void Load_takes_the_date_from_LinkedIns_archive_name()
    {
        var network = Network.Load(Sample);

        Assert.Equal(new DateOnly(2026, 11, 1), network.AsOf);
        Assert.Equal(300, network.Connections.Length);
        Assert.Equal(300, (int)network.Frame.Rows.Count);
    }

    [Fact]
    public void Without_a_dated_name_the_export_date_is_its_latest_date()
    {
        var export = ExportReader.Read(Sample) with { Source = "Connections.csv" };
        var latest = new[]
        {
            export.Connections.Max(c => c.ConnectedOn),
            DateOnly.FromDateTime(export.Messages.Max(m => m.SentAt)),
            DateOnly.FromDateTime(export.Invitations.Max(i => i.SentAt)),
        }.Max();

        Assert.Equal(latest, Network.ExportDate(export));
    }

    [Fact]
    public void An_export_without_any_date_is_as_of_the_clocks_day()
    {
        var export = ExportReader.Read(Sample) with { Source = "Connections.csv", Connections = [], Messages = [], Invitations = [] };

        Assert.Equal(new DateOnly(2027, 3, 4), Network.ExportDate(export, new FixedClock(new DateTimeOffset(2027, 3, 4, 23, 30, 0, TimeSpan.Zero))));
    }

    [Fact]
    public void An_earlier_as_of_date_leaves_out_later_connections()
    {
        var asOf = new DateOnly(2020, 1, 1);

        var network = Network.Load(Sample, asOf);

        Assert.NotEmpty(network.Connections);
        Assert.All(network.Connections, c => Assert.True(c.Connection.ConnectedOn <= asOf));
        Assert.True(network.Connections.Length < 300);
    }

    [Theory]
    [InlineData("sales-new-clients")]
    [InlineData("job-seeking-mid")]
    [InlineData("recruiting-talent-pool")]
    public void Fit_and_prune_match_what_the_report_shows(string goalId)
    {
        var network = Network.Load(Sample);
        var goal = GoalCatalogue.Get(goalId);
        var report = ReportBuilder.Build(network.Export, ConnectionClassifier.Default, goal, network.AsOf, false);

        var fit = network.Fit(goal);

        Assert.Equal(report.Fit!.Score, fit.Score);
        Assert.Equal(report.Fit.Verdict, fit.Verdict);
        Assert.Equal(report.Prune.Candidates.Select(c => c.Connection.Connection.ProfileUrl).ToArray(), network.Prune(goal).Candidates.Select(c => c.Connection.Connection.ProfileUrl).ToArray());
        Assert.Equal(report.Growth.Trailing12Months, network.Growth(GrowthPeriod.Month, goal).Trailing12Months);
    }

    [Fact]
    public void An_unknown_goal_id_names_the_known_ones()
    {
        var error = Assert.Throws<ArgumentException>(() => GoalCatalogue.Get("world-domination"));

        Assert.Contains("'world-domination'", error.Message, StringComparison.Ordinal);
        Assert.Contains("sales-new-clients", error.Message, StringComparison.Ordinal);
    }

    private static string RepositoryRoot()
    {
        var folder = new DirectoryInfo(AppContext.BaseDirectory);
        while (folder is not null && !File.Exists(Path.Combine(folder.FullName, "NetworkAdvisor.sln")))
        {
            folder = folder.Parent;
        }

        return folder?.FullName ?? throw new InvalidOperationException("NetworkAdvisor.sln not found above " + AppContext.BaseDirectory);
    }

    private sealed class FixedClock(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
    }
}
