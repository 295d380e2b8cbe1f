namespace NetworkAdvisor.Classification;

/// <summary>A company as NetworkAdvisor groups it.</summary>
/// <param name="Key">The grouping key: lower case, no accents or punctuation, legal suffixes removed
/// (<c>"Analytical Engines, Ltd."</c> and <c>"analytical engines"</c> share <c>analytical engines</c>);
/// <c>self-employed</c> for every freelance spelling; empty when the company is empty.</param>
/// <param name="Display">A readable name: the alias target, or the text with its legal suffix removed.</param>
/// <param name="IsSelfEmployed">True for "Self-employed", "Freelance", "Selbstständig", "Independent" and the like.</param>
public sealed record CompanyName(string Key, string Display, bool IsSelfEmployed)
{
    /// <summary>The key shared by every self-employed spelling.</summary>
    public const string SelfEmployedKey = "self-employed";

    /// <summary>The empty company.</summary>
    public static CompanyName None { get; } = new(string.Empty, string.Empty, false);
}
