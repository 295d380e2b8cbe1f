using NetworkAdvisor.Import;
using NetworkAdvisor.Import.Files;
using NetworkAdvisor.Model;

namespace NetworkAdvisor.Tests.Import;

/// <summary>
/// A reader's <see cref="RowReader{T}.UnpooledSlots"/> are read without the pool of repeated values: connections' own
/// names, URLs and e-mail addresses are strings of their own, while companies, positions and the names in messages
/// (one sender, many messages) stay shared.
/// </summary>
public sealed class UnpooledColumnsTests
{
    private const string Connections = "First Name,Last Name,URL,Email Address,Company,Position,Connected On\n" +
        "Ada,Lee,u,a@x.org,Acme,CEO,08 Feb 2026\n" +
        "Ada,Lee,u,a@x.org,Acme,CEO,09 Feb 2026\n";

    private const string Messages = "CONVERSATION ID,CONVERSATION TITLE,FROM,SENDER PROFILE URL,TO,RECIPIENT PROFILE URLS,DATE,SUBJECT,CONTENT,FOLDER\n" +
        "c1,,Ada Lee,u,Bob Ray,v,2026-01-01 10:00:00 UTC,,hi,INBOX\n" +
        "c1,,Ada Lee,u,Bob Ray,v,2026-01-02 10:00:00 UTC,,hi,INBOX\n";

    public static TheoryData<string, bool> ConnectionFields => new()
    {
        { nameof(Connection.FirstName), false },
        { nameof(Connection.LastName), false },
        { nameof(Connection.ProfileUrl), false },
        { nameof(Connection.Email), false },
        { nameof(Connection.Company), true },
        { nameof(Connection.Position), true },
    };

    public static TheoryData<string, bool> MessageFields => new()
    {
        { nameof(Message.ConversationId), true },
        { nameof(Message.From), true },
        { nameof(Message.SenderProfileUrl), true },
        { nameof(Message.To), true },
        { nameof(Message.Folder), true },
    };

    [Theory]
    [MemberData(nameof(ConnectionFields))]
    public void Connections_pool_only_the_values_that_repeat_between_people(string field, bool shared) =>
        AssertShared(Connections, "Connections.csv", ConnectionRows.Instance, field, shared);

    [Theory]
    [MemberData(nameof(MessageFields))]
    public void Messages_pool_their_repeated_values(string field, bool shared) =>
        AssertShared(Messages, "messages.csv", MessageRows.Instance, field, shared);

    private static void AssertShared<T>(string text, string name, RowReader<T> reader, string field, bool shared)
        where T : class
    {
        var header = CsvFileLoader.DetectHeader(text, FileSchema.NormalizeHeader(name), [reader.Schema]);
        Assert.NotNull(header);
        var records = CsvFileLoader.Load(text, name, 0, header, reader).Records;
        Assert.Equal(2, records.Length);

        var property = typeof(T).GetProperty(field)!;
        var (first, second) = ((string)property.GetValue(records[0])!, (string)property.GetValue(records[1])!);

        Assert.Equal(first, second);
        Assert.NotEmpty(first);
        Assert.Equal(shared, ReferenceEquals(first, second));
    }
}
