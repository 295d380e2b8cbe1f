using NetworkAdvisor.Model;
using NetworkAdvisor.Samples;

namespace NetworkAdvisor.Tests.Samples;

/// <summary>Generated bundles shared by the sample tests (generation is deterministic, so caching is safe).</summary>
internal static class SampleBundles
{
    public static readonly DateOnly AsOf = new(2026, 2, 8);

    private static readonly Dictionary<(int Connections, int Seed), ExportBundle> Cache = [];
    private static readonly Dictionary<(int Connections, int Seed, DateOnly Earlier), ExportBundle> EarlierCache = [];
    private static readonly Lock Gate = new();

    public static ExportBundle Get(int connections, int seed)
    {
        lock (Gate)
        {
            if (!Cache.TryGetValue((connections, seed), out var bundle))
            {
                bundle = SampleExportGenerator.Generate(new SampleOptions(connections, seed, AsOf));
                Cache[(connections, seed)] = bundle;
            }

            return bundle;
        }
    }

    /// <summary>The export of the account <see cref="Get"/> makes, as it was on <paramref name="earlier"/>.</summary>
    public static ExportBundle GetEarlier(int connections, int seed, DateOnly earlier)
    {
        lock (Gate)
        {
            if (!EarlierCache.TryGetValue((connections, seed, earlier), out var bundle))
            {
                bundle = SampleExportGenerator.GenerateEarlier(new SampleOptions(connections, seed, AsOf), earlier);
                EarlierCache[(connections, seed, earlier)] = bundle;
            }

            return bundle;
        }
    }

    public static string OwnerName(ExportBundle bundle) =>
        $"{bundle.Profile!.FirstName} {bundle.Profile.LastName}".Trim();

    /// <summary>The owner's profile URL: the sender URL of the owner's sent messages.</summary>
    public static string OwnerUrl(ExportBundle bundle) =>
        bundle.Messages.First(m => m.Folder == "SENT").SenderProfileUrl;
}
