using System.Collections.Immutable;
using System.Globalization;
using NetworkAdvisor.Classification;
using YamlDotNet.RepresentationModel;

namespace NetworkAdvisor.Goals;

/// <summary>
/// Reads a custom goal from YAML or JSON. A goal may start from a built-in one (<c>extends</c>) and
/// override any field:
/// <code>
/// id: hire-backend
/// title: Hire backend engineers in Berlin
/// extends: recruiting-sourcing
/// min: 800
/// max: 2500
/// targetFunctions: [Engineering, Information Technology]
/// targetFunctionShare: 0.45
/// targetCompanies: [Zalando, Delivery Hero, N26]
/// targetCompanyCoverage: 0.5
/// decisionMakerShare: 0.1
/// nicheShare: 0.3
/// maxSingleCompanyShare: 0.2
/// maxUnknownFunctionShare: 0.3
/// regionTags: [berlin]
/// regionShare: 0.4
/// advice: ["Meet the backend community at local meetups."]
/// </code>
/// </summary>
public static class GoalFile
{
    private static readonly string[] KnownKeys =
    [
        "id", "title", "extends", "min", "max", "targetfunctions", "targetfunctionshare", "targetcompanies", "targetcompanycoverage",
        "decisionmakershare", "nicheshare", "maxsinglecompanyshare", "maxunknownfunctionshare", "regiontags", "regionshare", "advice",
    ];

    /// <summary>Parses a goal file.</summary>
    /// <param name="text">YAML or JSON.</param>
    /// <param name="sourceName">The file name for messages.</param>
    /// <returns>The goal.</returns>
    /// <exception cref="FormatException">Invalid file or value; the message names the line.</exception>
    public static Goal Parse(string text, string sourceName)
    {
        ArgumentNullException.ThrowIfNull(text);
        var stream = SafeYaml.Load(text, sourceName);

        if (stream.Documents.Count == 0 || stream.Documents[0].RootNode is not YamlMappingNode root)
        {
            throw Error(sourceName, 1, "expected a mapping with at least 'min' and 'max' (or 'extends')");
        }

        var values = new Dictionary<string, YamlNode>(StringComparer.Ordinal);
        foreach (var (keyNode, valueNode) in root.Children)
        {
            var key = ((keyNode as YamlScalarNode)?.Value ?? string.Empty).ToLowerInvariant().Replace("_", string.Empty, StringComparison.Ordinal).Replace("-", string.Empty, StringComparison.Ordinal);
            if (!KnownKeys.Contains(key))
            {
                throw Error(sourceName, (int)keyNode.Start.Line, $"unknown key '{keyNode}'");
            }

            values[key] = valueNode;
        }

        var basis = new Goal("custom", "Custom goal", 0, 0, new GoalTargets(), []);
        if (values.TryGetValue("extends", out var extendsNode))
        {
            var id = Scalar(extendsNode, sourceName);
            if (!GoalCatalogue.TryGet(id, out basis))
            {
                throw Error(sourceName, (int)extendsNode.Start.Line, $"'{id}' is not a built-in goal (see 'network-advisor goals')");
            }
        }
        else if (!values.ContainsKey("min") || !values.ContainsKey("max"))
        {
            throw Error(sourceName, (int)root.Start.Line, "a goal needs 'min' and 'max', or 'extends' with a built-in goal id");
        }

        var t = basis.Targets;
        var targets = new GoalTargets(
            Share(values, "decisionmakershare", sourceName) ?? t.MinDecisionMakerShare,
            values.ContainsKey("targetcompanies") ? [.. List(values["targetcompanies"], sourceName)] : t.Companies,
            Share(values, "targetcompanycoverage", sourceName) ?? t.MinTargetCompanyCoverage,
            values.ContainsKey("targetfunctions") ? Functions(values["targetfunctions"], sourceName) : t.Functions,
            Share(values, "targetfunctionshare", sourceName) ?? t.MinTargetFunctionShare,
            Share(values, "nicheshare", sourceName) ?? t.MinNicheShare,
            Share(values, "maxsinglecompanyshare", sourceName) ?? t.MaxSingleCompanyShare,
            Share(values, "maxunknownfunctionshare", sourceName) ?? t.MaxUnknownFunctionShare,
            values.ContainsKey("regiontags") ? [.. List(values["regiontags"], sourceName)] : t.Regions,
            Share(values, "regionshare", sourceName) ?? t.MinRegionShare);
        var min = Count(values, "min", sourceName) ?? basis.Min;
        var max = Count(values, "max", sourceName) ?? basis.Max;
        if (min > max)
        {
            throw Error(sourceName, (int)values["min"].Start.Line, string.Create(CultureInfo.InvariantCulture, $"min ({min}) is larger than max ({max})"));
        }

        return new Goal(
            values.TryGetValue("id", out var idNode) ? Scalar(idNode, sourceName) : basis.Id,
            values.TryGetValue("title", out var titleNode) ? Scalar(titleNode, sourceName) : basis.Title,
            min,
            max,
            targets,
            values.TryGetValue("advice", out var adviceNode) ? [.. List(adviceNode, sourceName), .. basis.Advice] : basis.Advice);
    }

