namespace NetworkAdvisor.Samples;

/// <summary>Recommendation texts. Placeholders: {owner}, {company}, {noun}, {pronoun}, {possessive}.</summary>
internal static class RecommendationTexts
{
    public static readonly string[] English =
    [
        "{owner} is one of the most reliable {noun} I have worked with. During our time at {company}, {pronoun} consistently delivered under pressure and made everyone around {object} better.\n\nI would work with {owner} again any day.",
        "I had the pleasure of working with {owner} at {company} for almost three years. {Pronoun} combines sharp analytical skills with genuine care for people, and {possessive} calm in difficult situations is rare.",
        "{owner} managed me at {company}, and I learned more in that time than in any other job. Clear priorities, honest feedback and a lot of trust. Highly recommended!",
        "Few {noun} understand both the details and the big picture the way {owner} does. At {company} {pronoun} turned a messy situation into a structured plan within weeks. Any team would be lucky to have {object}.",
        "We worked together on a difficult project at {company}. {owner} was the person everyone went to when things got stuck - pragmatic, knowledgeable and always in a good mood.",
    ];

    public static readonly string[] German =
    [
        "Ich habe mit {owner} bei {company} eng zusammengearbeitet und {possessiveDe} strukturierte, zuverlässige Art sehr geschätzt. Absolute Empfehlung!",
        "{owner} gehört zu den besten Kolleg:innen, die ich je hatte: fachlich stark, lösungsorientiert und immer ansprechbar. Bei {company} hat {pronounDe} entscheidend zum Erfolg unseres Teams beigetragen.",
    ];

    /// <summary>"engineers", "salespeople" ... for an owner of <paramref name="function"/>.</summary>
    public static string Noun(string function) => function switch
    {
        "Engineering" => "engineers",
        "Sales" => "salespeople",
        "Marketing" => "marketers",
        "Product Management" => "product managers",
        "Human Resources" => "recruiters",
        "Consulting" => "consultants",
        "Finance" => "finance professionals",
        _ => "professionals",
    };
}
