using NetworkAdvisor.Model;

namespace NetworkAdvisor.Import.Files;

/// <summary>Reads <c>Positions.csv</c>: the owner's jobs, dates like <c>Jan 2024</c>.</summary>
internal sealed class PositionRows : RowReader<Position>
{
    private const int CompanyName = 0, Title = 1, Description = 2, Location = 3, StartedOn = 4, FinishedOn = 5;

    public static readonly PositionRows Instance = new();

    public override FileSchema Schema { get; } = new(
        ExportFileKind.Positions,
        "Positions.csv",
        [
            new("Company Name", "Company"),
            new("Title", "Position"),
            new("Description"),
            new("Location"),
            new("Started On", "Start Date"),
            new("Finished On", "End Date"),
        ],
        ["Company Name", "Title", "Started On"],
        ["positions"]);

    public override string? TryRead(Row row, DateOrder order, out Position? value)
    {
        value = null;
        DateTime? finished = null;
        var error = OptionalDate(row, StartedOn, order, out var started) ?? OptionalDate(row, FinishedOn, order, out finished);
        if (error is not null)
        {
            return error;
        }

        value = new Position(
            row[CompanyName], row[Title], row.Raw(Description), row[Location], ToDay(started), ToDay(finished));
        return null;
    }

    private static DateOnly? ToDay(DateTime? value) => value is { } v ? DateOnly.FromDateTime(v) : null;
}
