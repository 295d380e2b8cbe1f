using Microsoft.Data.Analysis;
using NetworkAdvisor.Model;

namespace NetworkAdvisor.Frames;

/// <summary>
/// Converts invitations to and from a <see cref="DataFrame"/>: <c>From</c>, <c>To</c>,
/// <c>SentAt</c> (<see cref="DateTime"/>), <c>Message</c>, <c>Direction</c> (<c>Incoming</c>,
/// <c>Outgoing</c> or <c>Unknown</c>), <c>InviterProfileUrl</c>, <c>InviteeProfileUrl</c>.
/// </summary>
public static class InvitationFrame
{
    /// <summary>Column names, in schema order.</summary>
    public static IReadOnlyList<string> Columns { get; } =
        ["From", "To", "SentAt", "Message", "Direction", "InviterProfileUrl", "InviteeProfileUrl"];

    /// <summary>Builds the frame from arrays.</summary>
    /// <param name="invitations">The invitations.</param>
    /// <returns>One row per invitation.</returns>
    public static DataFrame ToDataFrame(IReadOnlyList<Invitation> invitations)
    {
        ArgumentNullException.ThrowIfNull(invitations);
        return new DataFrame(
            FrameColumns.Strings("From", invitations, i => i.From),
            FrameColumns.Strings("To", invitations, i => i.To),
            FrameColumns.Values("SentAt", invitations, i => i.SentAt),
            FrameColumns.Strings("Message", invitations, i => i.Message),
            FrameColumns.Strings("Direction", invitations, i => i.Direction.ToString()),
            FrameColumns.Strings("InviterProfileUrl", invitations, i => i.InviterProfileUrl),
            FrameColumns.Strings("InviteeProfileUrl", invitations, i => i.InviteeProfileUrl));
    }

    /// <summary>Reads invitations back from a (possibly filtered) frame.</summary>
    /// <param name="frame">A frame with the schema's columns.</param>
    /// <returns>One invitation per row.</returns>
    /// <exception cref="ArgumentException">A column is missing or has the wrong type, or a direction is unknown.</exception>
    public static IReadOnlyList<Invitation> ToInvitations(DataFrame frame)
    {
        var from = FrameColumns.ReadStrings(frame, "From");
        var to = FrameColumns.ReadStrings(frame, "To");
        var sentAt = FrameColumns.ReadValues<DateTime>(frame, "SentAt");
        var message = FrameColumns.ReadStrings(frame, "Message");
        var direction = FrameColumns.ReadStrings(frame, "Direction");
        var inviter = FrameColumns.ReadStrings(frame, "InviterProfileUrl");
        var invitee = FrameColumns.ReadStrings(frame, "InviteeProfileUrl");
        var result = new Invitation[frame.Rows.Count];
        for (var row = 0L; row < result.Length; row++)
        {
            result[row] = new Invitation(
                from(row), to(row), sentAt(row), message(row), ParseDirection(direction(row)), inviter(row), invitee(row));
        }

        return result;
    }

    private static InvitationDirection ParseDirection(string text) =>
        Enum.TryParse<InvitationDirection>(text, ignoreCase: true, out var direction) && Enum.IsDefined(direction)
            ? direction
            : throw new ArgumentException($"Direction '{text}' is not Incoming, Outgoing or Unknown.");
}
