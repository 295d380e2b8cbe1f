using System.Collections.Frozen;

namespace NetworkAdvisor.Classification;

/// <summary>
/// Classifies free-text, multilingual job titles into LinkedIn's job function and seniority,
/// offline and in about a microsecond, with the rule that decided. The knowledge lives in a rules
/// file (see <see cref="WithRules"/>); this class only applies it:
/// <list type="number">
/// <item>fold the title into lower-case, accent-free words, split into roles at <c>|</c>, <c>/</c>, <c>•</c>, <c> - </c> ...;</item>
/// <item>drop everything from a stop word on (<c>at Google</c>, <c>@ SAP</c>, <c>open to work</c>);</item>
/// <item>match whole words, phrases and compound parts (<c>vertrieb*</c>, <c>*leiter</c>); longer patterns claim their words first;</item>
/// <item>per role: the strongest function evidence (job nouns over domain words, the last one on a tie) and the highest rank;
/// a function without a rank word is Entry;</item>
/// <item>the most senior role gives the seniority and its function.</item>
/// </list>
/// </summary>
public sealed class TitleClassifier
{
    [ThreadStatic]
    private static Scratch? _scratch;

    private readonly TitleRuleSet _rules;
    private readonly FrozenDictionary<string, TitleRule[]>.AlternateLookup<ReadOnlySpan<char>> _exact;
    private readonly FrozenDictionary<string, TitleRule[]>.AlternateLookup<ReadOnlySpan<char>> _prefixes;
    private readonly FrozenDictionary<string, TitleRule[]>.AlternateLookup<ReadOnlySpan<char>> _suffixes;

