using NetworkAdvisor.Analysis;
using NetworkAdvisor.Model;

namespace NetworkAdvisor.Tests.Analysis;

/// <summary>Incoming notes categorised one at a time: every category in several languages, and the precedence between them.</summary>
public sealed class InvitationCategoryTests
{
    private static readonly DateOnly AsOf = new(2026, 3, 1);

    private const InvitationCategory Spam = InvitationCategory.SpamLike;
    private const InvitationCategory Pitch = InvitationCategory.SalesPitch;
    private const InvitationCategory Recruiter = InvitationCategory.Recruiter;
    private const InvitationCategory Personal = InvitationCategory.PersonalNote;
    private const InvitationCategory None = InvitationCategory.NoNote;
    private const InvitationSuggestion Accept = InvitationSuggestion.Accept;
    private const InvitationSuggestion Review = InvitationSuggestion.Review;
    private const InvitationSuggestion Ignore = InvitationSuggestion.Ignore;

    private const string Look = "look at the profile before accepting.";

    internal static InvitationAssessment TriageOne(string note, string from = "Sam Sender", string url = "https://www.linkedin.com/in/sam")
    {
        var invitation = new Invitation(from, "Ada Lovelace", new DateTime(2026, 2, 20, 10, 0, 0), note, InvitationDirection.Incoming, url, "https://www.linkedin.com/in/ada");
        return Assert.Single(InvitationTriage.Analyze([invitation], AsOf).Incoming);
    }

    [Theory]
    // spam-like, by keyword, in seven languages
    [InlineData("Earn passive income with crypto, guaranteed!", "Mentions 'passive income', 'crypto' and 'guaranteed': spam-like.")]
    [InlineData("Passives Einkommen garantiert - schreib mir auf WhatsApp +49 170 1234567",
        "Mentions 'passives einkommen', 'garantiert' and 'WhatsApp' and gives a phone number: spam-like.")]
    [InlineData("Revenus passifs garantis grâce aux cryptomonnaies", "Mentions 'revenus passifs', 'garantis' and 'cryptomonnaies': spam-like.")]
    [InlineData("Oportunidad de inversión: ingresos pasivos garantizados",
        "Mentions 'oportunidad de inversión', 'ingresos pasivos' and 'garantizados': spam-like.")]
    [InlineData("Renda passiva garantida, fale comigo no Telegram", "Mentions 'renda passiva', 'garantida' and 'Telegram': spam-like.")]
    [InlineData("Reddito passivo garantito ogni mese", "Mentions 'reddito passivo' and 'garantito': spam-like.")]
    [InlineData("Passief inkomen, gegarandeerd!", "Mentions 'passief inkomen' and 'gegarandeerd': spam-like.")]
    [InlineData("Binary options and forex signals, 10 winners a day", "Mentions 'binary options' and 'forex': spam-like.")]
    // spam-like, by shape
    [InlineData("Check out my website https://example.com today", "Has a link: spam-like.")]
    [InlineData("See www.example.com and bit.ly/abc and HTTP://X.IO", "Has 3 links: spam-like.")]
    [InlineData("Hello 🚀🚀🔥💰✨ let's connect", "Has 5 emojis: spam-like.")]
    [InlineData("HELLO FRIEND PLEASE ACCEPT MY REQUEST NOW", "Is written mostly in capitals: spam-like.")]
    [InlineData("<b>Hi</b><script>alert('book a call')</script>", "Contains HTML or script markup: spam-like.")]
    public void Spam_like_notes_are_ignored(string note, string reason)
    {
        var result = TriageOne(note);

        Assert.Equal((Spam, Ignore, reason), (result.Category, result.Suggestion, result.Reason));
    }

    [Theory]
    [InlineData("Hi Ada, can we book a call? Our ROI is 300% and we generate leads.", "Mentions 'book a call', 'ROI' and 'leads': a sales pitch.")]
    [InlineData("Hätten Sie Zeit für ein kurzes Gespräch über unsere Lösungen?", "Mentions 'kurzes gespräch' and 'unsere lösungen': a sales pitch.")]
    [InlineData("Je vous propose une démonstration de nos services", "Mentions 'démonstration' and 'nos services': a sales pitch.")]
    [InlineData("Nuestros servicios pueden aumentar tus ventas", "Mentions 'nuestros servicios' and 'aumentar tus ventas': a sales pitch.")]
    [InlineData("Nossos serviços vão aumentar suas vendas", "Mentions 'nossos serviços' and 'aumentar suas vendas': a sales pitch.")]
    [InlineData("I nostri servizi: una breve chiamata?", "Mentions 'i nostri servizi' and 'breve chiamata': a sales pitch.")]
    [InlineData("Onze diensten leveren meer klanten op", "Mentions 'onze diensten' and 'meer klanten': a sales pitch.")]
    [InlineData("Quick call? Demo of our platform, ROI in weeks, more leads", "Mentions 'quick call', 'demo', 'our platform' and 2 more: a sales pitch.")]
    public void Sales_pitches_are_ignored(string note, string reason)
    {
        var result = TriageOne(note);

        Assert.Equal((Pitch, Ignore, reason), (result.Category, result.Suggestion, result.Reason));
    }

