using System.Text.Json;
using NetworkAdvisor.Cli;
using NetworkAdvisor.Import;

namespace NetworkAdvisor.Tests.Cli;

/// <summary>
/// fit, prune and engagement read only <see cref="CliOptions.EngagementFiles"/>: their output does not change when the
/// export has no invitations, endorsements, recommendations, skills or followed companies, and does change when a
/// file they read (messages, the owner's positions, the owner's profile) is missing or different.
/// </summary>
public sealed class EngagementFilesTests(EngagementFilesTests.SampleExport sample) : IClassFixture<EngagementFilesTests.SampleExport>
{
    private static readonly string[] UnusedFiles =
        ["Invitations.csv", "Endorsement_Received_Info.csv", "Recommendations_Received.csv", "Skills.csv", "Company Follows.csv"];

    public static TheoryData<string[]> Commands => new()
    {
        new[] { "engagement", "--format", "json" },
        new[] { "engagement", "--format", "csv" },
        new[] { "prune", "--format", "json" },
        new[] { "prune", "--format", "csv" },
        new[] { "fit", "--goal", "sales-pipeline", "--format", "json" },
    };

    /// <summary>Which file each command's output on the sample depends on, besides Connections.csv.</summary>
    public static TheoryData<string, string[]> Dependencies => new()
    {
        { "messages.csv", ["engagement", "--format", "json"] },
        { "messages.csv", ["prune", "--format", "json"] },
        { "messages.csv", ["fit", "--goal", "sales-pipeline", "--format", "json"] },
        { "Positions.csv", ["prune", "--format", "json"] },
    };

    [Fact]
    public void The_files_read_are_the_classification_files_messages_and_profile()
    {
        Assert.Equal(
            [ExportFileKind.Connections, ExportFileKind.Messages, ExportFileKind.Positions, ExportFileKind.Profile],
            CliOptions.EngagementFiles.Order());
        Assert.True(CliOptions.ClassificationFiles.IsSubsetOf(CliOptions.EngagementFiles));
    }

    [Theory]
    [MemberData(nameof(Commands))]
    public void Files_of_other_kinds_change_nothing(string[] command)
    {
        using var trimmed = sample.Copy();
        foreach (var file in UnusedFiles)
        {
            File.Delete(Path.Combine(trimmed.Path, file));
        }

        Assert.Equal(Run(command, sample.Folder.Path), Run(command, trimmed.Path));
    }

    [Theory]
    [MemberData(nameof(Dependencies))]
    public void A_file_the_command_reads_changes_its_output_when_missing(string file, string[] command)
    {
        using var without = sample.Copy();
        File.Delete(Path.Combine(without.Path, file));

        Assert.NotEqual(Run(command, sample.Folder.Path), Run(command, without.Path));
    }

    [Fact]
    public void The_owners_profile_is_read()
    {
        // The owner is found by the profile's name among the messages' senders; naming the busiest contact instead
        // makes that contact the owner, which changes who the messages are with.
        string[] command = ["engagement", "--format", "json"];
        var before = Run(command, sample.Folder.Path);
        using var json = JsonDocument.Parse(before);
        var contact = json.RootElement.GetProperty("topContacts")[0].GetProperty("name").GetString()!.Split(' ', 2);
        using var other = sample.Copy();
        var profile = Path.Combine(other.Path, "Profile.csv");
        var lines = File.ReadAllText(profile).Split('\n', 2);
        var firstRow = lines[1].Split(',', 3);
        File.WriteAllText(profile, $"{lines[0]}\n{contact[0]},{contact[1]},{firstRow[2]}");

        Assert.NotEqual(before, Run(command, other.Path));
    }

    private static string Run(string[] command, string path)
    {
        var (exit, output, error) = CliRunner.Run([command[0], path, "--as-of", "2026-11-01", .. command[1..]]);
        Assert.True(exit == 0, error);
        return output;
    }

    /// <summary>A generated export of 300 connections with every file, written once for the class.</summary>
    public sealed class SampleExport : IDisposable
    {
        public SampleExport()
        {
            var (exit, _, error) = CliRunner.Run("sample", "-o", Folder.Path, "--connections", "300", "--seed", "7", "--as-of", "2026-11-01");
            Assert.True(exit == 0, error);
            Assert.All(UnusedFiles, file => Assert.True(File.Exists(Path.Combine(Folder.Path, file)), file));
        }

        internal TempFolder Folder { get; } = new();

        /// <summary>A copy of the export in a folder of its own.</summary>
        internal TempFolder Copy()
        {
            var copy = new TempFolder();
            foreach (var file in Directory.EnumerateFiles(Folder.Path))
            {
                File.Copy(file, Path.Combine(copy.Path, Path.GetFileName(file)));
            }

            return copy;
        }

        public void Dispose() => Folder.Dispose();
    }
}
