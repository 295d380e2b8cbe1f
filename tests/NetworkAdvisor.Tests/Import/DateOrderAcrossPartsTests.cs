using NetworkAdvisor.Import;

namespace NetworkAdvisor.Tests.Import;

/// <summary>
/// Rows are read as they are met, month first, and read again only when the file's dates say day first: wherever
/// the one deciding date stands (first row, middle, last; in a small file or one read in parts), every ambiguous
/// date must come out as reading the whole column first would give.
/// </summary>
public sealed class DateOrderAcrossPartsTests
{
    private const string Header = "First Name,Last Name,URL,Email Address,Company,Position,Connected On";

    public static TheoryData<int, string, string> Cases()
    {
        var data = new TheoryData<int, string, string>();
        foreach (var rows in new[] { 50, 40_000 })
        {
            foreach (var at in new[] { "first", "middle", "last", "none", "both" })
            {
                data.Add(rows, at, at is "first" or "middle" or "last" ? "2020-02-01" : "2020-01-02");
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Ambiguous_dates_follow_the_whole_column(int rows, string decidingRow, string expected)
    {
        var dates = Enumerable.Repeat("01/02/2020", rows).ToArray();
        var deciding = decidingRow switch { "first" => 0, "middle" => rows / 2, "last" => rows - 1, _ => -1 };
        if (deciding >= 0)
        {
            dates[deciding] = "13/02/2020";
        }

        if (decidingRow == "both")
        {
            (dates[1], dates[rows - 2]) = ("13/02/2020", "02/13/2020");
        }

        var lines = dates.Select((d, i) => FormattableString.Invariant($"First{i},Last{i},https://www.linkedin.com/in/p{i},,Company {i % 97},Engineer,{d}"));
        using var folder = new TempFolder();
        folder.File("Connections.csv", Header + "\n" + string.Join('\n', lines) + "\n");

        var bundle = ExportReader.Read(folder.Path);

        Assert.Equal(rows, bundle.Connections.Length);
        var ambiguous = bundle.Connections.Where((_, i) => dates[i] == "01/02/2020").Select(c => c.ConnectedOn.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)).Distinct();
        Assert.Equal([expected], ambiguous);
        Assert.Empty(bundle.Issues);
    }
}
