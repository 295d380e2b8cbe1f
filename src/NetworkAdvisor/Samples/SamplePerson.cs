namespace NetworkAdvisor.Samples;

/// <summary>A generated person: the names as exported, the unique profile slug and the language.</summary>
internal sealed class SamplePerson
{
    public const string ProfileUrlPrefix = "https://www.linkedin.com/in/";

    public SamplePerson(string firstName, string lastName, string slug, bool female, SampleLanguage language)
    {
        FirstName = firstName;
        LastName = lastName;
        Slug = slug;
        Female = female;
        Language = language;
        ProfileUrl = ProfileUrlPrefix + slug;
        FullName = $"{firstName} {lastName}".Trim();
    }

    public string FirstName { get; }

    public string LastName { get; }

    /// <summary>The public profile slug, unique within one export.</summary>
    public string Slug { get; }

    public bool Female { get; }

    public SampleLanguage Language { get; }

    /// <summary><c>https://www.linkedin.com/in/</c> and the slug.</summary>
    public string ProfileUrl { get; }

    public string FullName { get; }

    /// <summary>The profile URL without scheme, as the endorsements file writes it.</summary>
    public string SchemelessProfileUrl => ProfileUrl["https://".Length..];
}
