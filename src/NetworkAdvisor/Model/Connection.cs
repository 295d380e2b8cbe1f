namespace NetworkAdvisor.Model;

/// <summary>One first-degree connection from <c>Connections.csv</c>.</summary>
/// <param name="FirstName">First name as exported; empty when hidden or removed by the user.</param>
/// <param name="LastName">Last name as exported; may be empty.</param>
/// <param name="ProfileUrl">Public profile URL (exports since mid-2023); empty when absent.</param>
/// <param name="Email">E-mail address; usually empty because members hide it.</param>
/// <param name="Company">Current company as free text; may be empty.</param>
/// <param name="Position">Current position (job title) as free text; may be empty.</param>
/// <param name="ConnectedOn">The day the connection was made.</param>
public sealed record Connection(
    string FirstName,
    string LastName,
    string ProfileUrl,
    string Email,
    string Company,
    string Position,
    DateOnly ConnectedOn)
{
    // Whether every text is empty, kept as the record is made (every pass over a million connections asks, and
    // working it out reads six strings); each init accessor works it out again, so a `with` copy stays right. Equal
    // records have equal texts, so the field never makes two records unequal.
    private readonly bool _hidden = AllEmpty(FirstName, LastName, ProfileUrl, Email, Company, Position);

    /// <summary>First name as exported; empty when hidden or removed by the user.</summary>
    public string FirstName { get; init { field = value; _hidden = AllEmpty(this); } } = FirstName;

    /// <summary>Last name as exported; may be empty.</summary>
    public string LastName { get; init { field = value; _hidden = AllEmpty(this); } } = LastName;

    /// <summary>Public profile URL (exports since mid-2023); empty when absent.</summary>
    public string ProfileUrl { get; init { field = value; _hidden = AllEmpty(this); } } = ProfileUrl;

    /// <summary>E-mail address; usually empty because members hide it.</summary>
    public string Email { get; init { field = value; _hidden = AllEmpty(this); } } = Email;

    /// <summary>Current company as free text; may be empty.</summary>
    public string Company { get; init { field = value; _hidden = AllEmpty(this); } } = Company;

    /// <summary>Current position (job title) as free text; may be empty.</summary>
    public string Position { get; init { field = value; _hidden = AllEmpty(this); } } = Position;

    /// <summary>
    /// True for a hidden or closed profile: the export holds only the date. Such a row is a real
    /// connection that counts toward the total, with unknown identity.
    /// </summary>
    public bool IsHidden => _hidden;

    /// <summary>Whether <see cref="FullName"/> is not empty (tested without building it).</summary>
    internal bool HasName => !FirstName.AsSpan().Trim().IsEmpty || !LastName.AsSpan().Trim().IsEmpty;

    /// <summary>First and last name joined by a space, trimmed.</summary>
    public string FullName =>
        LastName.Length == 0 ? FirstName.Trim() : FirstName.Length == 0 ? LastName.Trim() : string.Concat(FirstName, " ", LastName).Trim();

    private static bool AllEmpty(Connection c) => AllEmpty(c.FirstName, c.LastName, c.ProfileUrl, c.Email, c.Company, c.Position);

    private static bool AllEmpty(string? firstName, string? lastName, string? profileUrl, string? email, string? company, string? position) =>
        string.IsNullOrEmpty(firstName) && string.IsNullOrEmpty(lastName) && string.IsNullOrEmpty(profileUrl) &&
        string.IsNullOrEmpty(email) && string.IsNullOrEmpty(company) && string.IsNullOrEmpty(position);
}
