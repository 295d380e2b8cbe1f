using NetworkAdvisor.Classification;

namespace NetworkAdvisor.Analysis;

/// <summary>How many of one year's new connections hold one seniority.</summary>
/// <param name="Seniority">The seniority (Unknown for titles without one and for hidden profiles).</param>
/// <param name="Count">New connections at that seniority.</param>
/// <param name="Share">Count divided by the year's identified (not hidden) new connections (0 to 1).</param>
public sealed record GrowthSeniorityCount(Seniority Seniority, int Count, double Share)
{
    /// <summary>LinkedIn's name of the seniority, e.g. "CXO".</summary>
    public string Name => Vocabulary.Name(Seniority);
}
