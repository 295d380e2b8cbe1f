using Microsoft.Data.Analysis;
using NetworkAdvisor.Model;

namespace NetworkAdvisor.Frames;

/// <summary>
/// Converts messages to and from a <see cref="DataFrame"/>: <c>ConversationId</c>,
/// <c>ConversationTitle</c>, <c>From</c>, <c>SenderProfileUrl</c>, <c>To</c>,
/// <c>RecipientProfileUrls</c>, <c>SentAt</c> (<see cref="DateTime"/>, UTC), <c>Subject</c>,
/// <c>Content</c>, <c>Folder</c>.
/// </summary>
public static class MessageFrame
{
    /// <summary>Column names, in schema order.</summary>
    public static IReadOnlyList<string> Columns { get; } =
        ["ConversationId", "ConversationTitle", "From", "SenderProfileUrl", "To", "RecipientProfileUrls", "SentAt", "Subject", "Content", "Folder"];

    /// <summary>Builds the frame from arrays.</summary>
    /// <param name="messages">The messages.</param>
    /// <returns>One row per message.</returns>
    public static DataFrame ToDataFrame(IReadOnlyList<Message> messages)
    {
        ArgumentNullException.ThrowIfNull(messages);
        return new DataFrame(
            FrameColumns.Strings("ConversationId", messages, m => m.ConversationId),
            FrameColumns.Strings("ConversationTitle", messages, m => m.ConversationTitle),
            FrameColumns.Strings("From", messages, m => m.From),
            FrameColumns.Strings("SenderProfileUrl", messages, m => m.SenderProfileUrl),
            FrameColumns.Strings("To", messages, m => m.To),
            FrameColumns.Strings("RecipientProfileUrls", messages, m => m.RecipientProfileUrls),
            FrameColumns.Values("SentAt", messages, m => m.SentAt),
            FrameColumns.Strings("Subject", messages, m => m.Subject),
            FrameColumns.Strings("Content", messages, m => m.Content),
            FrameColumns.Strings("Folder", messages, m => m.Folder));
    }

    /// <summary>Reads messages back from a (possibly filtered) frame.</summary>
    /// <param name="frame">A frame with the schema's columns.</param>
    /// <returns>One message per row; <c>SentAt</c> is marked UTC.</returns>
    /// <exception cref="ArgumentException">A column is missing or has the wrong type.</exception>
    public static IReadOnlyList<Message> ToMessages(DataFrame frame)
    {
        var id = FrameColumns.ReadStrings(frame, "ConversationId");
        var title = FrameColumns.ReadStrings(frame, "ConversationTitle");
        var from = FrameColumns.ReadStrings(frame, "From");
        var sender = FrameColumns.ReadStrings(frame, "SenderProfileUrl");
        var to = FrameColumns.ReadStrings(frame, "To");
        var recipients = FrameColumns.ReadStrings(frame, "RecipientProfileUrls");
        var sentAt = FrameColumns.ReadValues<DateTime>(frame, "SentAt");
        var subject = FrameColumns.ReadStrings(frame, "Subject");
        var content = FrameColumns.ReadStrings(frame, "Content");
        var folder = FrameColumns.ReadStrings(frame, "Folder");
        var result = new Message[frame.Rows.Count];
        for (var row = 0L; row < result.Length; row++)
        {
            result[row] = new Message(
                id(row), title(row), from(row), sender(row), to(row), recipients(row),
                DateTime.SpecifyKind(sentAt(row), DateTimeKind.Utc), subject(row), content(row), folder(row));
        }

        return result;
    }
}
