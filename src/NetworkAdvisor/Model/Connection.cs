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
    /// <summary>
    /// True for a hidden or closed profile: the export holds only the date. Such a row is a real
    /// connection that counts toward the total, with unknown identity.
    /// </summary>
    public bool IsHidden =>
        FirstName.Length == 0 && LastName.Length == 0 && ProfileUrl.Length == 0 &&
        Email.Length == 0 && Company.Length == 0 && Position.Length == 0;

    /// <summary>Whether <see cref="FullName"/> is not empty (tested without building it).</summary>
    internal bool HasName => !FirstName.AsSpan().Trim().IsEmpty || !LastName.AsSpan().Trim().IsEmpty;

    /// <summary>First and last name joined by a space, trimmed.</summary>
    public string FullName =>
        LastName.Length == 0 ? FirstName.Trim() : FirstName.Length == 0 ? LastName.Trim() : string.Concat(FirstName, " ", LastName).Trim();
}
