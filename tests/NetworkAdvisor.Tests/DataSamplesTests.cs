using NetworkAdvisor.Analysis;
using NetworkAdvisor.Classification;
using NetworkAdvisor.Import;
using NetworkAdvisor.Tests.Cli;

namespace NetworkAdvisor.Tests;

/// <summary>The committed samples are exactly what the generator makes, and they read without a rejected row.</summary>
public sealed class DataSamplesTests
{
    private static readonly string Root = FindRoot();

    public static TheoryData<string, string[]> Commands => new()
    {
        { "small/Basic_LinkedInDataExport_11-01-2026.zip", ["--connections", "300", "--seed", "7"] },
        { "small/unzipped", ["--connections", "300", "--seed", "7"] },
        { "typical/Complete_LinkedInDataExport_11-01-2026.zip", ["--connections", "2500", "--seed", "42"] },
        { "typical/unzipped", ["--connections", "2500", "--seed", "42"] },
        { "typical-earlier/Complete_LinkedInDataExport_05-01-2026.zip", ["--connections", "2500", "--seed", "42", "--earlier", "2026-05-01"] },
        { "eras/Current/Connections.csv", ["--connections", "120", "--seed", "5", "--era", "Current"] },
        { "eras/Legacy2016/Connections.csv", ["--connections", "120", "--seed", "5", "--era", "Legacy2016"] },
        { "eras/ExcelEuropean/Connections.csv", ["--connections", "120", "--seed", "5", "--era", "ExcelEuropean"] },
        { "eras/MixedEncoding/Connections.csv", ["--connections", "120", "--seed", "5", "--era", "MixedEncoding"] },
        { "eras/UserEdited/Connections.csv", ["--connections", "120", "--seed", "5", "--era", "UserEdited"] },
    };

    [Theory]
    [MemberData(nameof(Commands))]
    public void Committed_samples_are_reproduced_byte_for_byte(string relative, string[] options)
    {
        using var folder = new TempFolder();
        var target = Path.Combine(folder.Path, relative);

        var (exit, _, error) = CliRunner.Run(["sample", "-o", target, "--as-of", "2026-11-01", .. options]);

        Assert.True(exit == 0, error);
        var committed = Path.Combine(Root, "data-samples", relative);
        Assert.Equal(Files(committed), Files(target));
    }

    [Fact]
    public void Every_committed_sample_reads_without_a_rejected_row()
    {
        var samples = Directory.GetFiles(Path.Combine(Root, "data-samples"), "*.zip", SearchOption.AllDirectories)
            .Concat(Directory.GetFiles(Path.Combine(Root, "data-samples"), "Connections.csv", SearchOption.AllDirectories))
            .ToList();

        Assert.True(samples.Count >= 15, $"only {samples.Count} samples found");
        Assert.All(samples, path =>
        {
            var bundle = ExportReader.Read(path);
            Assert.Empty(bundle.Issues);
            Assert.True(bundle.Connections.Length >= 120, path);
        });
    }

    [Fact]
    public void The_typical_pair_is_one_account_half_a_year_apart()
    {
        var older = Path.Combine(Root, "data-samples", "typical-earlier", "Complete_LinkedInDataExport_05-01-2026.zip");
        var newer = Path.Combine(Root, "data-samples", "typical", "Complete_LinkedInDataExport_11-01-2026.zip");
        var before = ExportReader.Read(older);
        var after = ExportReader.Read(newer);

        var diff = ExportDiffAnalysis.Compare(
            ConnectionClassifier.Default.Classify(before),
            ConnectionClassifier.Default.Classify(after),
            ExportDiffAnalysis.DateFromFileName(older),
            ExportDiffAnalysis.DateFromFileName(newer));

        Assert.Equal((new DateOnly(2026, 5, 1), new DateOnly(2026, 11, 1)), (diff.OldDate, diff.NewDate));
        Assert.Equal(after.Connections.Count(c => !c.IsHidden && c.ConnectedOn > new DateOnly(2026, 5, 1)), diff.Added.Length);
        Assert.Equal((116, 43, 114), (diff.Added.Length, diff.Removed.Length, diff.Changed.Length));
        Assert.Equal(before.Profile! with { Headline = after.Profile!.Headline, Summary = after.Profile.Summary }, after.Profile);
    }

    private static Dictionary<string, byte[]> Files(string path) => File.Exists(path)
        ? new() { [Path.GetFileName(path)] = File.ReadAllBytes(path) }
        : Directory.GetFiles(path).ToDictionary(f => Path.GetFileName(f), File.ReadAllBytes);

    private static string FindRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "NetworkAdvisor.sln")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new InvalidOperationException("Repository root not found.");
    }
}
