using NetworkAdvisor.Model;

namespace NetworkAdvisor.Import.Files;

/// <summary>Reads <c>Profile.csv</c>: the owner's profile (one row).</summary>
internal sealed class ProfileRows : RowReader<Profile>
{
    private const int FirstName = 0, LastName = 1, Headline = 2, Summary = 3, Industry = 4, GeoLocation = 5;

    public static readonly ProfileRows Instance = new();

    public override FileSchema Schema { get; } = new(
        ExportFileKind.Profile,
        "Profile.csv",
        [
            new("First Name"),
            new("Last Name"),
            new("Headline"),
            new("Summary"),
            new("Industry"),
            new("Geo Location", "Location"),
            new("Maiden Name"),
            new("Address"),
            new("Birth Date"),
            new("Zip Code"),
            new("Twitter Handles"),
            new("Websites"),
            new("Instant Messengers"),
        ],
        ["First Name", "Headline"],
        ["profile"]);

    public override string? TryRead(Row row, DateOrder order, out Profile? value)
    {
        value = new Profile(row[FirstName], row[LastName], row[Headline], row.Raw(Summary), row[Industry], row[GeoLocation]);
        return null;
    }
}
