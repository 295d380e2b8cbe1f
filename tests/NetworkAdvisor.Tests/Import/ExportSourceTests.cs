using System.Text;
using NetworkAdvisor.Import;

namespace NetworkAdvisor.Tests.Import;

/// <summary>
/// Reading a file of an export folder: small files are read, large regular files mapped into memory (see
/// <see cref="FileBytes.Map"/>); either way the bytes are the file's bytes when it is read, also when it grew after the
/// folder was listed, and a large export reads exactly as the same files in a zip (which are never mapped).
/// </summary>
public sealed class ExportSourceTests
{
    /// <summary>File lengths below and above the mapping threshold, and whether the file grows after it is listed.</summary>
    public static TheoryData<int, bool> Files => new()
    {
        { 10_000, false },
        { 10_000, true },
        { FileBytes.MapFromBytes + 1, false },
        { FileBytes.MapFromBytes + 1, true },
        { (2 * FileBytes.MapFromBytes) + 999, false },
    };

    [Theory]
    [MemberData(nameof(Files))]
    public void A_file_reads_as_its_bytes_when_read(int length, bool grows)
    {
        using var folder = new TempFolder();
        var content = Enumerable.Range(0, length).Select(i => (byte)('a' + (i % 26))).ToArray();
        var path = folder.File("messages.csv", content);
        using var source = ExportSource.Open(folder.Path, ExportReadOptions.Default);
        var entry = Assert.Single(source.Entries);
        if (grows)
        {
            using var file = new FileStream(path, FileMode.Append);
            file.Write("more"u8);
        }

        using var bytes = entry.Read();

        Assert.Equal(File.ReadAllBytes(path), bytes.Span.ToArray());
    }

    [Fact]
    public void A_large_export_folder_reads_as_its_zip()
    {
        var connections = new StringBuilder("First Name,Last Name,URL,Email Address,Company,Position,Connected On\n");
        var rows = 0;
        for (var i = 0; connections.Length < FileBytes.MapFromBytes + 100_000; i++, rows++)
        {
            connections.Append(System.Globalization.CultureInfo.InvariantCulture, $"Ann {i},Lee,https://www.linkedin.com/in/ann-{i},,\"Firm {i % 700}, Inc.\",Engineer {i % 300},0{1 + (i % 9)} Nov 2025\n");
        }

        connections.Append("Bad,Row,,,Acme,CEO,not a date\n");
        using var folder = new TempFolder();
        folder.File("export/Connections.csv", connections.ToString());
        var zip = folder.Zip("export.zip", ("Connections.csv", connections.ToString()));

        var fromFolder = ExportReader.Read(Path.Combine(folder.Path, "export"));
        var fromZip = ExportReader.Read(zip);

        Assert.Equal(rows, fromFolder.Connections.Length);
        Assert.Equal(fromZip.Connections.AsEnumerable(), fromFolder.Connections);
        Assert.Equal(fromZip.Issues.Select(i => (i.Line, i.Reason)), fromFolder.Issues.Select(i => (i.Line, i.Reason)));
        Assert.Single(fromFolder.Issues);
    }
}
