using NetworkAdvisor.Model;

namespace NetworkAdvisor.Import.Files;

/// <summary>Reads <c>Invitations.csv</c>, with or without the profile URL columns added in late 2023.</summary>
internal sealed class InvitationRows : RowReader<Invitation>
{
    private const int From = 0, To = 1, SentAt = 2, Message = 3, Direction = 4, InviterUrl = 5, InviteeUrl = 6;

    public static readonly InvitationRows Instance = new();

    public override FileSchema Schema { get; } = new(
        ExportFileKind.Invitations,
        "Invitations.csv",
        [
            new("From"),
            new("To"),
            new("Sent At", "Sent"),
            new("Message", "Note"),
            new("Direction"),
            new("inviterProfileUrl", "Inviter Profile URL"),
            new("inviteeProfileUrl", "Invitee Profile URL"),
        ],
        ["From", "To", "Sent At"],
        ["invitations"]);

    public override int OrderedDateSlot => SentAt;

    /// <inheritdoc/>
    public override IReadOnlyList<int> DateSlots => [SentAt];

    public override string? TryRead(Row row, DateOrder order, out Invitation? value)
    {
        value = null;
        var error = RequiredDate(row, SentAt, order, out var sentAt);
        if (error is not null)
        {
            return error;
        }

        var direction = row[Direction].ToUpperInvariant() switch
        {
            "INCOMING" => InvitationDirection.Incoming,
            "OUTGOING" => InvitationDirection.Outgoing,
            _ => InvitationDirection.Unknown,
        };
        value = new Invitation(row[From], row[To], sentAt, row.Raw(Message), direction, row[InviterUrl], row[InviteeUrl]);
        return null;
    }
}
