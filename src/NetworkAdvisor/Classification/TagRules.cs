using System.Collections.Frozen;
using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using NetworkAdvisor.Import;
using NetworkAdvisor.Model;
using YamlDotNet.RepresentationModel;

namespace NetworkAdvisor.Classification;

/// <summary>
/// The user's own tags: rules in YAML or JSON (JSON is read as YAML, which contains it) and plain
/// <c>url,tag</c> CSV lists. A connection can have many tags.
/// <code>
/// tags:
///   - tag: target-account
///     company: [Google, Microsoft]          # normalised, aliases applied
///   - tag: decision-maker
///     seniority: [Director, VP, CXO, Partner, Owner]
///   - tag: recruiter
///     title: [recruiter, talent acquisition] # whole words, any case or accent
///   - tag: ml
///     titlePattern: "machine learning|\bml\b"
///   - tag: old-colleague
///     relationship: [ExColleague]
///     connectedTo: 2015-12-31
///   - tag: vip
///     profileUrl: [https://www.linkedin.com/in/ada-example]
/// </code>
/// </summary>
public sealed class TagRules
{
    private static readonly FrozenSet<string> Keys = new[]
    {
        "tag", "company", "title", "titlepattern", "function", "seniority", "relationship", "connectedfrom", "connectedto", "profileurl",
    }.ToFrozenSet(StringComparer.Ordinal);

    private TagRules(ImmutableArray<TagRule> rules, FrozenDictionary<string, ImmutableArray<string>> byUrl)
    {
        Rules = rules;
        ByUrl = byUrl;
    }

    /// <summary>No tags.</summary>
    public static TagRules None { get; } = new([], FrozenDictionary<string, ImmutableArray<string>>.Empty);

    /// <summary>The condition rules.</summary>
    public ImmutableArray<TagRule> Rules { get; }

    /// <summary>Tags given to profile URLs directly (normalised URL to tags).</summary>
    public FrozenDictionary<string, ImmutableArray<string>> ByUrl { get; }

    /// <summary>Parses a YAML or JSON rules file.</summary>
    /// <param name="text">The file content.</param>
    /// <param name="sourceName">The file name, for messages.</param>
    /// <param name="companies">How company names in rules are normalised (use the same aliases as for connections).</param>
    /// <returns>The rules.</returns>
    /// <exception cref="FormatException">The file is not valid or a rule is wrong; the message names the line.</exception>
    public static TagRules Parse(string text, string sourceName, CompanyNormalizer companies)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(companies);
        var stream = SafeYaml.Load(text, sourceName);

        if (stream.Documents.Count == 0)
        {
            return None;
        }

        var root = stream.Documents[0].RootNode as YamlMappingNode
            ?? throw Error(sourceName, (int)stream.Documents[0].RootNode.Start.Line, "expected a mapping with a 'tags' list");
        if (!root.Children.TryGetValue(new YamlScalarNode("tags"), out var tagsNode) || tagsNode is not YamlSequenceNode tags)
        {
            throw Error(sourceName, (int)root.Start.Line, "expected a 'tags' list");
        }

        var rules = ImmutableArray.CreateBuilder<TagRule>();
        foreach (var node in tags)
        {
            rules.Add(ParseRule(node, sourceName, companies));
        }

