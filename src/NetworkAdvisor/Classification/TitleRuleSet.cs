using System.Collections.Frozen;
using System.Globalization;
using System.Reflection;

namespace NetworkAdvisor.Classification;

/// <summary>
/// The title rules, read from a plain-text rules file (the built-in one is embedded in the package;
/// users can add their own). Format, one pattern per line under a section header:
/// <code>
/// [Job: Engineering]            job nouns: strong evidence for a function
/// software engineer
/// *entwickler                    compound suffix: softwareentwickler, webentwickler
/// [Job: Sales / Entry]           job noun with a base seniority (role-noun managers)
/// account manager
/// [Function: Marketing]          domain words: weaker evidence
/// marketing
/// vertrieb*                      compound prefix: vertriebsleiter, vertriebsinnendienst
/// [Seniority: Director]          rank words
/// head of
/// [Stop]                         the rest of the role is not a title: at, @, open to work
/// [Ignore]                       matches and means nothing
/// </code>
/// Patterns are folded like titles (lower case, no accents). Longer patterns win; a user rule wins
/// over a built-in rule of the same length, and a user pattern equal to a built-in one replaces it.
/// </summary>
internal sealed class TitleRuleSet
{
    private const string BuiltInResource = "NetworkAdvisor.Classification.Rules.title-rules.txt";

    private TitleRuleSet(IReadOnlyList<TitleRule> rules)
    {
        Rules = rules;
        Exact = rules.Where(r => !r.IsPartial).GroupBy(r => r.Tokens[0], StringComparer.Ordinal)
            .ToFrozenDictionary(g => g.Key, g => g.OrderByDescending(r => r.Tokens.Length).ToArray(), StringComparer.Ordinal);
        Prefixes = rules.Where(r => r.IsPrefix).GroupBy(r => r.Tokens[0], StringComparer.Ordinal)
            .ToFrozenDictionary(g => g.Key, g => g.ToArray(), StringComparer.Ordinal);
        Suffixes = rules.Where(r => r.IsSuffix).GroupBy(r => r.Tokens[0], StringComparer.Ordinal)
            .ToFrozenDictionary(g => g.Key, g => g.ToArray(), StringComparer.Ordinal);
        MinPartialLength = rules.Where(r => r.IsPartial).Select(r => r.Tokens[0].Length).DefaultIfEmpty(int.MaxValue).Min();
    }

    /// <summary>All rules, built-in first.</summary>
    public IReadOnlyList<TitleRule> Rules { get; }

    /// <summary>Whole-word rules by their first word.</summary>
    public FrozenDictionary<string, TitleRule[]> Exact { get; }

    /// <summary>Compound-prefix rules by their stem.</summary>
    public FrozenDictionary<string, TitleRule[]> Prefixes { get; }

    /// <summary>Compound-suffix rules by their stem.</summary>
    public FrozenDictionary<string, TitleRule[]> Suffixes { get; }

    /// <summary>The shortest stem of a partial rule.</summary>
    public int MinPartialLength { get; }

    /// <summary>The rules shipped in the package.</summary>
    public static TitleRuleSet BuiltIn { get; } = new(Parse(ReadBuiltIn(), "built-in", priority: 0));

    /// <summary>The built-in rules with <paramref name="userRules"/> added on top.</summary>
    public static TitleRuleSet WithUserRules(string userRules, string sourceName)
    {
        var user = Parse(userRules, sourceName, priority: 1);
        var replaced = user.Select(r => (r.Pattern, r.Kind == RuleKind.Stop)).ToHashSet();
        var merged = BuiltIn.Rules.Where(r => !replaced.Contains((r.Pattern, r.Kind == RuleKind.Stop))).Concat(user).ToList();
        return new TitleRuleSet(merged);
    }

