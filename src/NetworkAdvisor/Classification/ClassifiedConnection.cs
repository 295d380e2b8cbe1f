using System.Collections.Immutable;
using NetworkAdvisor.Model;

namespace NetworkAdvisor.Classification;

/// <summary>A connection with everything classification found out about it.</summary>
/// <param name="Connection">The connection as exported.</param>
/// <param name="Title">Job function and seniority of its position, with evidence.</param>
/// <param name="Company">Its normalised company.</param>
/// <param name="Relationship">Colleague of the owner or not.</param>
/// <param name="Tags">The user's tags that apply, sorted.</param>
public sealed record ClassifiedConnection(
    Connection Connection,
    TitleClassification Title,
    CompanyName Company,
    Relationship Relationship,
    ImmutableArray<string> Tags);
