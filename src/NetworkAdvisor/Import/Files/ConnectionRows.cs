using NetworkAdvisor.Model;

namespace NetworkAdvisor.Import.Files;

/// <summary>Reads <c>Connections.csv</c> in every era: with or without preamble, URL and e-mail columns.</summary>
internal sealed class ConnectionRows : RowReader<Connection>
{
    private const int FirstName = 0, LastName = 1, Url = 2, Email = 3, Company = 4, Position = 5, ConnectedOn = 6;

    public static readonly ConnectionRows Instance = new();

    public override FileSchema Schema { get; } = new(
        ExportFileKind.Connections,
        "Connections.csv",
        [
            new("First Name", "Given Name", "Firstname"),
            new("Last Name", "Surname", "Family Name"),
            new("URL", "Profile URL", "LinkedIn URL", "Public Profile URL", "Profile Link"),
            new("Email Address", "Email", "E-mail", "E-mail Address", "Email Addresses"),
            new("Company", "Current Company", "Company Name", "Organization"),
            new("Position", "Current Position", "Title", "Job Title", "Current Title"),
            new("Connected On", "Connected", "Connected Date", "Date Connected", "Connection Date"),
        ],
        ["Connected On"],
        ["connections"]);

    public override int OrderedDateSlot => ConnectedOn;

    /// <inheritdoc/>
    public override IReadOnlyList<int> DateSlots => [ConnectedOn];

    /// <inheritdoc/>
    public override IReadOnlyList<int> UnpooledSlots => [FirstName, LastName, Url, Email];

    public override string? TryRead(Row row, DateOrder order, out Connection? value)
    {
        value = null;
        var error = RequiredDate(row, ConnectedOn, order, out var connectedOn);
        if (error is not null)
        {
            return error;
        }

        value = new Connection(
            row[FirstName], row[LastName], row[Url], row[Email], row[Company], row[Position], DateOnly.FromDateTime(connectedOn));
        return null;
    }
}
