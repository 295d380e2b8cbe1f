using NetworkAdvisor.Model;

namespace NetworkAdvisor.Import.Files;

/// <summary>Reads <c>messages.csv</c> and its numbered parts; optional draft and attachment columns are ignored.</summary>
internal sealed class MessageRows : RowReader<Message>
{
    private const int ConversationId = 0, ConversationTitle = 1, From = 2, SenderUrl = 3, To = 4, RecipientUrls = 5,
        Date = 6, Subject = 7, Content = 8, Folder = 9;

    /// <summary>Reads every column.</summary>
    public static readonly MessageRows Instance = new(keepText: true);

    /// <summary>Reads every column but leaves the conversation title, subject and content empty (see <see cref="ExportReadOptions.KeepMessageText"/>).</summary>
    public static readonly MessageRows WithoutText = new(keepText: false);

    private static readonly FileSchema MessagesSchema = new(
        ExportFileKind.Messages,
        "messages.csv",
        [
            new("CONVERSATION ID"),
            new("CONVERSATION TITLE"),
            new("FROM"),
            new("SENDER PROFILE URL"),
            new("TO"),
            new("RECIPIENT PROFILE URLS"),
            new("DATE"),
            new("SUBJECT"),
            new("CONTENT"),
            new("FOLDER"),
        ],
        ["CONVERSATION ID", "FROM", "DATE", "CONTENT"],
        ["messages"],
        excludedNames: ["guide", "coach", "roleplay", "learning"]);

    private readonly bool _keepText;

    private MessageRows(bool keepText)
    {
        _keepText = keepText;
    }

    public override FileSchema Schema => MessagesSchema;

    public override IReadOnlyList<int> OmittedSlots => _keepText ? [] : [ConversationTitle, Subject, Content];

    /// <inheritdoc/>
    public override IReadOnlyList<int> DateSlots => [Date];

    public override string? TryRead(Row row, DateOrder order, out Message? value)
    {
        value = null;
        var error = RequiredDate(row, Date, order, out var sentAt);
        if (error is not null)
        {
            return error;
        }

        value = new Message(
            row[ConversationId], Text(row, ConversationTitle), row[From], row[SenderUrl], row[To], row[RecipientUrls],
            DateTime.SpecifyKind(sentAt, DateTimeKind.Utc), Text(row, Subject), Text(row, Content), row[Folder]);
        return null;
    }

    private string Text(Row row, int slot) => _keepText ? row.Raw(slot) : string.Empty;
}
