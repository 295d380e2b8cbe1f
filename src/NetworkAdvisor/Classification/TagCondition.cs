using System.Collections.Immutable;
using System.Text.RegularExpressions;

namespace NetworkAdvisor.Classification;

/// <summary>
/// When a tag applies. Every condition given must hold (AND); a list matches when any of its values
/// does (OR). Empty lists and nulls are not conditions.
/// </summary>
/// <param name="Companies">Normalised company keys (aliases applied).</param>
/// <param name="TitleWords">Folded words or phrases that must appear as whole words in the title.</param>
/// <param name="TitlePattern">A regular expression on the title (linear time, case-insensitive).</param>
/// <param name="Functions">Job functions.</param>
/// <param name="Seniorities">Seniorities.</param>
/// <param name="Relationships">Relationships to the owner.</param>
/// <param name="ConnectedFrom">Earliest connection date, inclusive.</param>
/// <param name="ConnectedTo">Latest connection date, inclusive.</param>
/// <param name="ProfileUrls">Normalised profile URLs.</param>
public sealed record TagCondition(
    ImmutableArray<string> Companies,
    ImmutableArray<string> TitleWords,
    Regex? TitlePattern,
    ImmutableArray<JobFunction> Functions,
    ImmutableArray<Seniority> Seniorities,
    ImmutableArray<Relationship> Relationships,
    DateOnly? ConnectedFrom,
    DateOnly? ConnectedTo,
    ImmutableArray<string> ProfileUrls);
