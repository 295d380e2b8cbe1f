using System.Collections.Immutable;
using NetworkAdvisor.Goals;

namespace NetworkAdvisor.Cli.Commands;

/// <summary>The JSON shape of one goal in <c>goals --format json</c>.</summary>
internal sealed record GoalsJson(string Id, string Title, int Min, int Max, ImmutableArray<string> Advice)
{
    public static GoalsJson From(Goal g) => new(g.Id, g.Title, g.Min, g.Max, g.Advice);
}
