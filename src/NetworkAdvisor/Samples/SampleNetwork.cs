using NetworkAdvisor.Model;

namespace NetworkAdvisor.Samples;

/// <summary>The generated connections and, for each, the person behind it (null when hidden).</summary>
internal sealed class SampleNetwork
{
    public SampleNetwork(Connection[] connections, SamplePerson?[] people, string[] functions, CompanyPool companies)
    {
        Connections = connections;
        People = people;
        Functions = functions;
        Companies = companies;
    }

    /// <summary>The connections, newest first.</summary>
    public Connection[] Connections { get; }

    /// <summary>The person of each connection; null for a hidden profile.</summary>
    public SamplePerson?[] People { get; }

    /// <summary>The job function each connection's title was built for; empty when none.</summary>
    public string[] Functions { get; }

    /// <summary>The recurring employers of the network.</summary>
    public CompanyPool Companies { get; }
}
