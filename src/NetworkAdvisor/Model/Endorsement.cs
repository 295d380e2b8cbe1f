namespace NetworkAdvisor.Model;

/// <summary>One endorsement the owner received, from <c>Endorsement_Received_Info.csv</c>.</summary>
/// <param name="EndorsedOn">When it was given, in UTC; null when the export leaves it empty.</param>
/// <param name="SkillName">The endorsed skill.</param>
/// <param name="EndorserFirstName">Endorser's first name.</param>
/// <param name="EndorserLastName">Endorser's last name.</param>
/// <param name="EndorserProfileUrl">Endorser's public URL as exported (often without scheme).</param>
/// <param name="Status">Status such as ACCEPTED.</param>
public sealed record Endorsement(
    DateTime? EndorsedOn,
    string SkillName,
    string EndorserFirstName,
    string EndorserLastName,
    string EndorserProfileUrl,
    string Status);
