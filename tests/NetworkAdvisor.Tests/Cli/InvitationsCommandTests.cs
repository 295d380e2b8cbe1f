using System.Text.Json;

namespace NetworkAdvisor.Tests.Cli;

public sealed class InvitationsCommandTests
{
    private const string Connections = """
        First Name,Last Name,URL,Email Address,Company,Position,Connected On
        Ada,Lovelace,https://www.linkedin.com/in/ada,,Engines,CTO,08 Feb 2026
        """;

    // As of 2026-01-30 (Friday of 2026-W05): four incoming, two outgoing (one pending 60 days), one after the as-of date.
    private const string Invitations = """
        From,To,Sent At,Message,Direction,inviterProfileUrl,inviteeProfileUrl
        Bob Seller,Ada Lovelace,"1/29/26, 2:37 PM","Hi Ada, can we book a call about ROI?",INCOMING,https://www.linkedin.com/in/bob,https://www.linkedin.com/in/ada
        Cara Friend,Ada Lovelace,"1/28/26, 9:00 AM",Great talk at the conference yesterday!,INCOMING,https://www.linkedin.com/in/cara,https://www.linkedin.com/in/ada
        =cmd|' /C calc'!A0,Ada Lovelace,"1/27/26, 9:00 AM","<script>alert(1)</script> passive income",INCOMING,https://www.linkedin.com/in/mal,https://www.linkedin.com/in/ada
        Fay None,Ada Lovelace,"1/25/26, 9:00 AM",,INCOMING,https://www.linkedin.com/in/fay,https://www.linkedin.com/in/ada
        Ada Lovelace,Gus Old,"12/1/25, 9:00 AM",,OUTGOING,https://www.linkedin.com/in/ada,https://www.linkedin.com/in/gus
        Ada Lovelace,Hal New,"1/28/26, 9:00 AM",,OUTGOING,https://www.linkedin.com/in/ada,https://www.linkedin.com/in/hal
        Ivy Late,Ada Lovelace,"2/2/26, 9:00 AM",,INCOMING,https://www.linkedin.com/in/ivy,https://www.linkedin.com/in/ada
        """;

    private static TempFolder Export()
    {
        var folder = new TempFolder();
        folder.File("Connections.csv", Connections);
        folder.File("Invitations.csv", Invitations);
        return folder;
    }

    [Fact]
    public void Csv_lists_incoming_newest_first_with_neutralised_cells()
    {
        using var folder = Export();

        var (exit, output, error) = CliRunner.Run("invitations", folder.Path, "--as-of", "2026-01-30", "--format", "csv");

        Assert.True(exit == 0, error);
        Assert.Equal(
            "from,sentAt,category,suggestion,reason\n" +
            "Bob Seller,2026-01-29T14:37:00,salesPitch,ignore,Mentions 'book a call' and 'ROI': a sales pitch.\n" +
            "Cara Friend,2026-01-28T09:00:00,personalNote,accept,Mentions 'great talk' and 'conference': a shared context.\n" +
            "'=cmd|' /C calc'!A0,2026-01-27T09:00:00,spamLike,ignore,Mentions 'passive income' and contains HTML or script markup: spam-like.\n" +
            "Fay None,2026-01-25T09:00:00,noNote,review,No note: look at the profile before accepting.\n",
            output);
    }

