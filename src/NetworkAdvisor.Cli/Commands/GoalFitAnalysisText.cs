using System.Globalization;

namespace NetworkAdvisor.Cli.Commands;

/// <summary>Number formatting shared by the analysis commands.</summary>
internal static class GoalFitAnalysisText
{
    /// <summary>0.182 -> "18.2%", invariant.</summary>
    public static string Percent(double share) =>
        (share * 100).ToString("0.0", CultureInfo.InvariantCulture) + "%";
}
