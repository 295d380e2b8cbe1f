using System.Globalization;

namespace NetworkAdvisor.Analysis;

/// <summary>Shares written for people: the same percentage form in results, tables, charts and the report.</summary>
public static class ShareText
{
    /// <summary>A share (0 to 1) as a percentage without the culture's spacing: 0.182 gives "18.2%", or "18%" with no decimals.</summary>
    /// <param name="share">The share.</param>
    /// <param name="decimals">0 or 1 decimal places.</param>
    /// <returns>The percentage text, invariant.</returns>
    public static string Percent(double share, int decimals = 1) =>
        (share * 100).ToString(decimals == 0 ? "0" : "0.0", CultureInfo.InvariantCulture) + "%";
}
