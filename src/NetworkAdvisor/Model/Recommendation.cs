namespace NetworkAdvisor.Model;

/// <summary>One recommendation the owner received, from <c>Recommendations_Received.csv</c>.</summary>
/// <param name="FirstName">Recommender's first name.</param>
/// <param name="LastName">Recommender's last name.</param>
/// <param name="Company">Recommender's company.</param>
/// <param name="JobTitle">Recommender's job title.</param>
/// <param name="Text">The recommendation text (untrusted).</param>
/// <param name="CreatedAt">When it was written; null when the export leaves it empty.</param>
/// <param name="Status">Status such as VISIBLE.</param>
public sealed record Recommendation(
    string FirstName,
    string LastName,
    string Company,
    string JobTitle,
    string Text,
    DateTime? CreatedAt,
    string Status);
