using System.Collections.Frozen;
using NetworkAdvisor.Model;

namespace NetworkAdvisor.Classification;

/// <summary>
/// Tells colleagues apart: a connection whose normalised company is one of the owner's employers in
/// Positions.csv is an ex-colleague, or a current colleague when that is the owner's current job.
/// Self-employed is never a shared employer.
/// </summary>
public sealed class RelationshipClassifier
{
    private readonly FrozenSet<string> _current;
    private readonly FrozenSet<string> _former;

    /// <summary>Builds the classifier from the owner's positions.</summary>
    /// <param name="positions">The owner's jobs.</param>
    /// <param name="companies">How company names are normalised (with the user's aliases).</param>
    public RelationshipClassifier(IEnumerable<Position> positions, CompanyNormalizer companies)
    {
        ArgumentNullException.ThrowIfNull(positions);
        ArgumentNullException.ThrowIfNull(companies);
        var current = new HashSet<string>(StringComparer.Ordinal);
        var former = new HashSet<string>(StringComparer.Ordinal);
        foreach (var position in positions)
        {
            var company = companies.Normalize(position.CompanyName);
            if (company.Key.Length == 0 || company.IsSelfEmployed)
            {
                continue;
            }

            (position.IsCurrent ? current : former).Add(company.Key);
        }

        _current = current.ToFrozenSet(StringComparer.Ordinal);
        _former = former.ToFrozenSet(StringComparer.Ordinal);
    }

    /// <summary>The owner's employer keys, current ones first.</summary>
    public IReadOnlyList<string> EmployerKeys => [.. _current.Order(StringComparer.Ordinal), .. _former.Except(_current).Order(StringComparer.Ordinal)];

    /// <summary>Classifies one connection's (normalised) company.</summary>
    /// <param name="company">The connection's company.</param>
    /// <returns>Current colleague, ex-colleague or none.</returns>
    public Relationship Classify(CompanyName company)
    {
        ArgumentNullException.ThrowIfNull(company);
        if (company.Key.Length == 0 || company.IsSelfEmployed)
        {
            return Relationship.None;
        }

        return _current.Contains(company.Key) ? Relationship.CurrentColleague
            : _former.Contains(company.Key) ? Relationship.ExColleague
            : Relationship.None;
    }
}
