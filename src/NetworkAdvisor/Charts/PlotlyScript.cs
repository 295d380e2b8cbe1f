using System.Reflection;
using Plotly.NET;

namespace NetworkAdvisor.Charts;

/// <summary>
/// The plotly.js bundle that ships inside the Plotly.NET assembly, so that a report can inline it once and stay
/// fully offline.
/// </summary>
public static class PlotlyScript
{
    /// <summary>The manifest resource name of the minified bundle inside the Plotly.NET assembly.</summary>
    internal const string ResourceName = "Plotly.NET.plotly-" + BundledVersion + ".min.js";

    private const string BundledVersion = "2.28.0";

    private static readonly Lazy<byte[]> Bytes = new(Load);

    private static readonly Lazy<string> Script = new(() => System.Text.Encoding.UTF8.GetString(Bytes.Value));

    /// <summary>The plotly.js version bundled with Plotly.NET 6.0.0 (it names the embedded resource).</summary>
    public static string Version => BundledVersion;

    /// <summary>The minified plotly.js source (about 3.6 MB), read once from the embedded resource.</summary>
    /// <exception cref="InvalidOperationException">The Plotly.NET assembly does not hold the expected resource.</exception>
    public static string Source => Script.Value;

    /// <summary>The same source as UTF-8 bytes, as the resource holds them (without a byte order mark).</summary>
    internal static ReadOnlyMemory<byte> Utf8 => Bytes.Value;

    private static byte[] Load()
    {
        var assembly = typeof(GenericChart).Assembly;
        using var stream = assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException(
                $"Plotly.NET ({assembly.GetName().Version}) has no resource '{ResourceName}'; the bundled plotly.js version changed.");
        // Read in one go (about 3.5 MB of UTF-8), a byte order mark skipped as a reader would; the text is decoded from
        // these bytes in one go too, and a report written to a file copies them as they are.
        var bytes = new byte[stream.Length];
        stream.ReadExactly(bytes);
        return bytes.AsSpan().StartsWith(System.Text.Encoding.UTF8.Preamble) ? bytes[3..] : bytes;
    }
}
