namespace NetworkAdvisor.Charts;

/// <summary>The Okabe-Ito colour-blind-safe palette and the colours the charts give to meanings.</summary>
internal static class ChartPalette
{
    public const string Orange = "#E69F00";
    public const string SkyBlue = "#56B4E9";
    public const string BluishGreen = "#009E73";
    public const string Yellow = "#F0E442";
    public const string Blue = "#0072B2";
    public const string Vermillion = "#D55E00";
    public const string ReddishPurple = "#CC79A7";
    public const string Black = "#000000";
    public const string Grey = "#999999";

    /// <summary>Okabe-Ito in the order traces and sectors take it.</summary>
    public static readonly string[] Colorway = [Blue, Orange, BluishGreen, ReddishPurple, SkyBlue, Vermillion, Yellow, Black];

    public static string Passed => BluishGreen;

    public static string Failed => Vermillion;

    public static string NotMeasurable => Grey;
}