    /// <summary>Parses a rules file; a malformed line is an error naming the line.</summary>
    public static IReadOnlyList<TitleRule> Parse(string text, string sourceName, int priority)
    {
        var rules = new List<TitleRule>();
        RuleKind? kind = null;
        var function = JobFunction.Unknown;
        var seniority = Seniority.Unknown;
        var lineNumber = 0;
        foreach (var rawLine in text.Split('\n'))
        {
            lineNumber++;
            var hash = rawLine.IndexOf('#', StringComparison.Ordinal);
            var line = (hash >= 0 ? rawLine[..hash] : rawLine).Trim();
            if (line.Length == 0)
            {
                continue;
            }

            if (line.StartsWith('['))
            {
                (kind, function, seniority) = ParseSection(line, sourceName, lineNumber);
                continue;
            }

            if (kind is null)
            {
                throw Error(sourceName, lineNumber, "a pattern comes before any [Section]");
            }

            var pattern = FoldPattern(line);
            if (pattern.Trim('*').Length == 0)
            {
                throw Error(sourceName, lineNumber, $"'{line}' has no letters");
            }

            if (line.Trim('*').Contains('*', StringComparison.Ordinal) ||
                ((pattern.StartsWith('*') || pattern.EndsWith('*')) && pattern.Contains(' ', StringComparison.Ordinal)))
            {
                throw Error(sourceName, lineNumber, $"'{line}': * must start or end a single word");
            }

            rules.Add(new TitleRule(pattern, kind.Value, function, seniority, priority, string.Create(CultureInfo.InvariantCulture, $"{sourceName}:{lineNumber}")));
        }

        return rules;
    }

    /// <summary>Folds a pattern exactly like a title, keeping <c>*</c> and single spaces between words.</summary>
    public static string FoldPattern(string pattern)
    {
        var prefix = pattern.StartsWith('*');
        var suffix = pattern.EndsWith('*');
        Span<char> chars = stackalloc char[TitleText.MaxChars * 2];
        Span<TitleToken> tokens = stackalloc TitleToken[TitleText.MaxTokens];
        var count = TitleText.Tokenize(pattern.Trim('*'), chars, tokens);
        var words = new string[count];
        for (var i = 0; i < count; i++)
        {
            words[i] = chars.Slice(tokens[i].Start, tokens[i].Length).ToString();
        }

        if (pattern.Trim() == "@")
        {
            return "@";
        }

        return (prefix ? "*" : string.Empty) + string.Join(' ', words) + (suffix ? "*" : string.Empty);
    }

    private static (RuleKind?, JobFunction, Seniority) ParseSection(string line, string source, int lineNumber)
    {
        if (!line.EndsWith(']'))
        {
            throw Error(source, lineNumber, $"'{line}' is not a [Section]");
        }

        var body = line[1..^1];
        var colon = body.IndexOf(':', StringComparison.Ordinal);
        var name = (colon >= 0 ? body[..colon] : body).Trim();
        var argument = colon >= 0 ? body[(colon + 1)..].Trim() : string.Empty;
        switch (name.ToLowerInvariant())
        {
            case "stop":
                return (RuleKind.Stop, JobFunction.Unknown, Seniority.Unknown);
            case "ignore":
                return (RuleKind.Ignore, JobFunction.Unknown, Seniority.Unknown);
            case "seniority":
                return (RuleKind.Seniority, JobFunction.Unknown, ParseSeniority(argument, source, lineNumber));
            case "function":
            case "job":
                var parts = argument.Split('/', 2);
                if (!Vocabulary.TryParseFunction(parts[0], out var function) || function == JobFunction.Unknown)
                {
                    throw Error(source, lineNumber, $"'{parts[0].Trim()}' is not one of LinkedIn's job functions");
                }

                var seniority = parts.Length > 1 ? ParseSeniority(parts[1], source, lineNumber) : Seniority.Unknown;
                return (name.Equals("job", StringComparison.OrdinalIgnoreCase) ? RuleKind.Job : RuleKind.Function, function, seniority);
            default:
                throw Error(source, lineNumber, $"unknown section '{name}' (use Job, Function, Seniority, Stop or Ignore)");
        }
    }

    private static Seniority ParseSeniority(string text, string source, int lineNumber) =>
        Vocabulary.TryParseSeniority(text, out var seniority) && seniority != Seniority.Unknown
            ? seniority
            : throw Error(source, lineNumber, $"'{text.Trim()}' is not one of LinkedIn's seniorities");

    private static FormatException Error(string source, int line, string message) =>
        new(string.Create(CultureInfo.InvariantCulture, $"{source}:{line}: {message}"));

    private static string ReadBuiltIn()
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream(BuiltInResource)
            ?? throw new InvalidOperationException($"Embedded resource {BuiltInResource} is missing.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
