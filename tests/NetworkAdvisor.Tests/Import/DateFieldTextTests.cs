using NetworkAdvisor.Import;
using NetworkAdvisor.Import.Files;

namespace NetworkAdvisor.Tests.Import;

/// <summary>
/// Rows read as they are met make no string of a date they only parse (<see cref="CsvTokenizer.InTextColumns"/>): the
/// records, issues and counts are those of the same reader making strings of every field.
/// </summary>
public sealed class DateFieldTextTests
{
    private const string MessagesHeader = "CONVERSATION ID,CONVERSATION TITLE,FROM,SENDER PROFILE URL,TO,RECIPIENT PROFILE URLS,DATE,SUBJECT,CONTENT,FOLDER";
    private const string ConnectionsHeader = "First Name,Last Name,URL,Email Address,Company,Position,Connected On";

    public static TheoryData<string, string, string> Cases => new()
    {
        // what the case shows, the file ("m" messages or "c" connections), the rows after the header
        { "plain dates", "m", "c1,,Ada,u,Bob,v,2026-01-01 10:00:00 UTC,,hi,INBOX\nc2,,Bob,v,Ada,u,2025-12-31 23:59:59 UTC,,yo,SENT" },
        { "quoted dates, one with spaces", "m", "c1,,Ada,u,Bob,v,\"2026-01-01 10:00:00 UTC\",,hi,INBOX\nc2,,Ada,u,Bob,v,\"  2026-01-02 10:00:00 UTC \",,,INBOX" },
        { "dates with outer spaces", "m", "c1,,Ada,u,Bob,v,  2026-01-01 10:00:00 UTC ,,hi,INBOX" },
        { "a date with doubled quotes and one with text after its quote", "m", "c1,,Ada,u,Bob,v,\"2026-01-01 \"\"10:00\"\"\",,hi,INBOX\nc2,,Ada,u,Bob,v,\"2026-01-01\" 10:00:00,,hi,INBOX" },
        { "an empty, a blank and a bad date", "m", "c1,,Ada,u,Bob,v,,,hi,INBOX\nc2,,Ada,u,Bob,v,   ,,hi,INBOX\nc3,,Ada,u,Bob,v,yesterday,,hi,INBOX" },
        { "the header's own word as a date, and a repeated header", "m", "c1,,Ada,u,Bob,v,DATE,,hi,INBOX\n" + MessagesHeader + "\nc2,,Ada,u,Bob,v,2026-01-01 10:00:00 UTC,,,INBOX" },
        { "a row holding only a date, a blank line, a short row", "m", ",,,,,,2026-01-01 10:00:00 UTC,,,\n,,,,,,  ,,,\n\nc1,,Ada,u,Bob,v,2026-01-01 10:00:00 UTC" },
        { "a date as the last field, CRLF and no final line break", "c", "Ada,L,u,,Acme,CEO,08 Feb 2026\r\nBob,M,v,,Beta,CTO,\"09 Feb 2026\"\r\nCy,N,w,,Gamma,CFO,10 Feb 2026" },
        { "month-first slash dates", "c", "Ada,L,u,,Acme,CEO,02/13/2026\nBob,M,v,,Beta,CTO,03/01/2026" },
        { "day-first slash dates (read again, keeping records)", "c", "Ada,L,u,,Acme,CEO,13/02/2026\nBob,M,v,,Beta,CTO,03/01/2026\nCy,N,w,,Gamma,CFO, not a date " },
        { "a quote that never closes before a date", "c", "Ada,\"L,u,,Acme,CEO,08 Feb 2026\nBob,M,v,,Beta,CTO,09 Feb 2026" },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Dates_read_from_the_text_give_what_dates_read_from_strings_give(string what, string file, string rows)
    {
        if (file == "m")
        {
            AssertSame(MessagesHeader + "\n" + rows, "messages.csv", MessageRows.WithoutText, what);
        }
        else
        {
            AssertSame(ConnectionsHeader + "\n" + rows, "Connections.csv", ConnectionRows.Instance, what);
        }
    }

    private static void AssertSame<T>(string text, string name, RowReader<T> reader, string what)
        where T : class
    {
        Assert.NotEmpty(reader.DateSlots);
        var header = CsvFileLoader.DetectHeader(text, FileSchema.NormalizeHeader(name), [reader.Schema]);
        Assert.NotNull(header);

        var fromText = CsvFileLoader.Load(text, name, 0, header, reader);
        var fromStrings = CsvFileLoader.Load(text, name, 0, header, new WithDateStrings<T>(reader));

        Assert.True(fromStrings.Records.Length + fromStrings.Issues.Count > 0, what);
        Assert.Equal(fromStrings.Records, fromText.Records);
        Assert.Equal(fromStrings.Issues, fromText.Issues);
        Assert.Equal(fromStrings.File, fromText.File);
    }

    /// <summary>The same reader with every field made a string.</summary>
    private sealed class WithDateStrings<T>(RowReader<T> inner) : RowReader<T>
    {
        public override FileSchema Schema => inner.Schema;

        public override int OrderedDateSlot => inner.OrderedDateSlot;

        public override IReadOnlyList<int> OmittedSlots => inner.OmittedSlots;

        public override string? TryRead(Row row, DateOrder order, out T? value) => inner.TryRead(row, order, out value);
    }
}
