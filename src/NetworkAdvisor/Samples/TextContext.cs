namespace NetworkAdvisor.Samples;

/// <summary>The values a text template's placeholders are filled with.</summary>
internal readonly record struct TextContext(
    string Name,
    string Me,
    string Company,
    string Topic,
    string Event,
    string City,
    string Role,
    string Link)
{
    private static readonly string[] Topics =
    [
        "data mesh", "B2B pricing", "remote onboarding", "hiring engineers in Europe", "GenAI in customer support",
        "platform teams", "sales enablement", "employer branding", "cloud cost optimisation", "product discovery",
        "supply chain visibility", "ESG reporting", "developer experience", "account-based marketing",
    ];

    private static readonly string[] Events =
    [
        "Web Summit", "VivaTech", "DMEXCO", "the SaaStr Europa meetup", "TechConf Berlin", "the Nordic Tech Meetup",
        "last week's webinar", "the alumni evening", "the product leadership breakfast", "the HR Tech Summit",
    ];

    private static readonly string[] Cities =
    [
        "Berlin", "Munich", "Hamburg", "Vienna", "Zurich", "Amsterdam", "Paris", "Lyon", "Madrid", "Barcelona",
        "Lisbon", "Milan", "Stockholm", "Oslo", "Copenhagen", "Helsinki", "London", "Dublin",
    ];

    private static readonly string[] Roles =
    [
        "Senior Backend Engineer", "Head of Sales DACH", "Product Manager", "Engineering Manager", "Marketing Lead",
        "Senior Data Scientist", "VP Finance", "Talent Acquisition Partner", "Solutions Architect", "Customer Success Lead",
    ];

    public static TextContext Create(SampleRandom random, string name, string me, string company)
    {
        Span<byte> token = stackalloc byte[6];
        random.NextBytes(token);
        return new TextContext(
            name,
            me,
            company.Length == 0 ? "your company" : company,
            random.Pick(Topics),
            random.Pick(Events),
            random.Pick(Cities),
            random.Pick(Roles),
            "https://example.com/s/" + Convert.ToHexStringLower(token));
    }

    /// <summary>Fills <paramref name="template"/>'s placeholders.</summary>
    public string Fill(string template)
    {
        if (!template.Contains('{', StringComparison.Ordinal))
        {
            return template;
        }

        return template
            .Replace("{name}", Name, StringComparison.Ordinal)
            .Replace("{me}", Me, StringComparison.Ordinal)
            .Replace("{company}", Company, StringComparison.Ordinal)
            .Replace("{topic}", Topic, StringComparison.Ordinal)
            .Replace("{event}", Event, StringComparison.Ordinal)
            .Replace("{city}", City, StringComparison.Ordinal)
            .Replace("{role}", Role, StringComparison.Ordinal)
            .Replace("{link}", Link, StringComparison.Ordinal);
    }
}
