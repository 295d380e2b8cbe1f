using NetworkAdvisor.Model;

namespace NetworkAdvisor.Classification;

/// <summary>What tag rules look at: a connection and what classification found out about it.</summary>
/// <param name="Connection">The connection.</param>
/// <param name="Title">Function and seniority of its position.</param>
/// <param name="Company">Its normalised company.</param>
/// <param name="Relationship">Its relationship to the owner.</param>
public sealed record TagSubject(Connection Connection, TitleClassification Title, CompanyName Company, Relationship Relationship);
