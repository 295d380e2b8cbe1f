using NetworkAdvisor.Model;

namespace NetworkAdvisor.Import.Files;

/// <summary>
/// Reads <c>Recommendations_Received.csv</c>. <c>Recommendations_Given.csv</c> has the same header,
/// so the file name must say "received".
/// </summary>
internal sealed class RecommendationRows : RowReader<Recommendation>
{
    private const int FirstName = 0, LastName = 1, Company = 2, JobTitle = 3, Text = 4, CreationDate = 5, Status = 6;

    public static readonly RecommendationRows Instance = new();

    public override FileSchema Schema { get; } = new(
        ExportFileKind.RecommendationsReceived,
        "Recommendations_Received.csv",
        [
            new("First Name"),
            new("Last Name"),
            new("Company"),
            new("Job Title"),
            new("Text"),
            new("Creation Date"),
            new("Status"),
        ],
        ["Text", "Creation Date"],
        ["recommendationsreceived"],
        nameRequired: true);

    public override int OrderedDateSlot => CreationDate;

    public override string? TryRead(Row row, DateOrder order, out Recommendation? value)
    {
        value = null;
        var error = OptionalDate(row, CreationDate, order, out var created);
        if (error is not null)
        {
            return error;
        }

        value = new Recommendation(row[FirstName], row[LastName], row[Company], row[JobTitle], row.Raw(Text), created, row[Status]);
        return null;
    }
}
