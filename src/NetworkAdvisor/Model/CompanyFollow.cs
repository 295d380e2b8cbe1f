namespace NetworkAdvisor.Model;

/// <summary>One company the owner follows, from <c>Company Follows.csv</c>.</summary>
/// <param name="Organization">Company name.</param>
/// <param name="FollowedOn">When the follow started; null when the export leaves it empty.</param>
public sealed record CompanyFollow(string Organization, DateTime? FollowedOn);
