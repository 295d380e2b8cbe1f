using NetworkAdvisor.Charts;

namespace NetworkAdvisor.Tests.Charts;

public sealed class PlotlyScriptTests
{
    [Fact]
    public void The_bundled_plotly_js_is_large_and_names_its_version()
    {
        var source = PlotlyScript.Source;

        Assert.True(source.Length > 1_000_000, source.Length.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Assert.StartsWith("/**", source, StringComparison.Ordinal);
        Assert.Contains("plotly.js v" + PlotlyScript.Version, source[..200], StringComparison.Ordinal);
        Assert.Equal("2.28.0", PlotlyScript.Version);
        Assert.Same(source, PlotlyScript.Source);
    }

    [Fact]
    public void The_source_is_the_resource_decoded_as_a_reader_would()
    {
        using var stream = typeof(Plotly.NET.GenericChart).Assembly.GetManifestResourceStream(PlotlyScript.ResourceName)!;
        using var reader = new StreamReader(stream, System.Text.Encoding.UTF8);

        Assert.Equal(reader.ReadToEnd(), PlotlyScript.Source);
    }
}
