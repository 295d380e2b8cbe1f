using System.Collections.Frozen;
using System.Globalization;

namespace NetworkAdvisor.Classification;

/// <summary>LinkedIn's names for job functions and seniorities, exactly as in its targeting taxonomies.</summary>
public static class Vocabulary
{
    private static readonly FrozenDictionary<JobFunction, string> FunctionNames = new Dictionary<JobFunction, string>
    {
        [JobFunction.Unknown] = "Unknown",
        [JobFunction.Accounting] = "Accounting",
        [JobFunction.Administrative] = "Administrative",
        [JobFunction.ArtsAndDesign] = "Arts and Design",
        [JobFunction.BusinessDevelopment] = "Business Development",
        [JobFunction.CommunityAndSocialServices] = "Community and Social Services",
        [JobFunction.Consulting] = "Consulting",
        [JobFunction.CustomerSuccessAndSupport] = "Customer Success and Support",
        [JobFunction.Education] = "Education",
        [JobFunction.Engineering] = "Engineering",
        [JobFunction.Entrepreneurship] = "Entrepreneurship",
        [JobFunction.Finance] = "Finance",
        [JobFunction.HealthcareServices] = "Healthcare Services",
        [JobFunction.HumanResources] = "Human Resources",
        [JobFunction.InformationTechnology] = "Information Technology",
        [JobFunction.Legal] = "Legal",
        [JobFunction.Marketing] = "Marketing",
        [JobFunction.MediaAndCommunication] = "Media and Communication",
        [JobFunction.MilitaryAndProtectiveServices] = "Military and Protective Services",
        [JobFunction.Operations] = "Operations",
        [JobFunction.ProductManagement] = "Product Management",
        [JobFunction.ProgramAndProjectManagement] = "Program and Project Management",
        [JobFunction.Purchasing] = "Purchasing",
        [JobFunction.QualityAssurance] = "Quality Assurance",
        [JobFunction.RealEstate] = "Real Estate",
        [JobFunction.Research] = "Research",
        [JobFunction.Sales] = "Sales",
    }.ToFrozenDictionary();

    private static readonly FrozenDictionary<string, JobFunction> FunctionsByName =
        FunctionNames.ToFrozenDictionary(p => p.Value, p => p.Key, StringComparer.OrdinalIgnoreCase);

    private static readonly FrozenDictionary<string, Seniority> SenioritiesByName =
        Enum.GetValues<Seniority>().ToFrozenDictionary(s => s.ToString(), s => s, StringComparer.OrdinalIgnoreCase);

    // Each seniority's name by its value: formatting an enum boxes it, once per connection in every mix and cross tab.
    private static readonly string[] SeniorityNames =
        [.. Enumerable.Range(0, (int)Enum.GetValues<Seniority>().Max() + 1).Select(i => ((Seniority)i).ToString())];

    /// <summary>The 26 functions and Unknown, in LinkedIn's alphabetical order with Unknown last.</summary>
    public static IReadOnlyList<JobFunction> Functions { get; } =
        [.. Enum.GetValues<JobFunction>().Where(f => f != JobFunction.Unknown), JobFunction.Unknown];

    /// <summary>The 10 seniorities lowest to highest, and Unknown last.</summary>
    public static IReadOnlyList<Seniority> Seniorities { get; } =
        [.. Enum.GetValues<Seniority>().Where(s => s != Seniority.Unknown), Seniority.Unknown];

    /// <summary>LinkedIn's name, e.g. "Arts and Design".</summary>
    /// <param name="function">The function.</param>
    /// <returns>The display name.</returns>
    public static string Name(JobFunction function) => FunctionNames[function];

    /// <summary>LinkedIn's name, e.g. "CXO".</summary>
    /// <param name="seniority">The seniority.</param>
    /// <returns>The display name.</returns>
    public static string Name(Seniority seniority) =>
        (uint)seniority < (uint)SeniorityNames.Length ? SeniorityNames[(int)seniority] : ((int)seniority).ToString(CultureInfo.InvariantCulture);

    /// <summary>Parses LinkedIn's function name (case-insensitive).</summary>
    /// <param name="name">E.g. "Human Resources".</param>
    /// <param name="function">The function when found.</param>
    /// <returns>True when the name is known.</returns>
    public static bool TryParseFunction(string name, out JobFunction function) =>
        FunctionsByName.TryGetValue(name.Trim(), out function);

    /// <summary>Parses a seniority name (case-insensitive).</summary>
    /// <param name="name">E.g. "Director".</param>
    /// <param name="seniority">The seniority when found.</param>
    /// <returns>True when the name is known.</returns>
    public static bool TryParseSeniority(string name, out Seniority seniority) =>
        SenioritiesByName.TryGetValue(name.Trim(), out seniority);

    /// <summary>True for Director and above: the people who decide.</summary>
    /// <param name="seniority">The seniority.</param>
    /// <returns>Whether it is a decision-maker level.</returns>
    public static bool IsDecisionMaker(Seniority seniority) => seniority >= Seniority.Director;
}