    [Fact]
    public void Json_has_incoming_withdraw_weeks_and_summary()
    {
        using var folder = Export();

        var (exit, output, error) = CliRunner.Run("invitations", folder.Path, "--as-of", "2026-01-30", "--format", "json");

        Assert.True(exit == 0, error);
        using var json = JsonDocument.Parse(output);
        var root = json.RootElement;
        Assert.Equal("2026-01-30", root.GetProperty("asOf").GetString());
        Assert.Equal(21, root.GetProperty("withdrawAfterDays").GetInt32());
        var incoming = root.GetProperty("incoming").EnumerateArray().ToList();
        Assert.Equal(["Bob Seller", "Cara Friend", "=cmd|' /C calc'!A0", "Fay None"], incoming.Select(i => i.GetProperty("from").GetString()));
        Assert.Equal(["salesPitch", "personalNote", "spamLike", "noNote"], incoming.Select(i => i.GetProperty("category").GetString()));
        Assert.Equal(["ignore", "accept", "ignore", "review"], incoming.Select(i => i.GetProperty("suggestion").GetString()));
        Assert.Equal("2026-01-29T14:37:00", incoming[0].GetProperty("sentAt").GetString());
        Assert.Equal("https://www.linkedin.com/in/bob", incoming[0].GetProperty("inviterProfileUrl").GetString());
        Assert.Equal("Mentions 'book a call' and 'ROI': a sales pitch.", incoming[0].GetProperty("reason").GetString());
        Assert.DoesNotContain("<script", output, StringComparison.OrdinalIgnoreCase);

        var withdraw = Assert.Single(root.GetProperty("withdraw").EnumerateArray());
        Assert.Equal(("Gus Old", "2025-12-01T09:00:00", 60, "https://www.linkedin.com/in/gus"), (
            withdraw.GetProperty("to").GetString(), withdraw.GetProperty("sentAt").GetString(),
            withdraw.GetProperty("ageDays").GetInt32(), withdraw.GetProperty("inviteeProfileUrl").GetString()));

        // 2025-12-01 is the Monday of 2025-W49; 2026-01-30 is in 2026-W05 (Monday 2026-01-26, 8 weeks later): 9 weeks.
        var weeks = root.GetProperty("weeks").EnumerateArray().ToList();
        Assert.Equal(9, weeks.Count);
        Assert.Equal(("2025-W49", 1, false), (weeks[0].GetProperty("week").GetString(), weeks[0].GetProperty("sent").GetInt32(), weeks[0].GetProperty("nearLimit").GetBoolean()));
        Assert.Equal(("2026-W05", 1), (weeks[^1].GetProperty("week").GetString(), weeks[^1].GetProperty("sent").GetInt32()));
        Assert.Equal(2, weeks.Sum(w => w.GetProperty("sent").GetInt32()));
        Assert.Equal("2026-W05", root.GetProperty("currentWeek").GetProperty("week").GetString());

        var summary = root.GetProperty("summary");
        Assert.Equal(
            (4, 2, 0, 1, 1, 1, 0, 1, 1, 1, 1, 2, 1, 0, 0.5),
            (summary.GetProperty("incoming").GetInt32(), summary.GetProperty("outgoing").GetInt32(),
             summary.GetProperty("unknownDirection").GetInt32(), summary.GetProperty("excludedAfterAsOf").GetInt32(),
             summary.GetProperty("personalNote").GetInt32(), summary.GetProperty("noNote").GetInt32(),
             summary.GetProperty("recruiter").GetInt32(), summary.GetProperty("salesPitch").GetInt32(),
             summary.GetProperty("spamLike").GetInt32(), summary.GetProperty("accept").GetInt32(),
             summary.GetProperty("review").GetInt32(), summary.GetProperty("ignore").GetInt32(),
             summary.GetProperty("staleOutgoing").GetInt32(), summary.GetProperty("nearLimitWeeks").GetInt32(),
             summary.GetProperty("pitchOrSpamShare").GetDouble()));
    }

    [Fact]
    public void Withdraw_after_and_the_default_as_of_date_are_honoured()
    {
        using var folder = Export();

        // The test clock says 2026-11-26: everything is older; with --withdraw-after 310 only Gus (360 days) is stale, not Hal (302).
        var (exit, output, error) = CliRunner.Run("invitations", folder.Path, "--withdraw-after", "310", "--format", "json");

        Assert.True(exit == 0, error);
        using var json = JsonDocument.Parse(output);
        Assert.Equal("2026-11-26", json.RootElement.GetProperty("asOf").GetString());
        Assert.Equal(["Gus Old"], json.RootElement.GetProperty("withdraw").EnumerateArray().Select(w => w.GetProperty("to").GetString()));
        Assert.Equal(360, json.RootElement.GetProperty("withdraw")[0].GetProperty("ageDays").GetInt32());
        Assert.Equal(5, json.RootElement.GetProperty("summary").GetProperty("incoming").GetInt32());
    }

