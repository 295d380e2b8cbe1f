using System.Text.Json;

namespace NetworkAdvisor.Tests.Cli;

public sealed class EngagementCommandTests
{
    // As of 2026-11-01: Ada two-way (2 sent incl. a group message, 1 received), Bob 1 sent (group), Carl 1
    // received by name (his URL in the message is a member id), a hidden profile, Dan connected after the as-of
    // day (left out), one message from a stranger and one after the as-of day.
    private const string Connections = """
        First Name,Last Name,URL,Email Address,Company,Position,Connected On
        Ada,Lovelace,https://www.linkedin.com/in/ada-lovelace,,Analytical Engines,Engineer,01 Mar 2020
        Bob,Builder,https://www.linkedin.com/in/bob-builder,,@Evil,Foreman,15 Jun 2026
        Carl,Corner,,,Acme,Director,10 Jan 2019
        ,,,,,,05 May 2018
        Dan,Later,https://www.linkedin.com/in/dan-later,,Acme,Engineer,20 Nov 2026
        """;

    private const string Profile = """
        First Name,Last Name,Maiden Name,Address,Birth Date,Headline,Summary,Industry,Zip Code,Geo Location,Twitter Handles,Websites,Instant Messengers
        Olivia,Owner,,,,Engineering leader,,Software,,Berlin,,,
        """;

    private const string Messages = """
        CONVERSATION ID,CONVERSATION TITLE,FROM,SENDER PROFILE URL,TO,RECIPIENT PROFILE URLS,DATE,SUBJECT,CONTENT,FOLDER
        c1,,Olivia Owner,https://www.linkedin.com/in/olivia-owner,Ada Lovelace,https://www.linkedin.com/in/ada-lovelace,2026-03-05 17:04:33 UTC,,Hi Ada,SENT
        c1,,Ada Lovelace,linkedin.com/in/Ada-Lovelace/,Olivia Owner,https://www.linkedin.com/in/olivia-owner,2026-03-06 08:00:00 UTC,,Hi!,INBOX
        c2,Team,Olivia Owner,https://www.linkedin.com/in/olivia-owner,"Ada Lovelace,Bob Builder","https://www.linkedin.com/in/ada-lovelace,https://www.linkedin.com/in/bob-builder",2026-07-01 10:00:00 UTC,,"Hello
        team",SENT
        c3,,Carl Corner,https://www.linkedin.com/in/ACoAAcarl,Olivia Owner,https://www.linkedin.com/in/olivia-owner,2023-01-10 09:00:00 UTC,,Long time,INBOX
        c4,,Eve Stranger,https://www.linkedin.com/in/eve,Olivia Owner,https://www.linkedin.com/in/olivia-owner,2026-05-01 12:00:00 UTC,,Buy now,INBOX
        c1,,Olivia Owner,https://www.linkedin.com/in/olivia-owner,Ada Lovelace,https://www.linkedin.com/in/ada-lovelace,2026-11-02 09:00:00 UTC,,Later,SENT
        """;

    private static TempFolder Export(bool withMessages = true)
    {
        var folder = new TempFolder();
        folder.File("Connections.csv", Connections);
        folder.File("Profile.csv", Profile);
        if (withMessages)
        {
            folder.File("messages.csv", Messages);
        }

        return folder;
    }

    [Fact]
    public void Csv_lists_every_identified_connection()
    {
        using var folder = Export();

        var (exit, output, error) = CliRunner.Run("engagement", folder.Path, "--as-of", "2026-11-01", "--format", "csv");

        Assert.True(exit == 0, error);
        Assert.Equal(
            "name,profileUrl,company,sent,received,firstContact,lastContact,twoWay\n" +
            "Ada Lovelace,https://www.linkedin.com/in/ada-lovelace,Analytical Engines,2,1,2026-03-05,2026-07-01,true\n" +
            "Bob Builder,https://www.linkedin.com/in/bob-builder,'@Evil,1,0,2026-07-01,2026-07-01,false\n" +
            "Carl Corner,,Acme,0,1,2023-01-10,2023-01-10,false\n",
            output);
    }

