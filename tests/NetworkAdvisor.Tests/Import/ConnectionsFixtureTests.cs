using System.Text;
using NetworkAdvisor.Import;
using NetworkAdvisor.Model;

namespace NetworkAdvisor.Tests.Import;

/// <summary>Hand-written Connections.csv files, one per era and oddity of docs/export-format.md.</summary>
public sealed class ConnectionsFixtureTests
{
    private const string Note = "\"When exporting your connection data, you may notice that some of the email addresses are missing.\"";

    private static readonly Connection Ada = new("Ada", "Lovelace", "https://www.linkedin.com/in/ada-example", "", "Analytical Engines, Ltd", "Chief Mathematician", new DateOnly(2026, 2, 8));
    private static readonly Connection Hidden = new("", "", "", "", "", "", new DateOnly(2026, 6, 7));

    public static TheoryData<string, string, Connection[]> Eras => new()
    {
        {
            "current (preamble + URL)",
            $"Notes:\n{Note}\n\nFirst Name,Last Name,URL,Email Address,Company,Position,Connected On\nAda,Lovelace,https://www.linkedin.com/in/ada-example,,\"Analytical Engines, Ltd\",Chief Mathematician,08 Feb 2026\n,,,,,,07 Jun 2026",
            [Ada, Hidden]
        },
        {
            "mid-2021 (preamble, no URL)",
            $"Notes:\n{Note}\n\nFirst Name,Last Name,Email Address,Company,Position,Connected On\nAda,Lovelace,,\"Analytical Engines, Ltd\",Chief Mathematician,08 Feb 2026\n",
            [Ada with { ProfileUrl = "" }]
        },
        {
            "up to mid-2021 (no preamble)",
            "First Name,Last Name,Email Address,Company,Position,Connected On\nAda,Lovelace,ada@example.com,\"Analytical Engines, Ltd\",Chief Mathematician,08 Feb 2026",
            [Ada with { ProfileUrl = "", Email = "ada@example.com" }]
        },
        {
            "2017 (Current Company / Current Position)",
            "First Name,Last Name,Email Address,Current Company,Current Position,Connected On\nAda,Lovelace,,\"Analytical Engines, Ltd\",Chief Mathematician,08 Feb 2026",
            [Ada with { ProfileUrl = "" }]
        },
        {
            "2016 (US timestamps, Address/Websites/Instant Messengers)",
            "First Name,Last Name,Email Address,Current Company,Current Position,Connected On,Address,Websites,Instant Messengers\nAda,Lovelace,,\"Analytical Engines, Ltd\",Chief Mathematician,\"2/8/26, 6:14 PM\",,,",
            [Ada with { ProfileUrl = "" }]
        },
        {
            "US Excel (BOM, CRLF, Notes:,, and 4-Apr-21)",
            "\uFEFFNotes:,,,,,,\r\n" + Note + ",,,,,,\r\n,,,,,,\r\nFirst Name,Last Name,URL,Email Address,Company,Position,Connected On\r\nAda,Lovelace,https://www.linkedin.com/in/ada-example,,\"Analytical Engines, Ltd\",Chief Mathematician,8-Feb-26\r\n,,,,,,7-Jun-26\r\n",
            [Ada, Hidden]
        },
        {
            "European Excel (; separator, Column1 line, 16.09.2021)",
            "\uFEFFNotes:;;;;;;\r\n" + Note + ";;;;;;\r\n;;;;;;\r\nColumn1;Column2;Column3;Column4;Column5;Column6;Column7\r\nFirst Name;Last Name;URL;Email Address;Company;Position;Connected On\r\nAda;Lovelace;https://www.linkedin.com/in/ada-example;;Analytical Engines, Ltd;Chief Mathematician;08.02.2026\r\n;;;;;;07.06.2026\r\n",
            [Ada, Hidden]
        },
        {
            "German Excel months mixed with English ones",
            "First Name;Last Name;URL;Email Address;Company;Position;Connected On\r\nAda;Lovelace;https://www.linkedin.com/in/ada-example;;Analytical Engines, Ltd;Chief Mathematician;08-Feb-26\r\nBea;Berg;;;;;06-Mai-22\r\nCem;Kaya;;;;;06-May-22\r\n",
            [Ada, new("Bea", "Berg", "", "", "", "", new DateOnly(2022, 5, 6)), new("Cem", "Kaya", "", "", "", "", new DateOnly(2022, 5, 6))]
        },
        {
            "edited by the user (columns deleted, renamed, reordered)",
            "Company,Position,URL,ConnectedOn\n\"Analytical Engines, Ltd\",Chief Mathematician,https://www.linkedin.com/in/ada-example,08 Feb 2026",
            [Ada with { FirstName = "", LastName = "" }]
        },
        {
            "renamed without spaces",
            "FirstName,LastName,Company,Position,Connected on\nAda,Lovelace,\"Analytical Engines, Ltd\",Chief Mathematician,08 Feb 2026",
            [Ada with { ProfileUrl = "" }]
        },
        {
            "quoted fields with quotes and newlines",
            "First Name,Last Name,URL,Email Address,Company,Position,Connected On\n\"Ada \"\"Countess\"\"\",Lovelace,,,\"Engines\nand Sons\",\"Mathematician, Poet\",08 Feb 2026",
            [new("Ada \"Countess\"", "Lovelace", "", "", "Engines\nand Sons", "Mathematician, Poet", new DateOnly(2026, 2, 8))]
        },
        {
            "day-first slash dates detected from the column",
            "First Name,Last Name,Connected On\nAda,Lovelace,08/02/2026\nBea,Berg,25/12/2020",
            [new("Ada", "Lovelace", "", "", "", "", new DateOnly(2026, 2, 8)), new("Bea", "Berg", "", "", "", "", new DateOnly(2020, 12, 25))]
        },
    };

