using System.Text.Json;

namespace NetworkAdvisor.Tests.Cli;

public sealed class PruneCommandTests
{
    private const string Connections = """
        First Name,Last Name,URL,Email Address,Company,Position,Connected On
        Ada,Old,https://www.linkedin.com/in/ada,,Acme,Software Engineer,08 Feb 2018
        Bob,Talk,https://www.linkedin.com/in/bob,,Beta,Software Engineer,08 Feb 2018
        Cyd,Col,https://www.linkedin.com/in/cyd,,Engines,Software Engineer,08 Feb 2018
        Dee,Keep,https://www.linkedin.com/in/dee,,Delta,Software Engineer,08 Feb 2018
        ,,,,,,01 Jan 2019
        """;

    private const string Messages = """
        CONVERSATION ID,CONVERSATION TITLE,FROM,SENDER PROFILE URL,TO,RECIPIENT PROFILE URLS,DATE,SUBJECT,CONTENT,FOLDER
        c1,,Bob Talk,https://www.linkedin.com/in/bob,Owen Owner,https://www.linkedin.com/in/owen,2026-05-01 10:00:00 UTC,,hi,INBOX
        c1,,Owen Owner,https://www.linkedin.com/in/owen,Bob Talk,https://www.linkedin.com/in/bob,2026-05-02 10:00:00 UTC,,hello,SENT
        """;

    [Fact]
    public void Json_ranks_candidates_and_protects_colleagues_and_keepers()
    {
        using var folder = new TempFolder();
        folder.File("Connections.csv", Connections);
        folder.File("messages.csv", Messages);
        folder.File("Profile.csv", "First Name,Last Name,Headline\nOwen,Owner,CTO");
        folder.File("Positions.csv", "Company Name,Title,Description,Location,Started On,Finished On\nEngines,CTO,,,Jan 2020,");
        var keep = folder.File("keep.txt", "Dee Keep\n");

        var (exit, output, error) = CliRunner.Run("prune", folder.Path, "--keep", keep, "--as-of", "2026-11-01", "--format", "json");

        Assert.True(exit == 0, error);
        using var json = JsonDocument.Parse(output);
        var root = json.RootElement;
        Assert.Equal((5, 1, 1, true), (root.GetProperty("considered").GetInt32(), root.GetProperty("protectedColleagues").GetInt32(), root.GetProperty("protectedKeepers").GetInt32(), root.GetProperty("messagesAvailable").GetBoolean()));
        var names = root.GetProperty("top").EnumerateArray().Select(c => c.GetProperty("name").GetString() ?? "").ToArray();
        Assert.Equal(["Ada Old", ""], names);
    }

    [Fact]
    public void Csv_lists_reasons()
    {
        using var folder = new TempFolder();
        folder.File("Connections.csv", Connections);

        var (exit, output, _) = CliRunner.Run("prune", folder.Path, "--as-of", "2026-11-01", "--format", "csv");

        Assert.Equal(0, exit);
        var lines = output.TrimEnd('\n').Split('\n');
        Assert.Equal("name,profileUrl,company,position,connectedOn,score,reasons", lines[0]);
        Assert.Equal(",,,,2019-01-01,3,hidden or closed profile: nothing is known about this connection", lines[1]);
    }
}