    [Fact]
    public void Json_has_the_documented_fields()
    {
        using var folder = Export();

        var (exit, output, error) = CliRunner.Run("engagement", folder.Path, "--as-of", "2026-11-01", "--format", "json");

        Assert.True(exit == 0, error);
        using var json = JsonDocument.Parse(output);
        var root = json.RootElement;
        int Int(string name) => root.GetProperty(name).GetInt32();
        double Double(string name) => root.GetProperty(name).GetDouble();
        Assert.Equal((5, 4, 1, 1), (Int("messages"), Int("matchedMessages"), Int("unmatchedMessages"), Int("ignoredAfterAsOf")));
        Assert.Equal((4, 3, 3, 2, 1), (Int("connections"), Int("identified"), Int("everMessaged"), Int("engaged12Months"), Int("dormant")));
        Assert.Equal(0.6667, Double("engagedShare"));
        Assert.Equal(0.3333, Double("dormantShare"));
        Assert.Equal(0.3333, Double("twoWayShare"));
        var top = root.GetProperty("topContacts").EnumerateArray().ToList();
        Assert.Equal(["Ada Lovelace", "Bob Builder", "Carl Corner"], top.Select(t => t.GetProperty("name").GetString()!).ToArray());
        var ada = top[0];
        Assert.Equal("https://www.linkedin.com/in/ada-lovelace", ada.GetProperty("profileUrl").GetString());
        Assert.Equal((2, 1, true), (ada.GetProperty("sent").GetInt32(), ada.GetProperty("received").GetInt32(), ada.GetProperty("twoWay").GetBoolean()));
        Assert.Equal(("2026-03-05", "2026-07-01"), (ada.GetProperty("firstContact").GetString(), ada.GetProperty("lastContact").GetString()));
        var checks = root.GetProperty("checks").EnumerateArray().ToList();
        Assert.Equal(["engaged-share", "dormant-share"], checks.Select(c => c.GetProperty("name").GetString()!).ToArray());
        Assert.Equal("66.7% (2 of 3)", checks[0].GetProperty("value").GetString());
        Assert.True(checks[0].GetProperty("passed").GetBoolean());
        Assert.True(checks[1].GetProperty("passed").GetBoolean());
    }

    [Fact]
    public void Top_limits_the_contacts()
    {
        using var folder = Export();

        var (_, output, _) = CliRunner.Run("engagement", folder.Path, "--as-of", "2026-11-01", "--format", "json", "--top", "1");

        using var json = JsonDocument.Parse(output);
        Assert.Equal("Ada Lovelace", Assert.Single(json.RootElement.GetProperty("topContacts").EnumerateArray()).GetProperty("name").GetString());
    }

    [Fact]
    public void Table_shows_the_figures_the_top_contacts_and_the_checks()
    {
        using var folder = Export();

        var (exit, output, error) = CliRunner.Run("engagement", folder.Path, "--as-of", "2026-11-01");

        Assert.True(exit == 0, error);
        Assert.Contains("Engagement as of 2026-11-01", output, StringComparison.Ordinal);
        Assert.Contains("5 (4 with connections, 1 with others)", output, StringComparison.Ordinal);
        Assert.Contains("2 (66.7%)", output, StringComparison.Ordinal);
        Assert.Contains("Dormant (no message in 2 years)", output, StringComparison.Ordinal);
        Assert.Contains("1 messages after 2026-11-01 were ignored.", output, StringComparison.Ordinal);
        Assert.Contains("Ada Lovelace", output, StringComparison.Ordinal);
        Assert.Contains("engaged-share: 66.7% (2 of 3)", output, StringComparison.Ordinal);
        Assert.Contains("dormant-share: 33.3% (1 of 3)", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Without_messages_the_checks_are_not_measurable()
    {
        using var folder = Export(withMessages: false);

        var (exit, output, _) = CliRunner.Run("engagement", folder.Path, "--as-of", "2026-11-01", "--format", "json");
        var (tableExit, table, _) = CliRunner.Run("engagement", folder.Path, "--as-of", "2026-11-01");

        Assert.Equal(0, exit);
        using var json = JsonDocument.Parse(output);
        Assert.Equal(0, json.RootElement.GetProperty("messages").GetInt32());
        Assert.All(json.RootElement.GetProperty("checks").EnumerateArray(), c => Assert.Equal(JsonValueKind.Null, c.GetProperty("passed").ValueKind));
        Assert.Equal(0, tableExit);
        Assert.Contains("cannot be measured without messages.csv", table, StringComparison.Ordinal);
    }

    [Fact]
    public void Default_as_of_is_today()
    {
        // The runner's clock says 2026-11-26: Dan (connected 2026-11-20) counts and the late message is read.
        using var folder = Export();

        var (_, output, _) = CliRunner.Run("engagement", folder.Path, "--format", "json");

        using var json = JsonDocument.Parse(output);
        Assert.Equal((5, 6, 0), (json.RootElement.GetProperty("connections").GetInt32(), json.RootElement.GetProperty("messages").GetInt32(), json.RootElement.GetProperty("ignoredAfterAsOf").GetInt32()));
    }

    [Theory]
    [InlineData(2, "engagement")]
    [InlineData(2, "engagement", "x", "--top", "0")]
    [InlineData(2, "engagement", "x", "--as-of", "01.11.2026")]
    [InlineData(2, "engagement", "x", "--format", "xml")]
    public void Usage_errors_exit_2(int expected, params string[] args)
    {
        Assert.Equal(expected, CliRunner.Run(args).Exit);
    }

    [Fact]
    public void An_unreadable_export_exits_1()
    {
        using var folder = new TempFolder();

        var (exit, _, error) = CliRunner.Run("engagement", Path.Combine(folder.Path, "nothing.zip"));

        Assert.Equal(1, exit);
        Assert.StartsWith("network-advisor: ", error, StringComparison.Ordinal);
    }
}
