using NetworkAdvisor.Export;
using NetworkAdvisor.Import;
using NetworkAdvisor.Model;
using NetworkAdvisor.Samples;

namespace NetworkAdvisor.Tests.Import;

/// <summary>
/// Reading messages without their texts (<see cref="ExportReadOptions.KeepMessageText"/> false, as the CLI does) gives
/// the same rows, files and issues as reading them whole; only the conversation title, subject and content are empty.
/// </summary>
public sealed class MessageTextOmissionTests
{
    private const string Header = "CONVERSATION ID,CONVERSATION TITLE,FROM,SENDER PROFILE URL,TO,RECIPIENT PROFILE URLS,DATE,SUBJECT,CONTENT,FOLDER";
    private const string Connections = "First Name,Last Name,URL,Email Address,Company,Position,Connected On\nAda,L,,,Acme,CEO,08 Feb 2026";
    private const string Row = "c1,Team,Ada L,https://www.linkedin.com/in/ada,Bob M,https://www.linkedin.com/in/bob,2026-01-01 10:00:00 UTC,";

    private static readonly ExportReadOptions WithoutText = ExportReadOptions.Default with { KeepMessageText = false };

    public static TheoryData<string, string> Cases => new()
    {
        // what the case shows, the rows after the header
        { "plain rows", Row + "Hello,Hi there,INBOX\n" + Row + ",How have you been?,SENT" },
        { "quoted content with separators and line breaks", Row + "Re: x,\"Hello, Bob\nsecond line\r\nthird\",INBOX\n" + Row + ",ok,INBOX" },
        { "doubled quotes and text after the closing quote", Row + ",\"He said \"\"hi\"\"\",INBOX\n" + Row + ",\"quoted\" trailing,INBOX" },
        { "content that is the header's own word", Row + "SUBJECT,CONTENT,INBOX" },
        { "a repeated header line", Row + ",one,INBOX\n" + Header + "\n" + Row + ",two,INBOX" },
        { "a row holding only content", Row + ",one,INBOX\n,,,,,,,,only content,\n" + Row + ",two,INBOX" },
        { "a row holding only quoted content", ",,,,,,,,\"only, \"\"quoted\"\"\",\n" + Row + ",two,INBOX" },
        { "a row of white space", ",,,,,,,,   ,\n,,,,,,,,\"  \",\n" + Row + ",two,INBOX" },
        { "a bad date and a short row", "c2,,Ada,,Bob,,yesterday,,text,INBOX\nc3,,Ada,,Bob,,2026-01-01 10:00:00 UTC,text\n" + Row + ",two,INBOX" },
        { "a quote that never closes in the content", Row + ",\"never closed,INBOX\n" + Row + ",two,INBOX" },
        { "extra empty fields from Excel", Row + ",one,INBOX,,," },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Messages_read_without_text_match_messages_read_whole_but_for_the_text(string what, string rows)
    {
        using var folder = new TempFolder();
        folder.File("Connections.csv", Connections);
        folder.File("messages.csv", Header + "\n" + rows);

        AssertSameButText(ExportReader.Read(folder.Path), ExportReader.Read(folder.Path, WithoutText), what);
    }

    [Fact]
    public void A_large_messages_file_read_in_parts_without_text_matches_the_whole_read()
    {
        using var folder = new TempFolder();
        ExportWriter.WriteFolder(SampleExportGenerator.Generate(new SampleOptions(2_500, 8, new DateOnly(2026, 11, 1))), folder.Path);
        Assert.True(new FileInfo(Path.Combine(folder.Path, "messages.csv")).Length > Utf8Parts.MinFileBytes);

        var whole = ExportReader.Read(folder.Path);
        var withoutText = ExportReader.Read(folder.Path, WithoutText);

        Assert.Contains(whole.Messages, m => m.Content.Length > 0);
        AssertSameButText(whole, withoutText, "generated sample");
    }

    private static void AssertSameButText(ExportBundle whole, ExportBundle withoutText, string what)
    {
        Assert.All(withoutText.Messages, m => Assert.True(
            m.ConversationTitle.Length == 0 && m.Subject.Length == 0 && m.Content.Length == 0, what));
        Assert.Equal(whole.Messages.Select(Textless), withoutText.Messages);

        // As sequences: ImmutableArray's own equality compares array references.
        Assert.Equal(whole.Issues.AsEnumerable(), withoutText.Issues);
        Assert.Equal(whole.Files.AsEnumerable(), withoutText.Files);
        Assert.Equal(whole.Skipped.AsEnumerable(), withoutText.Skipped);
        Assert.Equal(whole.Connections.AsEnumerable(), withoutText.Connections);
    }

    private static Message Textless(Message message) =>
        message with { ConversationTitle = string.Empty, Subject = string.Empty, Content = string.Empty };
}