    /// <summary>Reads a target company list: one company per line, or a CSV whose first column is the company (a header named company is skipped).</summary>
    /// <param name="text">The file content.</param>
    /// <returns>The companies as written.</returns>
    public static ImmutableArray<string> ParseTargets(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var companies = new List<string>();
        foreach (var raw in text.TrimStart('\uFEFF').Split('\n'))
        {
            var line = raw.Trim();
            if (line.Length == 0 || line.StartsWith('#'))
            {
                continue;
            }

            var name = line.StartsWith('"') ? line.Trim('"') : line.Split(',')[0].Trim();
            if (companies.Count == 0 && name.Equals("company", StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            if (name.Length > 0)
            {
                companies.Add(name);
            }
        }

        return [.. companies.Distinct(StringComparer.OrdinalIgnoreCase)];
    }

    private static string Scalar(YamlNode node, string source) =>
        node is YamlScalarNode { Value: { } value } ? value.Trim() : throw Error(source, (int)node.Start.Line, "expected a single value");

    private static List<string> List(YamlNode node, string source) => node switch
    {
        YamlScalarNode { Value: { } value } => [value.Trim()],
        YamlSequenceNode sequence => [.. sequence.Select(item => Scalar(item, source))],
        _ => throw Error(source, (int)node.Start.Line, "expected a value or a list of values"),
    };

    private static ImmutableArray<JobFunction> Functions(YamlNode node, string source) =>
        [.. List(node, source).Select(name => Vocabulary.TryParseFunction(name, out var f) && f != JobFunction.Unknown
            ? f
            : throw Error(source, (int)node.Start.Line, $"'{name}' is not one of LinkedIn's job functions"))];

    private static double? Share(Dictionary<string, YamlNode> values, string key, string source)
    {
        if (!values.TryGetValue(key, out var node))
        {
            return null;
        }

        var text = Scalar(node, source).TrimEnd('%');
        if (!double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) || value < 0 || (value > 1 && !Scalar(node, source).EndsWith('%')))
        {
            throw Error(source, (int)node.Start.Line, $"{key} must be a share between 0 and 1 (or a percentage like 40%)");
        }

        return Scalar(node, source).EndsWith('%') ? value / 100 : value;
    }

    private static int? Count(Dictionary<string, YamlNode> values, string key, string source)
    {
        if (!values.TryGetValue(key, out var node))
        {
            return null;
        }

        return int.TryParse(Scalar(node, source).Replace(",", string.Empty, StringComparison.Ordinal), NumberStyles.None, CultureInfo.InvariantCulture, out var value) && value <= Goal.LinkedInCap
            ? value
            : throw Error(source, (int)node.Start.Line, string.Create(CultureInfo.InvariantCulture, $"{key} must be a whole number of connections from 0 to {Goal.LinkedInCap}"));
    }

    private static FormatException Error(string source, int line, string message) =>
        new(string.Create(CultureInfo.InvariantCulture, $"{source}:{line}: {message}"));
}
