namespace NetworkAdvisor.Model;

/// <summary>The export owner's own profile from <c>Profile.csv</c>.</summary>
/// <param name="FirstName">First name.</param>
/// <param name="LastName">Last name.</param>
/// <param name="Headline">Headline shown under the name.</param>
/// <param name="Summary">About text.</param>
/// <param name="Industry">Industry as chosen by the owner.</param>
/// <param name="GeoLocation">Location as shown on the profile.</param>
public sealed record Profile(
    string FirstName,
    string LastName,
    string Headline,
    string Summary,
    string Industry,
    string GeoLocation);
