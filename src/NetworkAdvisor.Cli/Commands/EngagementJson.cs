using System.Globalization;
using NetworkAdvisor.Analysis;

namespace NetworkAdvisor.Cli.Commands;

/// <summary>The JSON shape of <c>engagement --format json</c>.</summary>
internal sealed record EngagementJson(
    string AsOf,
    int Messages,
    int MatchedMessages,
    int UnmatchedMessages,
    int IgnoredAfterAsOf,
    int Connections,
    int Identified,
    int EverMessaged,
    int NeverMessaged,
    int Engaged12Months,
    double EngagedShare,
    int Dormant,
    double DormantShare,
    int TwoWay,
    double TwoWayShare,
    IReadOnlyList<EngagementJson.ContactRow> TopContacts,
    IReadOnlyList<EngagementJson.EngagementCheckRow> Checks)
{
    public static EngagementJson From(EngagementResult result, IEnumerable<FitCheck> checks) => new(
        result.AsOf.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        result.Messages,
        result.MatchedMessages,
        result.UnmatchedMessages,
        result.IgnoredAfterAsOf,
        result.Connections,
        result.Identified,
        result.EverMessaged,
        result.NeverMessaged,
        result.Engaged12Months,
        Math.Round(result.EngagedShare, 4),
        result.Dormant,
        Math.Round(result.DormantShare, 4),
        result.TwoWay,
        Math.Round(result.TwoWayShare, 4),
        [.. result.TopContacts.Select(c => new ContactRow(
            c.Name, c.Connection.Connection.ProfileUrl, c.Sent, c.Received, Date(c.FirstContact), Date(c.LastContact), c.TwoWay))],
        [.. checks.Select(c => new EngagementCheckRow(c.Name, c.Value, c.Target, c.Passed, c.Explanation, c.Recommendation))]);

    private static string Date(DateTime? value) => value?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? string.Empty;

    /// <summary>One of the contacts messaged most; a date is empty when there was no message.</summary>
    internal sealed record ContactRow(string Name, string ProfileUrl, int Sent, int Received, string FirstContact, string LastContact, bool TwoWay);

    /// <summary>One engagement check; <see cref="Passed"/> is null when the check does not apply.</summary>
    internal sealed record EngagementCheckRow(string Name, string Value, string Target, bool? Passed, string Explanation, string Recommendation);
}
