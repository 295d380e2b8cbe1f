using System.Text.Json;

namespace NetworkAdvisor.Tests.Cli;

public sealed class DiffCommandTests
{
    private const string Header = "First Name,Last Name,URL,Email Address,Company,Position,Connected On\n";

    [Fact]
    public void Json_has_added_removed_and_changed_arrays()
    {
        using var folder = new TempFolder();
        var older = folder.File("old/Basic_LinkedInDataExport_01-01-2026/Connections.csv", Header + "Ada,L,https://www.linkedin.com/in/ada,,Engines,Engineer,08 Feb 2025\nBob,S,https://www.linkedin.com/in/bob,,Acme,CEO,08 Feb 2025");
        var newer = folder.File("new/Connections.csv", Header + "Ada,L,https://www.linkedin.com/in/ada,,Other Co,Engineer,08 Feb 2025\nCyd,P,https://www.linkedin.com/in/cyd,,Beta,CTO,01 Mar 2026");

        var (exit, output, error) = CliRunner.Run("diff", older, newer, "--format", "json");

        Assert.True(exit == 0, error);
        using var json = JsonDocument.Parse(output);
        var root = json.RootElement;
        Assert.Equal("Cyd P", Assert.Single(root.GetProperty("added").EnumerateArray()).GetProperty("name").GetString());
        Assert.Equal("Bob S", Assert.Single(root.GetProperty("removed").EnumerateArray()).GetProperty("name").GetString());
        var changed = Assert.Single(root.GetProperty("changed").EnumerateArray());
        Assert.Equal(("Engines", "Other Co"), (changed.GetProperty("previousCompany").GetString(), changed.GetProperty("company").GetString()));
        Assert.Equal(0, root.GetProperty("netGrowth").GetInt32());
    }

    [Fact]
    public void Csv_lists_every_change()
    {
        using var folder = new TempFolder();
        var older = folder.File("a/Connections.csv", Header + "Ada,L,u1,,Engines,Engineer,08 Feb 2025");
        var newer = folder.File("b/Connections.csv", Header + "Ada,L,u1,,Engines,=Lead Engineer,08 Feb 2025");

        var (exit, output, _) = CliRunner.Run("diff", older, newer, "--format", "csv");

        Assert.Equal(0, exit);
        Assert.Equal(
            "change,firstName,lastName,profileUrl,company,position,previousCompany,previousPosition\nchanged,Ada,L,u1,Engines,'=Lead Engineer,Engines,Engineer\n",
            output);
    }

    [Fact]
    public void A_missing_export_exits_1()
    {
        using var folder = new TempFolder();
        var older = folder.File("a/Connections.csv", Header + "Ada,L,u1,,Engines,Engineer,08 Feb 2025");

        var (exit, _, error) = CliRunner.Run("diff", older, Path.Combine(folder.Path, "nope"));

        Assert.Equal(1, exit);
        Assert.Contains("no such file or folder", error, StringComparison.Ordinal);
    }
}
