namespace NetworkAdvisor.Model;

/// <summary>One pending invitation from <c>Invitations.csv</c>.</summary>
/// <param name="From">Sender's name.</param>
/// <param name="To">Recipient's name.</param>
/// <param name="SentAt">When it was sent, as exported (no time zone is given; treated as UTC).</param>
/// <param name="Message">The personal note; empty when none was written.</param>
/// <param name="Direction">Incoming or outgoing.</param>
/// <param name="InviterProfileUrl">Sender's profile URL (exports since late 2023); may be empty.</param>
/// <param name="InviteeProfileUrl">Recipient's profile URL (exports since late 2023); may be empty.</param>
public sealed record Invitation(
    string From,
    string To,
    DateTime SentAt,
    string Message,
    InvitationDirection Direction,
    string InviterProfileUrl,
    string InviteeProfileUrl);
