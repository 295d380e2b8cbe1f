namespace NetworkAdvisor.Classification;

/// <summary>What a title rule does when its pattern matches.</summary>
internal enum RuleKind
{
    /// <summary>A domain word ("marketing", "vertrieb*"): weak evidence for a function.</summary>
    Function,

    /// <summary>A job noun ("engineer", "account manager"): strong evidence for a function, optionally with a base seniority.</summary>
    Job,

    /// <summary>A rank or level word ("senior", "head of", "ceo"): a seniority, no function.</summary>
    Seniority,

    /// <summary>From here to the end of the role it is not a title ("at", "@", "open to work", "helping").</summary>
    Stop,

    /// <summary>Matches and means nothing, so that shorter rules do not fire inside it.</summary>
    Ignore,
}
