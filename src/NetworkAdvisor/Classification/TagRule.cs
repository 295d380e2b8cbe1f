namespace NetworkAdvisor.Classification;

/// <summary>One tag and when it applies.</summary>
/// <param name="Tag">The tag, e.g. <c>target-account</c>.</param>
/// <param name="When">The conditions.</param>
/// <param name="Source">Where the rule was written, e.g. <c>tags.yaml:12</c>.</param>
public sealed record TagRule(string Tag, TagCondition When, string Source);
