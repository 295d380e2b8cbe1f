namespace NetworkAdvisor.Classification;

/// <summary>One line of a rules file: a pattern of normalised words and what it means.</summary>
internal sealed class TitleRule
{
    public TitleRule(string pattern, RuleKind kind, JobFunction function, Seniority seniority, int priority, string source)
    {
        Pattern = pattern;
        Kind = kind;
        Function = function;
        Seniority = seniority;
        Priority = priority;
        Source = source;
        IsPrefix = pattern.EndsWith('*');
        IsSuffix = pattern.StartsWith('*');
        Tokens = pattern.Trim('*').Split(' ', StringSplitOptions.RemoveEmptyEntries);
        Specificity = Tokens.Sum(t => t.Length) + Tokens.Length - 1;
        FunctionEvidence = $"function: '{pattern}' ({(kind == RuleKind.Job ? "job" : "word")}) -> {Vocabulary.Name(function)}";
        SeniorityEvidence = $"seniority: '{pattern}' -> {Vocabulary.Name(seniority)}";
    }

    /// <summary>The pattern as written (normalised), with <c>*</c> marking a compound prefix or suffix.</summary>
    public string Pattern { get; }

    public RuleKind Kind { get; }

    public JobFunction Function { get; }

    public Seniority Seniority { get; }

    /// <summary>User rules outrank built-in rules of the same span.</summary>
    public int Priority { get; }

    /// <summary>Where the rule comes from, e.g. <c>built-in:120</c> or <c>my-rules.txt:3</c>.</summary>
    public string Source { get; }

    /// <summary>The pattern's words, without <c>*</c>.</summary>
    public string[] Tokens { get; }

    /// <summary><c>word*</c>: matches a token that starts with the word (German and Nordic compounds).</summary>
    public bool IsPrefix { get; }

    /// <summary><c>*word</c>: matches a token that ends with the word.</summary>
    public bool IsSuffix { get; }

    /// <summary>Characters the pattern names: longer patterns win over shorter ones.</summary>
    public int Specificity { get; }

    /// <summary>True for rules that only match part of a token.</summary>
    public bool IsPartial => IsPrefix || IsSuffix;

    public bool AffectsFunction => Kind is RuleKind.Ignore || Function != JobFunction.Unknown;

    public bool AffectsSeniority => Kind is RuleKind.Ignore || Seniority != Seniority.Unknown;

    public string FunctionEvidence { get; }

    public string SeniorityEvidence { get; }
}
