using System.Globalization;

namespace NetworkAdvisor.Export;

/// <summary>The date formats LinkedIn writes today, one per file, always in the invariant culture.</summary>
internal static class ExportFormats
{
    /// <summary>The explanation LinkedIn puts above the header of Connections.csv.</summary>
    public const string ConnectionsNote =
        "When exporting your connection data, you may notice that some of the email addresses are missing. You will only see email addresses for connections who have allowed their connections to see or download their email address using this setting https://www.linkedin.com/psettings/privacy/email. You can learn more here https://www.linkedin.com/help/linkedin/answer/261";

    public static string ConnectedOn(DateOnly date) => date.ToString("dd MMM yyyy", CultureInfo.InvariantCulture);

    public static string InvitationSentAt(DateTime value) => value.ToString("M/d/yy, h:mm tt", CultureInfo.InvariantCulture);

    public static string MessageDate(DateTime value) => value.ToString("yyyy-MM-dd HH:mm:ss 'UTC'", CultureInfo.InvariantCulture);

    public static string PositionDate(DateOnly? value) => value?.ToString("MMM yyyy", CultureInfo.InvariantCulture) ?? string.Empty;

    public static string EndorsementDate(DateTime? value) => value?.ToString("yyyy/MM/dd HH:mm:ss 'UTC'", CultureInfo.InvariantCulture) ?? string.Empty;

    public static string RecommendationDate(DateTime? value) => value?.ToString("MM/dd/yy, hh:mm tt", CultureInfo.InvariantCulture) ?? string.Empty;

    public static string FollowedOn(DateTime? value) => value?.ToString("ddd MMM dd HH:mm:ss 'UTC' yyyy", CultureInfo.InvariantCulture) ?? string.Empty;
}
