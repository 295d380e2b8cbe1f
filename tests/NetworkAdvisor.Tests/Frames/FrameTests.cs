using Microsoft.Data.Analysis;
using NetworkAdvisor.Frames;
using NetworkAdvisor.Model;

namespace NetworkAdvisor.Tests.Frames;

public sealed class FrameTests
{
    private static readonly Connection[] People =
    [
        new("Ada", "Lovelace", "https://www.linkedin.com/in/ada", "", "Engines", "CTO", new DateOnly(2026, 2, 8)),
        new("", "", "", "", "", "", new DateOnly(2024, 2, 29)),
        new("Bob", "Stone", "", "bob@example.com", "Acme", "Sales", new DateOnly(2019, 12, 31)),
    ];

    [Fact]
    public void Connections_have_a_fixed_typed_schema()
    {
        var frame = ConnectionFrame.ToDataFrame(People);

        Assert.Equal(ConnectionFrame.Columns, frame.Columns.Select(c => c.Name));
        Assert.IsType<StringDataFrameColumn>(frame["Company"]);
        Assert.Equal(typeof(DateTime), frame["ConnectedOn"].DataType);
        Assert.Equal(typeof(bool), frame["IsHidden"].DataType);
        Assert.Equal(new DateTime(2024, 2, 29), frame["ConnectedOn"][1]);
        Assert.Equal(true, frame["IsHidden"][1]);
        Assert.Equal(3, frame.Rows.Count);
    }

    [Fact]
    public void Connections_round_trip_through_a_frame()
    {
        Assert.Equal(People, ConnectionFrame.ToConnections(ConnectionFrame.ToDataFrame(People)));
    }

    [Fact]
    public void A_filtered_frame_with_extra_columns_converts_back()
    {
        var frame = ConnectionFrame.ToDataFrame(People);
        frame.Columns.Add(new StringDataFrameColumn("Note", ["a", "b", "c"]));

        var filtered = frame.Filter(frame["IsHidden"].ElementwiseEquals(false));

        Assert.Equal([People[0], People[2]], ConnectionFrame.ToConnections(filtered));
    }

    [Fact]
    public void A_frame_without_a_required_column_is_a_clear_error()
    {
        var frame = ConnectionFrame.ToDataFrame(People);
        frame.Columns.Remove("Company");

        var error = Assert.Throws<ArgumentException>(() => ConnectionFrame.ToConnections(frame));

        Assert.Contains("'Company'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Invitations_and_messages_round_trip_through_frames()
    {
        Invitation[] invitations =
        [
            new("Bob", "Ada", new DateTime(2026, 1, 29, 14, 37, 0), "Hi", InvitationDirection.Incoming, "u1", "u2"),
            new("Ada", "Cyd", new DateTime(2026, 2, 1, 9, 5, 0), "", InvitationDirection.Outgoing, "", ""),
        ];
        Message[] messages =
        [
            new("c1", "", "Bob", "u1", "Ada", "u2", new DateTime(2026, 1, 30, 8, 15, 0, DateTimeKind.Utc), "", "<p>Hi\nthere</p>", "INBOX"),
        ];

        Assert.Equal(InvitationFrame.Columns, InvitationFrame.ToDataFrame(invitations).Columns.Select(c => c.Name));
        Assert.Equal(invitations, InvitationFrame.ToInvitations(InvitationFrame.ToDataFrame(invitations)));
        Assert.Equal(MessageFrame.Columns, MessageFrame.ToDataFrame(messages).Columns.Select(c => c.Name));
        Assert.Equal(messages, MessageFrame.ToMessages(MessageFrame.ToDataFrame(messages)));
    }

    [Fact]
    public void Empty_lists_give_empty_frames_with_the_schema()
    {
        var frame = ConnectionFrame.ToDataFrame([]);

        Assert.Equal(0, frame.Rows.Count);
        Assert.Equal(ConnectionFrame.Columns, frame.Columns.Select(c => c.Name));
        Assert.Empty(ConnectionFrame.ToConnections(frame));
    }
}
