namespace NetworkAdvisor.Model;

/// <summary>One message from <c>messages.csv</c>.</summary>
/// <param name="ConversationId">Conversation identifier.</param>
/// <param name="ConversationTitle">Conversation title; often empty.</param>
/// <param name="From">Sender's name.</param>
/// <param name="SenderProfileUrl">Sender's profile URL; may be empty.</param>
/// <param name="To">Recipients' names as exported (several are comma separated).</param>
/// <param name="RecipientProfileUrls">Recipients' profile URLs as exported (several are comma separated).</param>
/// <param name="SentAt">When the message was sent, in UTC.</param>
/// <param name="Subject">Subject line; usually empty.</param>
/// <param name="Content">Message body; may contain newlines and HTML (untrusted text).</param>
/// <param name="Folder">Folder such as INBOX, SENT or ARCHIVE.</param>
public sealed record Message(
    string ConversationId,
    string ConversationTitle,
    string From,
    string SenderProfileUrl,
    string To,
    string RecipientProfileUrls,
    DateTime SentAt,
    string Subject,
    string Content,
    string Folder);
