using System.IO.Compression;
using NetworkAdvisor.Analysis;
using NetworkAdvisor.Classification;
using NetworkAdvisor.Cli;
using NetworkAdvisor.Import;
using NetworkAdvisor.Samples;

namespace NetworkAdvisor.Tests.Cli;

/// <summary><c>sample --earlier</c>: the same account's export at an earlier date.</summary>
public sealed class SampleCommandTests
{
    [Theory]
    [InlineData("--earlier '01.05.2026' is not a date in the form yyyy-MM-dd", "--as-of", "2026-11-01", "--earlier", "01.05.2026")]
    [InlineData("--earlier '2026-5-1' is not a date in the form yyyy-MM-dd", "--as-of", "2026-11-01", "--earlier", "2026-5-1")]
    [InlineData("--earlier must be from 2004-01-01 to the day before --as-of (2026-11-01), not 2026-11-01", "--as-of", "2026-11-01", "--earlier", "2026-11-01")]
    [InlineData("--earlier must be from 2004-01-01 to the day before --as-of (2026-11-01), not 2027-01-01", "--as-of", "2026-11-01", "--earlier", "2027-01-01")]
    [InlineData("--earlier must be from 2004-01-01 to the day before --as-of (2026-11-01), not 2003-12-31", "--as-of", "2026-11-01", "--earlier", "2003-12-31")]
    [InlineData("--earlier must be from 2004-01-01 to the day before --as-of (2026-11-26), not 2026-11-26", "--earlier", "2026-11-26")]
    public void Earlier_option_errors_are_one_line_usage_errors(string expected, params string[] options)
    {
        using var folder = new TempFolder();
        var target = Path.Combine(folder.Path, "earlier.zip");

        var (exit, output, error) = CliRunner.Run(["sample", "-o", target, "-n", "20", .. options]);

        Assert.Equal(CliApp.UsageError, exit);
        Assert.Empty(output);
        Assert.StartsWith($"network-advisor: {expected}{Environment.NewLine}", error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", error, StringComparison.Ordinal);
        Assert.False(File.Exists(target));
    }

    [Fact]
    public void Earlier_without_a_date_is_a_usage_error()
    {
        using var folder = new TempFolder();

        var (exit, _, error) = CliRunner.Run("sample", "-o", Path.Combine(folder.Path, "s.zip"), "--earlier");

        Assert.Equal(CliApp.UsageError, exit);
        Assert.Contains("--earlier", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Help_explains_earlier_with_an_example()
    {
        var (exit, output, _) = CliRunner.Run("sample", "--help");

        Assert.Equal(0, exit);
        Assert.Contains("--earlier", output, StringComparison.Ordinal);
        Assert.Contains("--as-of 2026-11-01 --earlier 2026-05-01", output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Complete_LinkedInDataExport_05-01-2026.zip")]
    [InlineData("unzipped")]
    public void Earlier_writes_the_same_account_as_it_was_on_that_date(string name)
    {
        using var folder = new TempFolder();
        var earlier = Path.Combine(folder.Path, "earlier", name);
        var later = Path.Combine(folder.Path, "later", "Complete_LinkedInDataExport_11-01-2026.zip");

        var (exit, _, error) = CliRunner.Run("sample", "-o", earlier, "-n", "300", "--seed", "7", "--as-of", "2026-11-01", "--earlier", "2026-05-01");
        Assert.Equal(0, CliRunner.Run("sample", "-o", later, "-n", "300", "--seed", "7", "--as-of", "2026-11-01").Exit);

        Assert.True(exit == 0, error);
        Assert.Contains("as of 2026-05-01", error, StringComparison.Ordinal);
        var written = ExportReader.Read(earlier);
        var expected = SampleExportGenerator.GenerateEarlier(new SampleOptions(300, 7, new DateOnly(2026, 11, 1)), new DateOnly(2026, 5, 1));
        Assert.Empty(written.Issues);
        Assert.Equal(expected.Connections.AsEnumerable(), written.Connections.AsEnumerable());
        Assert.Equal(expected.Positions.AsEnumerable(), written.Positions.AsEnumerable());

        var diff = ExportDiffAnalysis.Compare(
            ConnectionClassifier.Default.Classify(written),
            ConnectionClassifier.Default.Classify(ExportReader.Read(later)),
            ExportDiffAnalysis.DateFromFileName(earlier),
            ExportDiffAnalysis.DateFromFileName(later));
        Assert.NotEmpty(diff.Added);
        Assert.NotEmpty(diff.Removed);
        Assert.NotEmpty(diff.Changed);
    }

    [Fact]
    public void The_archive_is_dated_the_earlier_day()
    {
        using var folder = new TempFolder();
        var target = Path.Combine(folder.Path, "e.zip");

        Assert.Equal(0, CliRunner.Run("sample", "-o", target, "-n", "20", "--as-of", "2026-11-01", "--earlier", "2026-05-01").Exit);

        using var archive = ZipFile.OpenRead(target);
        Assert.All(archive.Entries, e => Assert.Equal(new DateTime(2026, 5, 1), e.LastWriteTime.DateTime.Date));
    }
}