    [Theory]
    [InlineData("We are hiring for a senior role at Acme", "'hiring' and 'role'")]
    [InlineData("Ich bin Personalberaterin und habe eine spannende Vakanz", "'personalberaterin' and 'vakanz'")]
    [InlineData("Un poste de directeur technique pourrait vous intéresser", "'poste'")]
    [InlineData("Tenemos una vacante de ingeniero", "'vacante'")]
    [InlineData("Temos uma vaga de engenharia", "'vaga'")]
    [InlineData("Una posizione aperta nel nostro gruppo", "'posizione'")]
    [InlineData("Ik heb een mooie vacature voor je", "'vacature'")]
    [InlineData("RECRUITING for a start-up", "'recruiting'")]
    public void Recruiters_are_reviewed(string note, string quoted)
    {
        var result = TriageOne(note);

        Assert.Equal(
            (Recruiter, Review, $"Mentions {quoted}: a recruiter or a job offer, worth a look if it fits your goal."),
            (result.Category, result.Suggestion, result.Reason));
    }

    [Theory]
    [InlineData("Great talk at the conference yesterday!", "'great talk' and 'conference'")]
    [InlineData("Wir haben uns auf der Messe kennengelernt", "'wir haben uns', 'auf der messe' and 'kennengelernt'")]
    [InlineData("Nous nous sommes rencontrés au salon", "'nous nous sommes rencontrés'")]
    [InlineData("nous nous sommes rencontres au salon", "'nous nous sommes rencontrés'")]
    [InlineData("Fuimos compañeros en Acme", "'compañeros'")]
    [InlineData("Gostei do seu artigo sobre dados", "'seu artigo'")]
    [InlineData("Ci siamo conosciuti a Milano", "'ci siamo conosciuti'")]
    [InlineData("We hebben elkaar ontmoet op de beurs", "'we hebben elkaar' and 'ontmoet'")]
    [InlineData("Loved your post https://www.linkedin.com/posts/ada-123", "'your post'")]
    [InlineData("Ex-Kollegin aus dem Gleichen Team", "'kollegin' and 'gleichen team'")]
    public void Notes_naming_a_shared_context_are_accepted(string note, string quoted)
    {
        var result = TriageOne(note);

        Assert.Equal((Personal, Accept, $"Mentions {quoted}: a shared context."), (result.Category, result.Suggestion, result.Reason));
    }

    [Theory]
    // a stronger signal wins: spam-like > sales pitch > recruiter > personal note > no note
    [InlineData("Book a call to learn about crypto, we met at the meetup", Spam, Ignore, "Mentions 'crypto': spam-like.")]
    [InlineData("We met last week: book a call for our hiring platform demo", Pitch, Ignore, "Mentions 'book a call' and 'demo': a sales pitch.")]
    [InlineData("Great talk yesterday! We are hiring", Recruiter, Review, "Mentions 'hiring': a recruiter or a job offer, worth a look if it fits your goal.")]
    [InlineData("I'd like to add you to my professional network. We met at the meetup.", Personal, Accept, "Mentions 'we met' and 'meetup': a shared context.")]
    [InlineData("I'd like to add you to my professional network on LinkedIn.", None, Review,
        "Only LinkedIn's standard text ('add you to my professional network'): " + Look)]
    [InlineData("Ich möchte Sie gerne zu meinem beruflichen Netzwerk auf LinkedIn hinzufügen.", None, Review,
        "Only LinkedIn's standard text ('zu meinem beruflichen Netzwerk'): " + Look)]
    [InlineData("Hi Ada, let's connect", Personal, Review, "Addresses you by your first name but names no shared context: " + Look)]
    [InlineData("Hello, let's connect", Personal, Review, "A note without a shared context, a pitch or a job offer: " + Look)]
    [InlineData("Hi Adam, let's connect", Personal, Review, "A note without a shared context, a pitch or a job offer: " + Look)]
    [InlineData("Hello 🚀🔥💰✨ let's connect", Personal, Review, "A note without a shared context, a pitch or a job offer: " + Look)]
    [InlineData("Hi ADA, we met at the AWS summit", Personal, Accept, "Mentions 'we met': a shared context.")]
    [InlineData("", None, Review, "No note: " + Look)]
    [InlineData("   \t\r\n ", None, Review, "No note: " + Look)]
    public void The_strongest_signal_decides(string note, InvitationCategory category, InvitationSuggestion suggestion, string reason)
    {
        var result = TriageOne(note);

        Assert.Equal((category, suggestion, reason), (result.Category, result.Suggestion, result.Reason));
    }

    [Fact]
    public void A_null_note_is_no_note()
    {
        Assert.Equal(None, TriageOne(null!).Category);
    }

    [Fact]
    public void Reasons_quote_at_most_three_keywords_in_the_order_they_appear()
    {
        var result = TriageOne("leads, ROI, demo, our services, book a call");

        Assert.Equal("Mentions 'leads', 'ROI', 'demo' and 2 more: a sales pitch.", result.Reason);
    }
}