        return new TagRules(rules.ToImmutable(), FrozenDictionary<string, ImmutableArray<string>>.Empty);
    }

    /// <summary>Parses a CSV of <c>url,tag</c> rows (a header row is optional; a URL may appear on many rows).</summary>
    /// <param name="text">The file content.</param>
    /// <param name="sourceName">The file name, for messages.</param>
    /// <returns>The URL tags.</returns>
    /// <exception cref="FormatException">A row does not have a URL and a tag; the message names the line.</exception>
    public static TagRules FromUrlCsv(string text, string sourceName)
    {
        ArgumentNullException.ThrowIfNull(text);
        var byUrl = new Dictionary<string, SortedSet<string>>(StringComparer.Ordinal);
        foreach (var record in new CsvTokenizer(text.TrimStart('\uFEFF'), ',').ReadAll())
        {
            if (record.IsBlank)
            {
                continue;
            }

            if (record.Error is not null || record.Fields.Length < 2 || record.Fields[0].Trim().Length == 0 || record.Fields[1].Trim().Length == 0)
            {
                throw Error(sourceName, record.Line, "expected 'url,tag'");
            }

            if (record.Line == 1 && record.Fields[0].Trim().Equals("url", StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            var url = ProfileUrl.Normalize(record.Fields[0]);
            if (!byUrl.TryGetValue(url, out var set))
            {
                byUrl[url] = set = new SortedSet<string>(StringComparer.Ordinal);
            }

            set.Add(record.Fields[1].Trim());
        }

        return new TagRules([], byUrl.ToFrozenDictionary(p => p.Key, p => p.Value.ToImmutableArray(), StringComparer.Ordinal));
    }

    /// <summary>Both sets of rules together.</summary>
    /// <param name="other">More rules.</param>
    /// <returns>The union.</returns>
    public TagRules Combine(TagRules other)
    {
        ArgumentNullException.ThrowIfNull(other);
        var byUrl = ByUrl.Concat(other.ByUrl)
            .GroupBy(p => p.Key, StringComparer.Ordinal)
            .ToFrozenDictionary(g => g.Key, g => g.SelectMany(p => p.Value).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToImmutableArray(), StringComparer.Ordinal);
        return new TagRules(Rules.AddRange(other.Rules), byUrl);
    }

    /// <summary>True when no connection gets a tag (no rules, no tags by URL): callers need not describe connections.</summary>
    internal bool TagsNothing => Rules.IsEmpty && ByUrl.Count == 0;

    /// <summary>The tags of one connection, sorted and distinct.</summary>
    /// <param name="subject">The connection and its classification.</param>
    /// <returns>Its tags.</returns>
    public ImmutableArray<string> TagsFor(TagSubject subject)
    {
        ArgumentNullException.ThrowIfNull(subject);
        if (TagsNothing)
        {
            return [];
        }

        var url = ProfileUrl.Normalize(subject.Connection.ProfileUrl);
        var tags = new SortedSet<string>(StringComparer.Ordinal);
        if (url.Length > 0 && ByUrl.TryGetValue(url, out var direct))
        {
            tags.UnionWith(direct);
        }

        string? foldedTitle = null;
        foreach (var rule in Rules)
        {
            if (Matches(rule.When, subject, url, ref foldedTitle))
            {
                tags.Add(rule.Tag);
            }
        }

        return [.. tags];
    }

    private static bool Matches(TagCondition when, TagSubject subject, string url, ref string? foldedTitle)
    {
        var c = subject.Connection;
        if (!when.Companies.IsEmpty && !when.Companies.Contains(subject.Company.Key))
        {
            return false;
        }

        if (!when.Functions.IsEmpty && !when.Functions.Contains(subject.Title.Function))
        {
            return false;
        }

        if (!when.Seniorities.IsEmpty && !when.Seniorities.Contains(subject.Title.Seniority))
        {
            return false;
        }

        if (!when.Relationships.IsEmpty && !when.Relationships.Contains(subject.Relationship))
        {
            return false;
        }

        if ((when.ConnectedFrom is { } from && c.ConnectedOn < from) || (when.ConnectedTo is { } to && c.ConnectedOn > to))
        {
            return false;
        }

        if (!when.ProfileUrls.IsEmpty && (url.Length == 0 || !when.ProfileUrls.Contains(url)))
        {
            return false;
        }

        if (!when.TitleWords.IsEmpty)
        {
            foldedTitle ??= " " + Fold(c.Position) + " ";
            var title = foldedTitle;
            if (!when.TitleWords.Any(w => title.Contains(" " + w + " ", StringComparison.Ordinal)))
            {
                return false;
            }
        }

        if (when.TitlePattern is null)
        {
            return true;
        }

        var position = c.Position.Length > TitleText.MaxChars ? c.Position[..TitleText.MaxChars] : c.Position;
        try
        {
            return when.TitlePattern.IsMatch(position);
        }
        catch (RegexMatchTimeoutException)
        {
            return false;
        }
    }

    private static TagRule ParseRule(YamlNode node, string source, CompanyNormalizer companies)
    {
        var line = (int)node.Start.Line;
        if (node is not YamlMappingNode map)
        {
            throw Error(source, line, "each tag rule must be a mapping with 'tag' and conditions");
        }

        var values = new Dictionary<string, (List<string> Values, int Line)>(StringComparer.Ordinal);
        foreach (var (keyNode, valueNode) in map.Children)
        {
            var key = ((keyNode as YamlScalarNode)?.Value ?? string.Empty).ToLowerInvariant().Replace("_", string.Empty, StringComparison.Ordinal).Replace("-", string.Empty, StringComparison.Ordinal);
            if (!Keys.Contains(key))
            {
                throw Error(source, (int)keyNode.Start.Line, $"unknown key '{keyNode}' (use tag, company, title, titlePattern, function, seniority, relationship, connectedFrom, connectedTo, profileUrl)");
            }

            values[key] = (Scalars(valueNode, source), (int)valueNode.Start.Line);
        }

        if (!values.TryGetValue("tag", out var tag) || tag.Values.Count != 1 || tag.Values[0].Trim().Length == 0)
        {
            throw Error(source, line, "a rule needs exactly one 'tag'");
        }

        if (values.Count == 1)
        {
            throw Error(source, line, $"tag '{tag.Values[0]}' has no condition");
        }

        var condition = new TagCondition(
            List(values, "company").Select(v => companies.Normalize(v).Key).Where(k => k.Length > 0).Distinct(StringComparer.Ordinal).ToImmutableArray(),
            List(values, "title").Select(Fold).Where(w => w.Length > 0).ToImmutableArray(),
            Pattern(values, source),
            Parse(values, "function", source, (string s, out JobFunction f) => Vocabulary.TryParseFunction(s, out f)),
            Parse(values, "seniority", source, (string s, out Seniority v) => Vocabulary.TryParseSeniority(s, out v)),
            Parse(values, "relationship", source, (string s, out Relationship r) => Enum.TryParse(s.Replace("-", string.Empty, StringComparison.Ordinal).Replace(" ", string.Empty, StringComparison.Ordinal), ignoreCase: true, out r) && Enum.IsDefined(r)),
            Date(values, "connectedfrom", source),
            Date(values, "connectedto", source),
            List(values, "profileurl").Select(ProfileUrl.Normalize).Where(u => u.Length > 0).ToImmutableArray());
        return new TagRule(tag.Values[0].Trim(), condition, string.Create(CultureInfo.InvariantCulture, $"{source}:{line}"));
    }

    private delegate bool TryParser<T>(string text, out T value);

    private static ImmutableArray<T> Parse<T>(Dictionary<string, (List<string> Values, int Line)> values, string key, string source, TryParser<T> parse)
    {
        if (!values.TryGetValue(key, out var entry))
        {
            return [];
        }

        var result = ImmutableArray.CreateBuilder<T>();
        foreach (var text in entry.Values)
        {
            if (!parse(text, out var value))
            {
                throw Error(source, entry.Line, $"'{text}' is not a valid {key}");
            }

            result.Add(value);
        }

        return result.ToImmutable();
    }

    private static List<string> List(Dictionary<string, (List<string> Values, int Line)> values, string key) =>
        values.TryGetValue(key, out var entry) ? entry.Values : [];

    private static Regex? Pattern(Dictionary<string, (List<string> Values, int Line)> values, string source)
    {
        if (!values.TryGetValue("titlepattern", out var entry))
        {
            return null;
        }

        try
        {
            return new Regex(
                string.Join('|', entry.Values.Select(v => "(?:" + v + ")")),
                RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.NonBacktracking,
                TimeSpan.FromSeconds(1));
        }
        catch (Exception ex) when (ex is ArgumentException or NotSupportedException)
        {
            throw Error(source, entry.Line, $"titlePattern is not a valid pattern ({ex.Message.ReplaceLineEndings(" ")})");
        }
    }

    private static DateOnly? Date(Dictionary<string, (List<string> Values, int Line)> values, string key, string source)
    {
        if (!values.TryGetValue(key, out var entry))
        {
            return null;
        }

        return entry.Values.Count == 1 && DateOnly.TryParseExact(entry.Values[0], "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? date
            : throw Error(source, entry.Line, $"{key} must be one date in the form yyyy-MM-dd");
    }

    private static List<string> Scalars(YamlNode node, string source) => node switch
    {
        YamlScalarNode scalar => [scalar.Value ?? string.Empty],
        YamlSequenceNode sequence => [.. sequence.Select(item => item is YamlScalarNode s ? s.Value ?? string.Empty
            : throw Error(source, (int)item.Start.Line, "list items must be plain values"))],
        _ => throw Error(source, (int)node.Start.Line, "expected a value or a list of values"),
    };

    /// <summary>Lower-case, accent-free words joined by single spaces, as titles are compared.</summary>
    private static string Fold(string text)
    {
        Span<char> chars = stackalloc char[TitleText.MaxChars * 2];
        Span<TitleToken> tokens = stackalloc TitleToken[TitleText.MaxTokens];
        var count = TitleText.Tokenize(text, chars, tokens);
        var builder = new StringBuilder();
        for (var i = 0; i < count; i++)
        {
            if (i > 0)
            {
                builder.Append(' ');
            }

            builder.Append(chars.Slice(tokens[i].Start, tokens[i].Length));
        }

        return builder.ToString();
    }

    private static FormatException Error(string source, int line, string message) =>
        new(string.Create(CultureInfo.InvariantCulture, $"{source}:{line}: {message}"));
}
