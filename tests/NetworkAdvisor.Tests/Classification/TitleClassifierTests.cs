using NetworkAdvisor.Classification;

namespace NetworkAdvisor.Tests.Classification;

public sealed class TitleClassifierTests
{
    private static readonly TitleClassifier Classifier = TitleClassifier.Default;

    public static TheoryData<string, string, string> Rules => new()
    {
        // role-noun managers are individual contributors (domain.md)
        { "Account Manager", "Sales", "Entry" },
        { "Senior Key Account Manager", "Sales", "Senior" },
        { "Project Manager", "Program and Project Management", "Entry" },
        { "Product Owner", "Product Management", "Entry" },
        { "Office Manager", "Administrative", "Entry" },
        { "Community Manager", "Marketing", "Entry" },
        { "Business Development Manager", "Business Development", "Entry" },
        // people managers and ranks
        { "Marketing Manager", "Marketing", "Manager" },
        { "Engineering Manager", "Engineering", "Manager" },
        { "Teamleiter Vertrieb", "Sales", "Manager" },
        { "Head of Sales", "Sales", "Director" },
        { "Head of Vertrieb", "Sales", "Director" },
        { "Vertriebsleiter", "Sales", "Director" },
        { "VP Marketing", "Marketing", "VP" },
        { "SVP, Engineering", "Engineering", "VP" },
        // rank-only titles name no function
        { "CEO", "Unknown", "CXO" },
        { "Managing Director", "Unknown", "CXO" },
        { "Geschäftsführer", "Unknown", "CXO" },
        { "Owner", "Unknown", "Owner" },
        { "Partner", "Unknown", "Partner" },
        // several roles: the most senior wins
        { "Co-Founder & CTO", "Engineering", "Owner" },
        { "Head of Sales / Prokurist", "Sales", "Director" },
        { "CEO | Speaker | Author", "Media and Communication", "CXO" },
        // languages, gendered forms, compounds, abbreviations
        { "Projektleiterin", "Program and Project Management", "Entry" },
        { "Directrice Marketing", "Marketing", "Director" },
        { "Softwareentwickler", "Engineering", "Entry" },
        { "Sr. Software Engineer", "Engineering", "Senior" },
        { "Jr. Data Analyst", "Information Technology", "Entry" },
        { "SDR", "Sales", "Entry" },
        { "HRBP", "Human Resources", "Entry" },
        { "Gerente de Ventas", "Sales", "Manager" },
        { "Ingénieur logiciel", "Engineering", "Entry" },
        { "Responsabile Acquisti", "Purchasing", "Manager" },
        { "Sjuksköterska", "Healthcare Services", "Entry" },
        { "Toimitusjohtaja", "Unknown", "CXO" },
        // noise
        { "Open to work", "Unknown", "Unknown" },
        { "Helping founders scale 🚀", "Unknown", "Unknown" },
        { "Student at TU München", "Unknown", "Training" },
        { "Werkstudent Marketing", "Marketing", "Training" },
        { "Software Engineer at Sales Inc", "Engineering", "Entry" },
        { "Helping startups hire | Technical Recruiter", "Human Resources", "Entry" },
        { "Volunteer Firefighter", "Military and Protective Services", "Unpaid" },
        { "", "Unknown", "Unknown" },
        { "   ", "Unknown", "Unknown" },
        { "-", "Unknown", "Unknown" },
    };

    [Theory]
    [MemberData(nameof(Rules))]
    public void Classifies_messy_titles(string title, string function, string seniority)
    {
        var result = Classifier.Classify(title);

        Assert.Equal((function, seniority), (Vocabulary.Name(result.Function), Vocabulary.Name(result.Seniority)));
        Assert.Equal(title, result.Title);
        Assert.NotEmpty(result.Evidence);
        Assert.InRange(result.Confidence, 0, 1);
    }

    [Fact]
    public void Evidence_names_the_deciding_rules()
    {
        var result = Classifier.Classify("Senior Software Engineer");

        Assert.Contains("'software engineer'", result.Evidence, StringComparison.Ordinal);
        Assert.Contains("'senior' -> Senior", result.Evidence, StringComparison.Ordinal);
    }

    [Fact]
    public void Casing_and_accents_do_not_matter()
    {
        var a = Classifier.Classify("GESCHÄFTSFÜHRER");
        var b = Classifier.Classify("geschaftsfuhrer");

        Assert.Equal((a.Function, a.Seniority), (b.Function, b.Seniority));
        Assert.Equal(Seniority.CXO, a.Seniority);
    }

    [Fact]
    public void User_rules_add_and_override()
    {
        var custom = TitleClassifier.WithRules("[Job: Sales / Senior]\nkey account manager\n[Job: Research]\nquant\n", "mine.txt");

        Assert.Equal(Seniority.Senior, custom.Classify("Key Account Manager").Seniority);
        Assert.Equal(JobFunction.Research, custom.Classify("Quant").Function);
        Assert.Contains("function: 'quant'", custom.Classify("Quant").Evidence, StringComparison.Ordinal);
        Assert.Equal(Seniority.Entry, TitleClassifier.Default.Classify("Key Account Manager").Seniority);
    }

    [Theory]
    [InlineData("[Job: Plumbing]\nplumber\n", "mine.txt:1: 'Plumbing' is not one of LinkedIn's job functions")]
    [InlineData("plumber\n", "mine.txt:1: a pattern comes before any [Section]")]
    [InlineData("[Seniority: Boss]\nboss\n", "mine.txt:1: 'Boss' is not one of LinkedIn's seniorities")]
    [InlineData("[Job: Sales]\nkey *account\n", "mine.txt:2: 'key *account': * must start or end a single word")]
    public void Malformed_user_rules_name_the_line(string rules, string message)
    {
        var error = Assert.Throws<FormatException>(() => TitleClassifier.WithRules(rules, "mine.txt"));

        Assert.Equal(message, error.Message);
    }

    [Fact]
    public void Huge_and_hostile_strings_return_quickly()
    {
        string[] titles =
        [
            new string('a', 1_000_000),
            string.Concat(Enumerable.Repeat("senior ", 100_000)),
            "\u202Eroenigne\u202C \u0000\u0007 ̶̡̢͓̩E̶n̶g̶i̶n̶e̶e̶r̶",
            string.Concat(Enumerable.Repeat("🚀|", 10_000)),
        ];

        foreach (var title in titles)
        {
            var result = Classifier.Classify(title);
            Assert.Equal(title, result.Title);
        }
    }
}