    private TitleClassifier(TitleRuleSet rules)
    {
        _rules = rules;
        _exact = rules.Exact.GetAlternateLookup<ReadOnlySpan<char>>();
        _prefixes = rules.Prefixes.GetAlternateLookup<ReadOnlySpan<char>>();
        _suffixes = rules.Suffixes.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>The classifier with the rules shipped in the package.</summary>
    public static TitleClassifier Default { get; } = new(TitleRuleSet.BuiltIn);

    /// <summary>Number of rules in use.</summary>
    public int RuleCount => _rules.Rules.Count;

    /// <summary>The built-in rules plus a user's own, which add to or override them (same format as the built-in file).</summary>
    /// <param name="rulesText">The user's rules file content.</param>
    /// <param name="sourceName">A name for error messages and evidence, e.g. the file name.</param>
    /// <returns>A classifier using both rule sets.</returns>
    /// <exception cref="FormatException">A line of the rules is malformed; the message names the line.</exception>
    public static TitleClassifier WithRules(string rulesText, string sourceName = "user rules")
    {
        ArgumentNullException.ThrowIfNull(rulesText);
        return new TitleClassifier(TitleRuleSet.WithUserRules(rulesText, sourceName));
    }

    /// <summary>Classifies one title. Never throws; any string returns in bounded time.</summary>
    /// <param name="title">A job title as typed on LinkedIn; null or blank gives Unknown.</param>
    /// <returns>Function, seniority, confidence and evidence.</returns>
    public TitleClassification Classify(string? title)
    {
        title ??= string.Empty;
        Span<char> chars = stackalloc char[TitleText.MaxChars * 2];
        Span<TitleToken> tokens = stackalloc TitleToken[TitleText.MaxTokens];
        var count = TitleText.Tokenize(title, chars, tokens);
        if (count == 0)
        {
            return new TitleClassification(title, JobFunction.Unknown, Seniority.Unknown, 1.0, "no words");
        }

        var scratch = _scratch ??= new Scratch();
        scratch.Reset(count);
        CollectCandidates(chars, tokens[..count], scratch);
        ApplyStops(tokens[..count], scratch);
        scratch.SortCandidates();
        return Decide(title, tokens[..count], scratch);
    }

    private void CollectCandidates(ReadOnlySpan<char> chars, ReadOnlySpan<TitleToken> tokens, Scratch scratch)
    {
        var minPartial = _rules.MinPartialLength;
        for (var i = 0; i < tokens.Length; i++)
        {
            var word = chars.Slice(tokens[i].Start, tokens[i].Length);
            if (_exact.TryGetValue(word, out var rules))
            {
                foreach (var rule in rules)
                {
                    if (PhraseMatches(rule, chars, tokens, i))
                    {
                        scratch.Add(rule, i, rule.Tokens.Length);
                    }
                }
            }

            if (word.Length < minPartial)
            {
                continue;
            }

            for (var k = minPartial; k <= word.Length; k++)
            {
                if (_prefixes.TryGetValue(word[..k], out var prefixRules))
                {
                    foreach (var rule in prefixRules)
                    {
                        scratch.Add(rule, i, 1);
                    }
                }
            }

            for (var k = 0; k <= word.Length - minPartial; k++)
            {
                if (_suffixes.TryGetValue(word[k..], out var suffixRules))
                {
                    foreach (var rule in suffixRules)
                    {
                        scratch.Add(rule, i, 1);
                    }
                }
            }
        }
    }

    private static bool PhraseMatches(TitleRule rule, ReadOnlySpan<char> chars, ReadOnlySpan<TitleToken> tokens, int start)
    {
        var words = rule.Tokens;
        if (start + words.Length > tokens.Length)
        {
            return false;
        }

        for (var j = 1; j < words.Length; j++)
        {
            var token = tokens[start + j];
            if (token.Segment != tokens[start].Segment || !chars.Slice(token.Start, token.Length).SequenceEqual(words[j]))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>A stop word ends its role: words from there on are a company, a slogan or noise.</summary>
    private static void ApplyStops(ReadOnlySpan<TitleToken> tokens, Scratch scratch)
    {
        for (var c = 0; c < scratch.Count; c++)
        {
            ref var candidate = ref scratch.Candidates[c];
            if (candidate.Rule.Kind != RuleKind.Stop)
            {
                continue;
            }

            for (var t = candidate.Start; t < tokens.Length && tokens[t].Segment == tokens[candidate.Start].Segment; t++)
            {
                scratch.Stopped[t] = true;
            }
        }
    }

    private static TitleClassification Decide(string title, ReadOnlySpan<TitleToken> tokens, Scratch scratch)
    {
        var segments = tokens[^1].Segment + 1;
        var results = scratch.Segments.AsSpan(0, Math.Min(segments, TitleText.MaxTokens));
        results.Clear();
        for (var c = 0; c < scratch.Count; c++)
        {
            var candidate = scratch.Candidates[c];
            var rule = candidate.Rule;
            if (rule.Kind == RuleKind.Stop)
            {
                continue;
            }

            var (function, seniority) = scratch.Claim(candidate);
            ref var result = ref results[tokens[candidate.Start].Segment];
            if (function && rule.Function != JobFunction.Unknown)
            {
                var weight = (rule.Kind == RuleKind.Job ? 2 : 1) + (rule.Priority * 10);
                if (result.FunctionRule is null || weight > result.FunctionWeight ||
                    (weight == result.FunctionWeight && candidate.Start < result.FunctionStart))
                {
                    result.FunctionRule = rule;
                    result.FunctionWeight = weight;
                    result.FunctionStart = candidate.Start;
                }
            }

            if (seniority && rule.Seniority != Seniority.Unknown)
            {
                ref var slot = ref rule.Kind == RuleKind.Seniority ? ref result.MarkerRule : ref result.BaseRule;
                if (slot is null || rule.Seniority > slot.Seniority)
                {
                    slot = rule;
                }
            }
        }

        var winner = 0;
        for (var s = 1; s < results.Length; s++)
        {
            if (Rank(results[s]) > Rank(results[winner]))
            {
                winner = s;
            }
        }

        // A role that names only a rank ("CEO | Author") takes its function from the first other role that names one.
        var fallback = results[winner].FunctionRule is null ? FirstWithFunction(results) : -1;
        return Build(title, results[winner], fallback < 0 ? null : results[fallback].FunctionRule, segments);
    }

    private static int FirstWithFunction(ReadOnlySpan<SegmentResult> results)
    {
        for (var s = 0; s < results.Length; s++)
        {
            if (results[s].FunctionRule is not null)
            {
                return s;
            }
        }

        return -1;
    }

    /// <summary>Orders roles: higher seniority first; a role with a function beats one without at the same level.</summary>
    private static int Rank(SegmentResult result) =>
        ((int)result.Seniority * 2) + (result.FunctionRule is null ? 0 : 1);

    private static TitleClassification Build(string title, SegmentResult result, TitleRule? fallbackFunction, int segments)
    {
        var functionRule = result.FunctionRule ?? fallbackFunction;
        var function = functionRule?.Function ?? JobFunction.Unknown;
        var seniority = result.Seniority;
        var seniorityRule = result.SeniorityRule;
        var functionEvidence = functionRule is null
            ? "function: no job word"
            : result.FunctionRule is null ? "function from another role: " + functionRule.FunctionEvidence["function: ".Length..] : functionRule.FunctionEvidence;
        var seniorityEvidence = seniorityRule is not null
            ? seniorityRule.SeniorityEvidence
            : seniority == Seniority.Entry ? "seniority: no rank word, so Entry" : "seniority: no rank word";

        var functionConfidence = functionRule switch
        {
            null => seniorityRule is null ? 0.2 : 0.8,
            _ when result.FunctionRule is null => 0.6,
            { IsPartial: true } => 0.7,
            { Kind: RuleKind.Job } => 0.95,
            _ => 0.8,
        };
        var seniorityConfidence = seniorityRule switch
        {
            null => seniority == Seniority.Entry ? 0.7 : 0.3,
            { IsPartial: true } => 0.75,
            { Kind: RuleKind.Job } => 0.85,
            _ => 0.95,
        };
        var confidence = Math.Min(functionConfidence, seniorityConfidence) * (segments > 1 ? 0.9 : 1.0);
        return new TitleClassification(title, function, seniority, Math.Round(confidence, 2), string.Concat(functionEvidence, "; ", seniorityEvidence));
    }

    private struct SegmentResult
    {
        public TitleRule? FunctionRule;
        public int FunctionWeight;
        public int FunctionStart;
        public TitleRule? MarkerRule;
        public TitleRule? BaseRule;

        /// <summary>
        /// The rule that sets the seniority: a rank word, or the job noun's own level (account manager: Entry),
        /// whichever is higher; a trainee or volunteer word always wins ("Praktikant Account Manager").
        /// </summary>
        public readonly TitleRule? SeniorityRule =>
            MarkerRule is { Seniority: <= Seniority.Training } ? MarkerRule
            : BaseRule is null || (MarkerRule is not null && MarkerRule.Seniority >= BaseRule.Seniority) ? MarkerRule
            : BaseRule;

        /// <summary>The role's level; a job noun without a rank word is Entry, a bare department name has none.</summary>
        public readonly Seniority Seniority => SeniorityRule?.Seniority
            ?? (FunctionRule is { Kind: RuleKind.Job } ? Seniority.Entry : Seniority.Unknown);
    }

    private record struct Candidate(TitleRule Rule, int Start, int Count);

    /// <summary>Per-thread work arrays, so classifying allocates only the result.</summary>
    private sealed class Scratch
    {
        public Candidate[] Candidates = new Candidate[64];
        public bool[] FunctionUsed = new bool[TitleText.MaxTokens];
        public bool[] SeniorityUsed = new bool[TitleText.MaxTokens];
        public bool[] Stopped = new bool[TitleText.MaxTokens];
        public SegmentResult[] Segments = new SegmentResult[TitleText.MaxTokens];
        public int Count;

        public void Reset(int tokens)
        {
            Count = 0;
            Array.Clear(FunctionUsed, 0, tokens);
            Array.Clear(SeniorityUsed, 0, tokens);
            Array.Clear(Stopped, 0, tokens);
        }

        public void Add(TitleRule rule, int start, int count)
        {
            if (Count == Candidates.Length)
            {
                Array.Resize(ref Candidates, Count * 2);
            }

            Candidates[Count++] = new Candidate(rule, start, count);
        }

        /// <summary>Longer phrases first, then more specific patterns, then user rules, then leftmost.</summary>
        public void SortCandidates()
        {
            for (var i = 1; i < Count; i++)
            {
                var item = Candidates[i];
                var j = i - 1;
                while (j >= 0 && Compare(Candidates[j], item) > 0)
                {
                    Candidates[j + 1] = Candidates[j];
                    j--;
                }

                Candidates[j + 1] = item;
            }
        }

        /// <summary>
        /// Claims the candidate's words for each aspect it affects and that no stronger rule holds
        /// yet; returns which aspects it got. Stopped words belong to no rule.
        /// </summary>
        public (bool Function, bool Seniority) Claim(Candidate candidate)
        {
            var rule = candidate.Rule;
            var end = candidate.Start + candidate.Count;
            bool function = rule.AffectsFunction, seniority = rule.AffectsSeniority;
            for (var t = candidate.Start; t < end; t++)
            {
                if (Stopped[t])
                {
                    return (false, false);
                }

                function &= !FunctionUsed[t];
                seniority &= !SeniorityUsed[t];
            }

            for (var t = candidate.Start; t < end; t++)
            {
                FunctionUsed[t] |= function;
                SeniorityUsed[t] |= seniority;
            }

            return (function, seniority);
        }

        private static int Compare(Candidate a, Candidate b)
        {
            var c = b.Count.CompareTo(a.Count);
            if (c == 0)
            {
                c = b.Rule.Specificity.CompareTo(a.Rule.Specificity);
            }

            if (c == 0)
            {
                c = b.Rule.Priority.CompareTo(a.Rule.Priority);
            }

            return c != 0 ? c : a.Start.CompareTo(b.Start);
        }
    }
}
