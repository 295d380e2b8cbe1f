using NetworkAdvisor.Samples;

namespace NetworkAdvisor.Tests.Samples;

public sealed class TitleComposerTests
{
    private static readonly string[] DomainFunctions =
    [
        "Accounting", "Administrative", "Arts and Design", "Business Development", "Community and Social Services",
        "Consulting", "Customer Success and Support", "Education", "Engineering", "Entrepreneurship", "Finance",
        "Healthcare Services", "Human Resources", "Information Technology", "Legal", "Marketing",
        "Media and Communication", "Military and Protective Services", "Operations", "Product Management",
        "Program and Project Management", "Purchasing", "Quality Assurance", "Real Estate", "Research", "Sales",
    ];

    [Fact]
    public void The_vocabulary_covers_exactly_the_26_LinkedIn_job_functions()
    {
        var names = JobFunctions.All.Select(f => f.Name).ToList();

        Assert.Equal(DomainFunctions.Order(StringComparer.Ordinal), names.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Every_function_has_english_roles_and_the_ranked_ones_departments()
    {
        Assert.All(JobFunctions.All, f => Assert.NotEmpty(f.Roles(SampleLanguage.English)));
        Assert.All(JobFunctions.All.Where(f => f.Ranked), f => Assert.NotEmpty(f.Departments(SampleLanguage.English)));
    }

    [Fact]
    public void Generated_titles_cover_every_function()
    {
        var random = new SampleRandom(1, 1);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < 50_000 && seen.Count < DomainFunctions.Length; i++)
        {
            var function = TitleComposer.Compose(random, (SampleLanguage)(i % 11), i % 2 == 0).Function;
            if (function.Length > 0)
            {
                seen.Add(function);
            }
        }

        Assert.Equal(DomainFunctions.Order(StringComparer.Ordinal), seen.Order(StringComparer.Ordinal));
    }

    [Theory]
    [InlineData("Projektleiter|Projektleiterin", "Projektleiter", "Projektleiterin")]
    [InlineData("Directeur {D}|Directrice {D}", "Directeur {D}", "Directrice {D}")]
    [InlineData("CEO | Speaker | Author", "CEO | Speaker | Author", "CEO | Speaker | Author")]
    [InlineData("Inkoper", "Inkoper", "Inkoper")]
    public void Words_split_into_forms_only_at_a_bare_bar(string text, string masculine, string feminine)
    {
        var word = Word.Parse(text);

        Assert.Equal((masculine, feminine), (word.For(female: false), word.For(female: true)));
    }

    [Fact]
    public void No_placeholder_survives()
    {
        var random = new SampleRandom(2, 1);
        for (var i = 0; i < 100_000; i++)
        {
            var title = TitleComposer.Compose(random, (SampleLanguage)(i % 11), i % 3 == 0).Text;
            Assert.DoesNotContain('{', title);
            Assert.DoesNotContain('|', title.Replace(" | ", string.Empty, StringComparison.Ordinal));
            Assert.Equal(title.Trim(), title);
        }
    }

    [Theory]
    [InlineData("German", false, "Head of Vertrieb")]
    [InlineData("German", true, "Projektleiterin")]
    [InlineData("German", false, "Werkstudent Marketing")]
    [InlineData("French", true, "Directrice Marketing")]
    [InlineData("French", false, "Ingénieur logiciel")]
    [InlineData("Spanish", false, "Gerente de Ventas")]
    [InlineData("Italian", true, "Responsabile Acquisti")]
    [InlineData("Dutch", false, "Inkoper")]
    [InlineData("English", false, "Key Account Manager")]
    [InlineData("English", false, "Senior Software Engineer")]
    [InlineData("English", true, "CEO | Speaker | Author")]
    [InlineData("English", false, "Co-Founder & CTO")]
    [InlineData("English", true, "Open to work")]
    [InlineData("English", false, "Sr. Data Scientist")]
    [InlineData("Swedish", false, "Inköpschef")]
    [InlineData("Finnish", true, "Toimitusjohtaja")]
    [InlineData("English", false, "")]
    public void Realistic_titles_are_produced(string languageName, bool female, string title)
    {
        var language = Enum.Parse<SampleLanguage>(languageName);
        var random = new SampleRandom(3, (int)language);
        var found = false;
        for (var i = 0; i < 400_000 && !found; i++)
        {
            found = string.Equals(TitleComposer.Compose(random, language, female).Text, title, StringComparison.Ordinal);
        }

        Assert.True(found, $"\"{title}\" never generated");
    }
}
