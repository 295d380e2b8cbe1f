using System.Globalization;

namespace NetworkAdvisor.Samples;

/// <summary>What <see cref="SampleExportGenerator"/> should produce.</summary>
/// <param name="Connections">How many connections the synthetic export holds, 0 to 1,000,000.</param>
/// <param name="Seed">Seed of every random choice: the same options always give the same export.</param>
/// <param name="AsOf">The export's date: nothing in the export happens after the end of this day.</param>
public sealed record SampleOptions(int Connections, int Seed, DateOnly AsOf)
{
    /// <summary>The largest number of connections the generator accepts.</summary>
    public const int MaxConnections = 1_000_000;

    /// <summary>The earliest accepted <see cref="AsOf"/>: LinkedIn did not exist before.</summary>
    public static readonly DateOnly MinAsOf = new(2004, 1, 1);

    /// <summary>The latest accepted <see cref="AsOf"/>, so that every derived moment stays representable.</summary>
    public static readonly DateOnly MaxAsOf = new(9998, 12, 31);

    private readonly int connections = CheckConnections(Connections);
    private readonly DateOnly asOf = CheckAsOf(AsOf);

    /// <summary>How many connections the synthetic export holds, 0 to <see cref="MaxConnections"/>.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is negative or above the maximum.</exception>
    public int Connections
    {
        get => connections;
        init => connections = CheckConnections(value);
    }

    /// <summary>The export's date, from <see cref="MinAsOf"/> to <see cref="MaxAsOf"/>.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The date is outside that range.</exception>
    public DateOnly AsOf
    {
        get => asOf;
        init => asOf = CheckAsOf(value);
    }

    private static int CheckConnections(int value)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(value, nameof(Connections));
        ArgumentOutOfRangeException.ThrowIfGreaterThan(value, MaxConnections, nameof(Connections));
        return value;
    }

    private static DateOnly CheckAsOf(DateOnly value)
    {
        if (value < MinAsOf || value > MaxAsOf)
        {
            // Formatted here, not by ThrowIfLessThan, whose message uses the current culture's calendar (ar-SA cannot show 0001-01-01).
            throw new ArgumentOutOfRangeException(
                nameof(AsOf), string.Create(CultureInfo.InvariantCulture, $"The date must be from {MinAsOf:yyyy-MM-dd} to {MaxAsOf:yyyy-MM-dd}, not {value:yyyy-MM-dd}."));
        }
        return value;
    }
}
