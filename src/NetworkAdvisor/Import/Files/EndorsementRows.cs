using NetworkAdvisor.Model;

namespace NetworkAdvisor.Import.Files;

/// <summary>Reads <c>Endorsement_Received_Info.csv</c>.</summary>
internal sealed class EndorsementRows : RowReader<Endorsement>
{
    private const int Date = 0, Skill = 1, FirstName = 2, LastName = 3, Url = 4, Status = 5;

    public static readonly EndorsementRows Instance = new();

    public override FileSchema Schema { get; } = new(
        ExportFileKind.EndorsementsReceived,
        "Endorsement_Received_Info.csv",
        [
            new("Endorsement Date"),
            new("Skill Name"),
            new("Endorser First Name"),
            new("Endorser Last Name"),
            new("Endorser Public Url", "Endorser Profile Url"),
            new("Endorsement Status"),
        ],
        ["Endorsement Date", "Skill Name", "Endorser First Name"],
        ["endorsement"],
        excludedNames: ["given"]);

    public override string? TryRead(Row row, DateOrder order, out Endorsement? value)
    {
        value = null;
        var error = OptionalDate(row, Date, order, out var date);
        if (error is not null)
        {
            return error;
        }

        var utc = date is { } d ? DateTime.SpecifyKind(d, DateTimeKind.Utc) : (DateTime?)null;
        value = new Endorsement(utc, row[Skill], row[FirstName], row[LastName], row[Url], row[Status]);
        return null;
    }
}
