using NetworkAdvisor.Import;

namespace NetworkAdvisor.Tests.Import;

/// <summary>Every broken row becomes an issue with file, line and reason; the rows around it still load.</summary>
public sealed class MalformedRowTests
{
    private const string Header = "First Name,Last Name,URL,Email Address,Company,Position,Connected On";

    public static TheoryData<string, int, int, string> Cases => new()
    {
        // body after the header (line 2 onwards), expected loaded, rejected line, reason fragment
        { "Ada,L,,,,,08 Feb 2026\nBob,M,,,,,not a date\nCyd,N,,,,,09 Feb 2026", 2, 3, "is not a date" },
        { "Ada,L,,,,,08 Feb 2026\nBob,M,,,,,\nCyd,N,,,,,09 Feb 2026", 2, 3, "Connected On is empty" },
        { "Ada,L,,,,,08 Feb 2026\nBob,M,,,Acme, Inc,CEO,08 Feb 2026\nCyd,N,,,,,09 Feb 2026", 2, 3, "row has 8 fields but the header has 7" },
        { "Ada,L,,,,,08 Feb 2026\nBob,M,08 Feb 2026\nCyd,N,,,,,09 Feb 2026", 2, 3, "row has 3 fields" },
        { "Ada,L,,,,,08 Feb 2026\n\"Bob,M,,,,,08 Feb 2026\nCyd,N,,,,,09 Feb 2026\nDee,O,,,,,\"10 Feb 2026\"", 3, 3, "spans 3 lines" },
        { "Ada,L,,,,,08 Feb 2026\nCyd,N,,,,,09 Feb 2026\n\"Bob,M,,,,,08 Feb 2026", 2, 4, "never closed" },
        { "Ada,L,,,,,08 Feb 2026\n" + Header + "\nCyd,N,,,,,09 Feb 2026", 2, 3, "header is repeated" },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Broken_rows_are_reported_and_the_rest_loads(string body, int loaded, int line, string reason)
    {
        using var folder = new TempFolder();
        var path = folder.File("Connections.csv", Header + "\n" + body);

        var bundle = ExportReader.Read(path);

        var issue = Assert.Single(bundle.Issues);
        Assert.Equal("Connections.csv", issue.File);
        Assert.Equal(line, issue.Line);
        Assert.Contains(reason, issue.Reason, StringComparison.Ordinal);
        Assert.NotEmpty(issue.Excerpt);
        Assert.Equal(loaded, bundle.Connections.Length);
        var file = Assert.Single(bundle.Files);
        Assert.Equal(loaded + 1, file.RowsRead);
        Assert.Equal(file.RowsRead, file.RowsLoaded + file.RowsRejected);
    }

    [Fact]
    public void Trailing_empty_fields_from_excel_are_not_an_error()
    {
        using var folder = new TempFolder();
        var path = folder.File("Connections.csv", Header + "\nAda,L,,,,,08 Feb 2026,,,\n");

        var bundle = ExportReader.Read(path);

        Assert.Empty(bundle.Issues);
        Assert.Single(bundle.Connections);
    }

    [Fact]
    public void Excerpts_show_control_characters_instead_of_printing_them()
    {
        using var folder = new TempFolder();
        var path = folder.File("Connections.csv", Header + "\n\u001b[31mEvil,L,,,,,never");

        var issue = Assert.Single(ExportReader.Read(path).Issues);

        Assert.DoesNotContain('\u001b', issue.Excerpt);
        Assert.StartsWith("\\u001B[31mEvil", issue.Excerpt, StringComparison.Ordinal);
    }
}
