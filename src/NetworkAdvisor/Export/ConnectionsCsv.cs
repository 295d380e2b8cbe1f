using System.Globalization;
using System.Text;
using NetworkAdvisor.Model;

namespace NetworkAdvisor.Export;

/// <summary>Writes connections as <c>Connections.csv</c> in any <see cref="ConnectionsEra"/>.</summary>
public static class ConnectionsCsv
{
    private static readonly string[] GermanMonths = ["Jan", "Feb", "Mär", "Apr", "Mai", "Jun", "Jul", "Aug", "Sep", "Okt", "Nov", "Dez"];

    /// <summary>Renders <paramref name="connections"/> in the shape and encoding of <paramref name="era"/>.</summary>
    /// <param name="connections">The rows, in the order to write (LinkedIn writes newest first).</param>
    /// <param name="era">The file's era.</param>
    /// <returns>The file's bytes.</returns>
    public static byte[] Render(IEnumerable<Connection> connections, ConnectionsEra era)
    {
        ArgumentNullException.ThrowIfNull(connections);
        var rows = connections.ToList();
        return era switch
        {
            ConnectionsEra.Current => Utf8(Preamble(',', 7) + Records(
                ["First Name", "Last Name", "URL", "Email Address", "Company", "Position", "Connected On"],
                rows.Select(c => Row(c, withUrl: true, ExportFormats.ConnectedOn(c.ConnectedOn))))),
            ConnectionsEra.Preamble2021 => Utf8(Preamble(',', 6) + Records(
                ["First Name", "Last Name", "Email Address", "Company", "Position", "Connected On"],
                rows.Select(c => Row(c, withUrl: false, ExportFormats.ConnectedOn(c.ConnectedOn))))),
            ConnectionsEra.Plain2020 => Utf8(Records(
                ["First Name", "Last Name", "Email Address", "Company", "Position", "Connected On"],
                rows.Select(c => Row(c, withUrl: false, ExportFormats.ConnectedOn(c.ConnectedOn))))),
            ConnectionsEra.Legacy2017 => Utf8(Records(
                ["First Name", "Last Name", "Email Address", "Current Company", "Current Position", "Connected On"],
                rows.Select(c => Row(c, withUrl: false, ExportFormats.ConnectedOn(c.ConnectedOn))))),
            ConnectionsEra.Legacy2016 => Utf8(Records(
                ["First Name", "Last Name", "Email Address", "Current Company", "Current Position", "Connected On", "Address", "Websites", "Instant Messengers"],
                rows.Select(c => Row(c, withUrl: false, LegacyTimestamp(c)).Concat(["", "", ""]).ToArray()))),
            ConnectionsEra.ExcelUs => Excel(
                Preamble(',', 7, excel: true) + Records(
                    ["First Name", "Last Name", "URL", "Email Address", "Company", "Position", "Connected On"],
                    rows.Select(c => Row(c, withUrl: true, c.ConnectedOn.ToString("d-MMM-yy", CultureInfo.InvariantCulture))),
                    ',',
                    "\r\n")),
            ConnectionsEra.ExcelEuropean => Excel(
                Preamble(';', 7, excel: true) + "Column1;Column2;Column3;Column4;Column5;Column6;Column7\r\n" + Records(
                    ["First Name", "Last Name", "URL", "Email Address", "Company", "Position", "Connected On"],
                    rows.Select(c => Row(c, withUrl: true, c.ConnectedOn.ToString("dd.MM.yyyy", CultureInfo.InvariantCulture))),
                    ';',
                    "\r\n")),
            ConnectionsEra.ExcelGermanMonths => Excel(
                Preamble(';', 7, excel: true) + Records(
                    ["First Name", "Last Name", "URL", "Email Address", "Company", "Position", "Connected On"],
                    rows.Select(c => Row(c, withUrl: true, GermanShortDate(c.ConnectedOn))),
                    ';',
                    "\r\n")),
            ConnectionsEra.MixedEncoding => MixedEncoding(rows),
            ConnectionsEra.UserEdited => Utf8(Records(
                ["Company", "Position", "URL", "ConnectedOn"],
                rows.OrderBy(c => c.Company, StringComparer.Ordinal)
                    .Select(c => new[] { c.Company, c.Position, c.ProfileUrl, c.ConnectedOn.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) }))),
            _ => throw new ArgumentOutOfRangeException(nameof(era), era, "Unknown era."),
        };
    }

    /// <summary>What an era keeps of a connection: the columns it has no place for come back empty.</summary>
    /// <param name="connection">A connection as generated.</param>
    /// <param name="era">The era it is written in.</param>
    /// <returns>The connection as reading that era's file gives it back.</returns>
    public static Connection AsReadBack(Connection connection, ConnectionsEra era)
    {
        ArgumentNullException.ThrowIfNull(connection);
        return era switch
        {
            ConnectionsEra.Preamble2021 or ConnectionsEra.Plain2020 or ConnectionsEra.Legacy2017 or ConnectionsEra.Legacy2016 =>
                connection with { ProfileUrl = string.Empty },
            ConnectionsEra.UserEdited => connection with { FirstName = string.Empty, LastName = string.Empty, Email = string.Empty },
            _ => connection,
        };
    }

    private static string[] Row(Connection c, bool withUrl, string date) => withUrl
        ? [c.FirstName, c.LastName, c.ProfileUrl, c.Email, c.Company, c.Position, date]
        : [c.FirstName, c.LastName, c.Email, c.Company, c.Position, date];

    private static string Preamble(char separator, int columns, bool excel = false)
    {
        var pad = excel ? new string(separator, columns - 1) : string.Empty;
        var newline = excel ? "\r\n" : "\n";
        var note = new StringBuilder();
        CsvText.AppendField(note, ExportFormats.ConnectionsNote, separator);
        return $"Notes:{pad}{newline}{note}{pad}{newline}{pad}{newline}";
    }

    private static string Records(string[] header, IEnumerable<string[]> rows, char separator = ',', string newline = "\n") =>
        CsvText.Join(rows.Prepend(header), separator, newline) + (newline == "\r\n" ? newline : string.Empty);

    /// <summary>LinkedIn's 2016-2018 timestamps; the time of day is derived from the row so files are reproducible.</summary>
    private static string LegacyTimestamp(Connection c)
    {
        var minutes = (c.FullName.Length * 97 + c.ConnectedOn.DayNumber * 13) % (24 * 60);
        return c.ConnectedOn.ToDateTime(TimeOnly.MinValue).AddMinutes(minutes).ToString("M/d/yy, h:mm tt", CultureInfo.InvariantCulture);
    }

    private static string GermanShortDate(DateOnly date) =>
        string.Create(CultureInfo.InvariantCulture, $"{date.Day:00}-{GermanMonths[date.Month - 1]}-{date.Year % 100:00}");

    private static byte[] Utf8(string text) => Encoding.UTF8.GetBytes(text);

    private static byte[] Excel(string text) => [0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes(text)];

    /// <summary>Every third row that Latin-1 can hold is written as Windows-1252 bytes, the rest as UTF-8.</summary>
    private static byte[] MixedEncoding(List<Connection> rows)
    {
        var header = Preamble(',', 7) + "First Name,Last Name,URL,Email Address,Company,Position,Connected On";
        var bytes = new List<byte>(Encoding.UTF8.GetBytes(header));
        for (var i = 0; i < rows.Count; i++)
        {
            var builder = new StringBuilder("\n");
            CsvText.AppendRecord(builder, Row(rows[i], withUrl: true, ExportFormats.ConnectedOn(rows[i].ConnectedOn)));
            var line = builder.ToString();
            var latin1 = i % 3 == 0 && line.All(ch => ch <= '\u00FF') && line.Any(ch => ch >= '\u00A0');
            bytes.AddRange(latin1 ? Encoding.Latin1.GetBytes(line) : Encoding.UTF8.GetBytes(line));
        }

        return [.. bytes];
    }
}
