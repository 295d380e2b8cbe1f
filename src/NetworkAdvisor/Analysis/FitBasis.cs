using System.Runtime.InteropServices;
using NetworkAdvisor.Classification;

namespace NetworkAdvisor.Analysis;

/// <summary>
/// What every goal's fit counts, counted once: the identified connections (hidden profiles left out), how many are
/// decision-makers, how many are in each job function, and the largest company. Fitting every goal of the
/// catalogue then costs one pass over the connections instead of one per goal and check.
/// </summary>
internal sealed class FitBasis
{
    private readonly int[] _functionCounts;

    private FitBasis(
        int total, List<ClassifiedConnection> identified, int decisionMakers, int[] functionCounts, HashSet<string> companyKeys, (string Name, int Count) largestCompany)
    {
        Total = total;
        Identified = identified;
        DecisionMakers = decisionMakers;
        _functionCounts = functionCounts;
        CompanyKeys = companyKeys;
        LargestCompany = largestCompany;
    }

    /// <summary>How many connections there are, hidden ones included.</summary>
    public int Total { get; }

    /// <summary>The connections that are not hidden profiles, in their order.</summary>
    public List<ClassifiedConnection> Identified { get; }

    /// <summary>How many identified connections are directors or above.</summary>
    public int DecisionMakers { get; }

    /// <summary>The company keys of identified connections (no empty key).</summary>
    public HashSet<string> CompanyKeys { get; }

    /// <summary>
    /// The company (not self-employment) with the most identified connections, shown as its first connection's
    /// company is shown; ties go to the name first in ordinal order. Count 0 when there is none.
    /// </summary>
    public (string Name, int Count) LargestCompany { get; }

    /// <summary>Counts <paramref name="connections"/>.</summary>
    public static FitBasis Of(IReadOnlyList<ClassifiedConnection> connections)
    {
        var identified = new List<ClassifiedConnection>(connections.Count);
        var functionCounts = new int[Vocabulary.Functions.Max(f => (int)f) + 1];
        // Per company key: how it is shown (its first connection that is not self-employed) and how many connections
        // that are not self-employed it has; self-employment still counts as a company that is present.
        var companies = new Dictionary<string, (string Display, int Count)>(StringComparer.Ordinal);
        var decisionMakers = 0;
        for (var i = 0; i < connections.Count; i++)
        {
            var c = connections[i];
            if (c.Connection.IsHidden)
            {
                continue;
            }

            identified.Add(c);
            functionCounts[(int)c.Title.Function]++;
            decisionMakers += Vocabulary.IsDecisionMaker(c.Title.Seniority) ? 1 : 0;
            if (c.Company.Key.Length > 0)
            {
                ref var company = ref CollectionsMarshal.GetValueRefOrAddDefault(companies, c.Company.Key, out _);
                if (!c.Company.IsSelfEmployed)
                {
                    company = (company.Count == 0 ? c.Company.Display : company.Display, company.Count + 1);
                }
            }
        }

        // Ties go to the name first in ordinal order, then to the company met first (the dictionary keeps that order).
        (string Name, int Count) largest = (string.Empty, 0);
        foreach (var (display, count) in companies.Values)
        {
            if (count > largest.Count || (count == largest.Count && count > 0 && string.CompareOrdinal(display, largest.Name) < 0))
            {
                largest = (display, count);
            }
        }

        return new FitBasis(connections.Count, identified, decisionMakers, functionCounts, [.. companies.Keys], largest);
    }

    /// <summary>How many identified connections have job function <paramref name="function"/>.</summary>
    public int InFunction(JobFunction function) => _functionCounts[(int)function];

    /// <summary>The job function (not Unknown) with the most identified connections, the first in enum order on ties; count 0 when none.</summary>
    public (JobFunction Function, int Count) LargestFunction()
    {
        (JobFunction Function, int Count) largest = (JobFunction.Unknown, 0);
        for (var f = 1; f < _functionCounts.Length; f++)
        {
            if (_functionCounts[f] > largest.Count)
            {
                largest = ((JobFunction)f, _functionCounts[f]);
            }
        }

        return largest;
    }
}
