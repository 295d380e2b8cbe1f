using NetworkAdvisor.Cli;

namespace NetworkAdvisor.Tests.Cli;

/// <summary>How large an export is before it is read, and the no-collection region the command line gives it.</summary>
public sealed class ExportGcTests
{
    private const long Mb = 1 << 20;

    /// <summary>Files (relative path, bytes) of a folder export, and the size expected of the folder and of a zip of the same files (under any name).</summary>
    public static TheoryData<string, (string Path, int Bytes)[], long, long> Exports => new()
    {
        { "export as LinkedIn writes it", [("Connections.csv", 300), ("messages.csv", 700), ("Invitations.csv", 40)], 1_040, 300 },
        { "connections only", [("Connections.csv", 500)], 500, 500 },
        { "no file named Connections.csv", [("my-network.csv", 500), ("messages.csv", 70)], 570, 0 },
        { "in a subfolder, any case", [("Basic_LinkedInDataExport/CONNECTIONS.CSV", 120), ("Basic_LinkedInDataExport/Skills.csv", 9)], 129, 120 },
        { "two parts named alike", [("a/Connections.csv", 60), ("b/connections.csv", 40), ("Profile.csv", 5)], 105, 100 },
        { "a name that only contains it", [("Old Connections.csv", 60), ("Connections.csv.bak", 40)], 100, 0 },
    };

    [Theory]
    [MemberData(nameof(Exports))]
    public void A_folder_and_a_zip_add_up_their_files_and_those_named_Connections_csv(string name, (string Path, int Bytes)[] files, long total, long connections)
    {
        using var folder = new TempFolder();
        var export = Path.Combine(folder.Path, "export");
        foreach (var (path, bytes) in files)
        {
            folder.File(Path.Combine("export", path), new string('x', bytes));
        }

        var zip = folder.Zip("export.zip", [.. files.Select(f => (f.Path, new string('x', f.Bytes)))]);
        // Standard input is copied to stdin.csv whatever it holds; a zip is told by its content, as the reader tells it.
        var piped = folder.Zip("stdin.csv", [.. files.Select(f => (f.Path, new string('x', f.Bytes)))]);

        Assert.True(new ExportSize(total, connections) == ExportSize.Of(export), name + " (folder)");
        Assert.True(new ExportSize(total, connections) == ExportSize.Of(zip), name + " (zip)");
        Assert.True(new ExportSize(total, connections) == ExportSize.Of(piped), name + " (zip named stdin.csv)");
    }

    [Fact]
    public void A_single_file_counts_whole_as_connections_and_what_cannot_be_told_is_zero()
    {
        using var folder = new TempFolder();
        var csv = folder.File("anything.csv", new string('x', 321));
        var emptyZip = folder.File("empty.zip", string.Empty);

        Assert.Equal(new ExportSize(321, 321), ExportSize.Of(csv));
        Assert.Equal(default, ExportSize.Of(Path.Combine(folder.Path, "missing")));
        Assert.Equal(default, ExportSize.Of(emptyZip));
        Assert.Equal(default, ExportSize.Of(folder.File("broken.zip", "not a zip archive")));
    }

    /// <summary>Total and Connections.csv MB of a large export, and the region expected in MB.</summary>
    public static TheoryData<string, double, double, double> Regions => new()
    {
        // 3.5 bytes per byte of the export (1,827) beat 64 + 8 x 118 + 1.5 x 404 (1,614).
        { "1,000,000 connections with their messages", 522, 118, 1_827 },
        // 64 + 8 x 118 + 1.5 x 9 beat 3.5 x 127 (444.5).
        { "1,000,000 connections without messages", 127, 118, 1_021.5 },
        // 64 + 8 x 70 beat 3.5 x 70 (245).
        { "connections only", 70, 70, 624 },
        // Nothing named Connections.csv: 3.5 x 200 beat 64 + 1.5 x 200 (364).
        { "connections under another name", 200, 0, 700 },
        // More connections bytes than bytes in all cannot be: at most all of them.
        { "connections over the total", 100, 150, 864 },
    };

    [Theory]
    [MemberData(nameof(Regions))]
    public void A_large_export_gets_the_larger_of_the_estimates_by_bytes_and_by_kind(string name, double totalMb, double connectionsMb, double expectedMb)
    {
        var size = new ExportSize((long)(totalMb * Mb), (long)(connectionsMb * Mb));

        Assert.True(size.Total > ExportGc.LargeExportBytes, name);
        Assert.Equal((long)(expectedMb * Mb), ExportGc.LargeExportRegion(size));
    }
}
