using NetworkAdvisor.Model;

namespace NetworkAdvisor.Import.Files;

/// <summary>Reads <c>Company Follows.csv</c>, dates like <c>Wed Jun 24 12:43:42 UTC 2026</c>.</summary>
internal sealed class CompanyFollowRows : RowReader<CompanyFollow>
{
    private const int Organization = 0, FollowedOn = 1;

    public static readonly CompanyFollowRows Instance = new();

    public override FileSchema Schema { get; } = new(
        ExportFileKind.CompanyFollows,
        "Company Follows.csv",
        [new("Organization", "Company"), new("Followed On")],
        ["Organization", "Followed On"],
        ["companyfollow"]);

    public override string? TryRead(Row row, DateOrder order, out CompanyFollow? value)
    {
        value = null;
        var error = OptionalDate(row, FollowedOn, order, out var followed);
        if (error is not null)
        {
            return error;
        }

        var utc = followed is { } d ? DateTime.SpecifyKind(d, DateTimeKind.Utc) : (DateTime?)null;
        value = new CompanyFollow(row[Organization], utc);
        return null;
    }
}
