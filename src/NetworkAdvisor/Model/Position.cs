namespace NetworkAdvisor.Model;

/// <summary>One job of the export's owner from <c>Positions.csv</c>.</summary>
/// <param name="CompanyName">Employer.</param>
/// <param name="Title">Job title.</param>
/// <param name="Description">Free-text description.</param>
/// <param name="Location">Location as typed by the owner.</param>
/// <param name="StartedOn">First day of the starting month; null when the export leaves it empty.</param>
/// <param name="FinishedOn">First day of the final month; null for the current job.</param>
public sealed record Position(
    string CompanyName,
    string Title,
    string Description,
    string Location,
    DateOnly? StartedOn,
    DateOnly? FinishedOn)
{
    /// <summary>True when the position has no end date, i.e. it is the owner's current job.</summary>
    public bool IsCurrent => FinishedOn is null;
}