    [Theory]
    [MemberData(nameof(Eras))]
    public void Reads_every_era(string era, string content, Connection[] expected)
    {
        using var folder = new TempFolder();
        var path = folder.File("Connections.csv", content);

        var bundle = ExportReader.Read(path);

        Assert.True(bundle.Issues.IsEmpty, era + ": " + string.Join("; ", bundle.Issues));
        Assert.Equal(expected, bundle.Connections.ToArray());
        var file = Assert.Single(bundle.Files);
        Assert.Equal(expected.Length, file.RowsRead);
        Assert.Equal(file.RowsRead, file.RowsLoaded + file.RowsRejected);
    }

    [Fact]
    public void Windows_1252_rows_are_kept_with_their_accents()
    {
        using var folder = new TempFolder();
        byte[] content =
        [
            .. Encoding.UTF8.GetBytes("First Name,Last Name,Company,Connected On\nZoë,Müller,Ørsted,08 Feb 2026\n"),
            .. Encoding.Latin1.GetBytes("José,Núñez,Café,09 Feb 2026"),
        ];
        var path = folder.File("Connections.csv", content);

        var bundle = ExportReader.Read(path);

        Assert.Equal(["Zoë Müller", "José Núñez"], bundle.Connections.Select(c => c.FullName));
        Assert.Equal("Café", bundle.Connections[1].Company);
        Assert.True(bundle.Files[0].RepairedBytes > 0);
    }

    [Fact]
    public void Hidden_profile_rows_count_as_connections_with_unknown_identity()
    {
        using var folder = new TempFolder();
        var path = folder.File("Connections.csv", "First Name,Last Name,URL,Email Address,Company,Position,Connected On\n,,,,,,07 Jun 2026\n,,,,,,08 Jun 2026");

        var bundle = ExportReader.Read(path);

        Assert.Equal(2, bundle.Connections.Length);
        Assert.All(bundle.Connections, c => Assert.True(c.IsHidden));
    }
}
