using NetworkAdvisor.Samples;

namespace NetworkAdvisor.Tests.Samples;

public sealed class SampleOptionsTests
{
    private static readonly DateOnly AsOf = new(2026, 2, 8);

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(30_000)]
    [InlineData(1_000_000)]
    public void Accepts_connection_counts_in_range(int connections)
    {
        var options = new SampleOptions(connections, 1, AsOf);

        Assert.Equal(connections, options.Connections);
        Assert.Equal(connections, (options with { Seed = 2 }).Connections);
    }

    [Theory]
    [InlineData(-1)]
    [InlineData(int.MinValue)]
    [InlineData(1_000_001)]
    [InlineData(int.MaxValue)]
    public void Rejects_connection_counts_out_of_range(int connections)
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new SampleOptions(connections, 1, AsOf));
        Assert.Throws<ArgumentOutOfRangeException>(() => new SampleOptions(10, 1, AsOf) with { Connections = connections });
    }

    [Theory]
    [InlineData(2003, 12, 31)]
    [InlineData(1, 1, 1)]
    [InlineData(9999, 1, 1)]
    [InlineData(9999, 12, 31)]
    public void Rejects_dates_out_of_range(int year, int month, int day)
    {
        var date = new DateOnly(year, month, day);

        Assert.Throws<ArgumentOutOfRangeException>(() => new SampleOptions(10, 1, date));
        Assert.Throws<ArgumentOutOfRangeException>(() => new SampleOptions(10, 1, AsOf) with { AsOf = date });
    }

    [Theory]
    [InlineData(2004, 1, 1)]
    [InlineData(2004, 6, 30)]
    [InlineData(9998, 12, 31)]
    public void Generates_at_the_edges_of_the_date_range(int year, int month, int day)
    {
        var asOf = new DateOnly(year, month, day);
        var end = asOf.ToDateTime(new TimeOnly(23, 59, 59));

        var bundle = SampleExportGenerator.Generate(new SampleOptions(500, 1, asOf));

        Assert.Equal(500, bundle.Connections.Length);
        Assert.All(bundle.Connections, c => Assert.InRange(c.ConnectedOn, new DateOnly(2003, 5, 5), asOf));
        Assert.All(bundle.Messages, m => Assert.True(m.SentAt <= end));
        Assert.All(bundle.Invitations, i => Assert.True(i.SentAt <= end));
    }

    [Fact]
    public void Options_with_equal_values_are_equal()
    {
        Assert.Equal(new SampleOptions(5, 7, AsOf), new SampleOptions(5, 7, AsOf));
        Assert.NotEqual(new SampleOptions(5, 7, AsOf), new SampleOptions(5, 8, AsOf));
    }

    [Fact]
    public void Generate_rejects_null() =>
        Assert.Throws<ArgumentNullException>(() => SampleExportGenerator.Generate(null!));
}