    [Fact]
    public void Table_shows_the_three_sections_as_plain_text()
    {
        using var folder = Export();

        var (exit, output, error) = CliRunner.Run("invitations", folder.Path, "--as-of", "2026-01-30");

        Assert.True(exit == 0, error);
        Assert.Contains("Incoming invitations, as of 2026-01-30", output, StringComparison.Ordinal);
        Assert.Contains("Outgoing invitations pending more than 21 days", output, StringComparison.Ordinal);
        Assert.Contains("Gus Old", output, StringComparison.Ordinal);
        Assert.Contains("2026-W05 (so far)", output, StringComparison.Ordinal);
        Assert.DoesNotContain("2025-W49", output, StringComparison.Ordinal);
        Assert.Contains("4 incoming: 1 to accept, 1 to review, 2 to ignore; 50.0% are sales pitches or spam.", output, StringComparison.Ordinal);
        Assert.Contains("1 invitation(s) dated after 2026-01-30 left out.", output, StringComparison.Ordinal);
    }

    /// <summary>--top, the incoming invitations the table lists (newest first), and the line about the rest.</summary>
    public static TheoryData<string?, string[], string?> Tops => new()
    {
        { null, ["Bob Seller", "Cara Friend", "Fay None"], null },
        { "1", ["Bob Seller"], "The 1 newest of 4 are listed; --top 4 lists them all, as --format csv or json does." },
        { "3", ["Bob Seller", "Cara Friend"], "The 3 newest of 4 are listed; --top 4 lists them all, as --format csv or json does." },
        { "4", ["Bob Seller", "Cara Friend", "Fay None"], null },
    };

    [Theory]
    [MemberData(nameof(Tops))]
    public void The_table_lists_the_newest_incoming_invitations_up_to_top(string? top, string[] listed, string? rest)
    {
        using var folder = Export();
        string[] args = ["invitations", folder.Path, "--as-of", "2026-01-30"];

        var (exit, output, error) = CliRunner.Run(top is null ? args : [.. args, "--top", top]);

        Assert.True(exit == 0, error);
        foreach (var name in new[] { "Bob Seller", "Cara Friend", "Fay None" })
        {
            Assert.Equal(listed.Contains(name), output.Contains(name, StringComparison.Ordinal));
        }

        Assert.Equal(rest is not null, output.Contains("are listed; --top", StringComparison.Ordinal));
        if (rest is not null)
        {
            Assert.Contains(rest, output, StringComparison.Ordinal);
        }

        // The outgoing invitation to withdraw is one: listed whatever --top is, with no line about more.
        Assert.Contains("Gus Old", output, StringComparison.Ordinal);
        Assert.Contains("4 incoming: 1 to accept, 1 to review, 2 to ignore", output, StringComparison.Ordinal);
    }

    [Fact]
    public void An_export_without_invitations_is_an_empty_triage()
    {
        using var folder = new TempFolder();
        folder.File("Connections.csv", Connections);

        var (exit, output, error) = CliRunner.Run("invitations", folder.Path, "--as-of", "2026-01-30", "--format", "csv");

        Assert.True(exit == 0, error);
        Assert.Equal("from,sentAt,category,suggestion,reason\n", output);
    }

    [Theory]
    [InlineData("invitations")]
    [InlineData("invitations", "x", "--withdraw-after", "-1")]
    [InlineData("invitations", "x", "--withdraw-after", "soon")]
    [InlineData("invitations", "x", "--withdraw-after", "1.5")]
    [InlineData("invitations", "x", "--format", "xml")]
    [InlineData("invitations", "x", "--top", "0")]
    [InlineData("invitations", "x", "--as-of", "30.01.2026")]
    public void Usage_errors_exit_2(params string[] args)
    {
        Assert.Equal(2, CliRunner.Run(args).Exit);
    }

    [Fact]
    public void A_missing_export_exits_1()
    {
        using var folder = new TempFolder();

        var (exit, _, error) = CliRunner.Run("invitations", Path.Combine(folder.Path, "nothing.zip"));

        Assert.Equal(1, exit);
        Assert.StartsWith("network-advisor: ", error, StringComparison.Ordinal);
    }
}
