namespace NetworkAdvisor.Samples;

/// <summary>
/// The recurring employers of a network with a long-tailed (Zipf) distribution: a few big
/// employers hold many connections, most companies only a handful.
/// </summary>
internal sealed class CompanyPool
{
    private readonly string[] names;
    private readonly double[] cumulative;

    public CompanyPool(SampleRandom random, int size, Func<SampleLanguage> language, IReadOnlySet<string> reserved)
    {
        var list = new List<string>(size);
        var seen = new HashSet<string>(reserved, StringComparer.Ordinal);
        var attempts = 0;
        while (list.Count < size && attempts++ < size * 20)
        {
            // A few names that need CSV quoting sit in the upper middle of the distribution.
            if (list.Count == 11)
            {
                list.AddRange(CompanyNames.Awkward.Where(seen.Add));
                continue;
            }

            var name = CompanyNames.Create(random, language());
            if (seen.Add(name))
            {
                list.Add(name);
            }
        }

        names = [.. list];
        var weights = new double[names.Length];
        for (var rank = 0; rank < weights.Length; rank++)
        {
            weights[rank] = 1.0 / Math.Pow(rank + 1, 1.0);
        }

        cumulative = SampleRandom.Cumulative(weights);
    }

    /// <summary>The companies, biggest first.</summary>
    public IReadOnlyList<string> Names => names;

    public string Pick(SampleRandom random) => names[random.PickCumulative(cumulative)];
}
