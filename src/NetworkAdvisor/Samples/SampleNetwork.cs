using NetworkAdvisor.Model;

namespace NetworkAdvisor.Samples;

/// <summary>The generated connections and, for each, the person behind it (null when hidden) and the title's makings.</summary>
internal sealed class SampleNetwork
{
    public SampleNetwork(Connection[] connections, SamplePerson?[] people, ComposedTitle[] titles, CompanyPool companies)
    {
        Connections = connections;
        People = people;
        Titles = titles;
        Companies = companies;
    }

    /// <summary>The connections, newest first.</summary>
    public Connection[] Connections { get; }

    /// <summary>The person of each connection; null for a hidden profile.</summary>
    public SamplePerson?[] People { get; }

    /// <summary>What each connection's title was built from; <see cref="ComposedTitle.None"/> when hidden.</summary>
    public ComposedTitle[] Titles { get; }

    /// <summary>The recurring employers of the network.</summary>
    public CompanyPool Companies { get; }
}
