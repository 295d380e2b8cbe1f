using NetworkAdvisor.Scripting;

namespace NetworkAdvisor.Tests.Scripting;

public sealed class ScriptSyntaxTests
{
    [Theory]
    [InlineData(false, false, true, "usage: dotnet run s.cs -- [<export>] [--as-of yyyy-MM-dd] [--out <folder>]")]
    [InlineData(false, true, true, "usage: dotnet run s.cs -- [<export>] [--goal <id>] [--as-of yyyy-MM-dd] [--out <folder>]")]
    [InlineData(true, false, false, "usage: dotnet run s.cs -- <older> <newer> [--out <folder>]")]
    public void The_usage_line_follows_the_syntax(bool twoPaths, bool goal, bool asOf, string usage)
    {
        var syntax = new ScriptSyntax(twoPaths ? ["older", "newer"] : default, goal, null, asOf);

        Assert.Equal(usage, syntax.Usage("s.cs"));
        Assert.Equal(!twoPaths, syntax.HasDefaultPaths);
    }

    [Fact]
    public void Two_paths_with_defaults_are_optional_together()
    {
        var syntax = new ScriptSyntax(["older", "newer"], TakesAsOf: false, DefaultPaths: [ScriptSyntax.EarlierSample, ScriptSyntax.TypicalSample]);

        Assert.Equal("usage: dotnet run c.cs -- [<older> <newer>] [--out <folder>]", syntax.Usage("c.cs"));
        Assert.Contains("<older>  a LinkedIn export: the zip, the unzipped folder or Connections.csv (default: the bundled sample data-samples/typical-earlier/", syntax.Help("c.cs"), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(null, "default: none")]
    [InlineData("sales-new-clients", "default: sales-new-clients")]
    public void Help_names_the_default_goal_and_the_sample(string? defaultGoal, string expected)
    {
        var help = new ScriptSyntax(TakesGoal: true, DefaultGoal: defaultGoal).Help("goal-fit.cs");

        Assert.StartsWith("usage: dotnet run goal-fit.cs -- ", help, StringComparison.Ordinal);
        Assert.Contains(expected, help, StringComparison.Ordinal);
        Assert.Contains("Complete_LinkedInDataExport_11-01-2026.zip", help, StringComparison.Ordinal);
    }
}
