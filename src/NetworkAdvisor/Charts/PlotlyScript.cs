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

    private static readonly Lazy<string> Script = new(Load);

    /// <summary>The plotly.js version bundled with Plotly.NET 6.0.0 (it names the embedded resource).</summary>
    public static string Version => BundledVersion;

    /// <summary>The minified plotly.js source (about 3.6 MB), read once from the embedded resource.</summary>
    /// <exception cref="InvalidOperationException">The Plotly.NET assembly does not hold the expected resource.</exception>
    public static string Source => Script.Value;

    private static string Load()
    {
        var assembly = typeof(GenericChart).Assembly;
        using var stream = assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException(
                $"Plotly.NET ({assembly.GetName().Version}) has no resource '{ResourceName}'; the bundled plotly.js version changed.");
        // Decoded in one go into the final string (about 3.5 MB of UTF-8; a reader would build it in pieces and copy
        // it again), a byte order mark skipped as a reader would.
        var bytes = new byte[stream.Length];
        stream.ReadExactly(bytes);
        var text = bytes.AsSpan();
        return System.Text.Encoding.UTF8.GetString(text.StartsWith(System.Text.Encoding.UTF8.Preamble) ? text[3..] : text);
    }
}
