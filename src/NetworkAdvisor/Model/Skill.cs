namespace NetworkAdvisor.Model;

/// <summary>One skill listed on the owner's profile, from <c>Skills.csv</c>.</summary>
/// <param name="Name">Skill name.</param>
public sealed record Skill(string Name);
