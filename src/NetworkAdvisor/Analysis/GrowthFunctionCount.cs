using NetworkAdvisor.Classification;

namespace NetworkAdvisor.Analysis;

/// <summary>How many of one year's new connections work in one job function.</summary>
/// <param name="Function">The job function (Unknown for titles without one and for hidden profiles).</param>
/// <param name="Count">New connections in that function.</param>
/// <param name="Share">Count divided by the year's identified (not hidden) new connections (0 to 1).</param>
public sealed record GrowthFunctionCount(JobFunction Function, int Count, double Share)
{
    /// <summary>LinkedIn's name of the function, e.g. "Arts and Design".</summary>
    public string Name => Vocabulary.Name(Function);
}
