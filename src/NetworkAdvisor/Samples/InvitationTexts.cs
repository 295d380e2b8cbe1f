namespace NetworkAdvisor.Samples;

/// <summary>
/// Invitation notes (LinkedIn allows 300 characters): personal, recruiter, sales pitch and
/// spam-like. Notes are in English or in the sender's language where one is given here.
/// </summary>
internal static class InvitationTexts
{
    private static readonly string[] PersonalEnglish =
    [
        "Hi {name}, great meeting you at {event} - let's stay in touch!",
        "Hi {name}, we worked together at {company} back in the day. Would be great to reconnect.",
        "Hi {name}, I enjoyed your post about {topic}. Would love to connect.",
        "Hi {name}, {me} here - we met briefly after the {topic} talk. Happy to connect!",
        "Hey {name}! Fellow {topic} nerd here 🙂",
    ];

    private static readonly string[] RecruiterEnglish =
    [
        "Hi {name}, I'm recruiting for a {role} role at a fast-growing company in {city}. Your background looks like a great fit - open to a quick chat?",
        "Hi {name}, are you open to new opportunities? We're hiring a {role} (remote, EU).",
        "Hi {name}, I specialise in placing {role}s in {city}. Would love to add you to my network.",
    ];

    private static readonly string[] PitchEnglish =
    [
        "Hi {name}, I help companies like {company} cut cloud costs by 30%. Worth a 15-minute call next week?",
        "Hi {name}, we've helped 200+ B2B teams book more meetings with AI-powered outreach. Open to seeing how?",
        "Hi {name}, quick one: is {topic} on your roadmap this year? We have something you might like.",
        "Hi {name}, I'd love to connect and share how we help leaders in {city} grow their pipeline by 3x.",
    ];

    private static readonly string[] Spam =
    [
        "🚀 Hi {name}! I'm building the largest network of professionals in {city}. Connect with me and let's grow together!!! 💰",
        "Dear Sir/Madam, I have a lucrative business proposal for you. Kindly reply for details.",
        "Hi, I came across your profile and I'm impressed. Check out my crypto trading signals group: {link}",
        "Follow back? 🙏 #networking #opentowork #growth",
        "Hello dear, how are you doing today? I would like to know you better.",
    ];

    private static readonly string[] OutgoingEnglish =
    [
        "Hi {name}, great meeting you at {event} - let's stay in touch!",
        "Hi {name}, I really liked your talk on {topic}. Would be great to connect.",
        "Hi {name}, we're both working on {topic} - would be great to exchange ideas.",
        "Hi {name}, your work on {topic} came up in a conversation today. Happy to connect!",
    ];

    private static readonly Dictionary<SampleLanguage, string[]> Personal = new()
    {
        [SampleLanguage.German] = ["Hallo {name}, schön, dass wir uns auf der {event} kennengelernt haben. Lass uns in Kontakt bleiben!", "Hi {name}, wir kennen uns noch von {company} - lass uns vernetzen!"],
        [SampleLanguage.French] = ["Bonjour {name}, ravi d'avoir échangé lors de {event}. Restons en contact !"],
        [SampleLanguage.Spanish] = ["Hola {name}, encantado de conocerte en {event}. ¡Sigamos en contacto!"],
        [SampleLanguage.Portuguese] = ["Olá {name}, foi um prazer conversar no {event}. Vamos manter contato!"],
        [SampleLanguage.Italian] = ["Ciao {name}, è stato un piacere conoscerti a {event}. Restiamo in contatto!"],
        [SampleLanguage.Dutch] = ["Hoi {name}, leuk je te ontmoeten op {event}. Laten we contact houden!"],
    };

    private static readonly Dictionary<SampleLanguage, string[]> Recruiter = new()
    {
        [SampleLanguage.German] = ["Hallo {name}, ich bin auf Ihr Profil aufmerksam geworden und hätte eine spannende Position als {role} für Sie. Interesse an einem kurzen Austausch?"],
        [SampleLanguage.French] = ["Bonjour {name}, je recrute un(e) {role} pour un client à {city}. Ouvert(e) à en discuter ?"],
    };

    private static readonly Dictionary<SampleLanguage, string[]> Pitch = new()
    {
        [SampleLanguage.German] = ["Hallo {name}, wir unterstützen Unternehmen wie {company} bei der Digitalisierung ihres Vertriebs. Darf ich Ihnen kurz zeigen, wie?"],
        [SampleLanguage.Dutch] = ["Hoi {name}, wij helpen bedrijven zoals {company} met {topic}. Zin in een korte kennismaking?"],
    };

    private static readonly Dictionary<SampleLanguage, string[]> Outgoing = new()
    {
        [SampleLanguage.German] = ["Hallo {name}, danke für den spannenden Austausch heute! Lass uns vernetzen."],
        [SampleLanguage.French] = ["Bonjour {name}, merci pour l'échange d'aujourd'hui ! Restons connectés."],
        [SampleLanguage.Spanish] = ["Hola {name}, ¡gracias por la charla de hoy! Conectemos."],
    };

    /// <summary>A note an invitation to the owner carries; empty in many cases.</summary>
    public static string Incoming(SampleRandom random, SampleLanguage sender) => random.NextDouble() switch
    {
        < 0.40 => string.Empty,
        < 0.60 => PersonalNote(random, sender),
        < 0.75 => Signed(In(random, sender, Recruiter, RecruiterEnglish)),
        < 0.90 => In(random, sender, Pitch, PitchEnglish),
        _ => random.Pick(Spam),
    };

    /// <summary>A note the owner wrote; empty more often than not.</summary>
    public static string FromOwner(SampleRandom random, SampleLanguage owner) =>
        random.Chance(0.6) ? string.Empty : In(random, owner, Outgoing, OutgoingEnglish);

    /// <summary>A personal note in the sender's language or in English.</summary>
    public static string PersonalNote(SampleRandom random, SampleLanguage sender) => Signed(In(random, sender, Personal, PersonalEnglish));

    /// <summary>People sign personal and recruiter notes, so two senders' notes are not word for word the same.</summary>
    private static string Signed(string note) => note.Contains("{me}", StringComparison.Ordinal) ? note : note + " {me}";

    private static string In(SampleRandom random, SampleLanguage language, Dictionary<SampleLanguage, string[]> native, string[] english) =>
        native.TryGetValue(language, out var notes) && random.Chance(0.6) ? random.Pick(notes) : random.Pick(english);
}
