namespace NetworkAdvisor.Analysis;

/// <summary>
/// The keyword and phrase lists behind invitation triage, in English, German, French, Spanish,
/// Portuguese, Italian and Dutch. Entries are matched as whole words, ignoring case and accents;
/// a trailing <c>*</c> matches the start of a word. Apostrophes and hyphens separate words
/// (<c>offre d'emploi</c> matches "offre d’emploi" and "Offre d emploi").
/// </summary>
internal static class InvitationSignals
{
    /// <summary>Money promises, crypto and scams.</summary>
    public static readonly InvitationKeywords Spam = new(
        // English
        "crypto", "cryptocurrency", "cryptocurrencies", "bitcoin", "btc", "ethereum", "usdt", "forex", "nft", "nfts",
        "binary option*", "trading signals", "investment opportunit*", "guaranteed", "guaranteed returns", "passive income",
        "get rich", "make money", "earn money", "financial freedom", "double your money", "risk free",
        "work from home", "click here", "act now", "limited offer", "you have been selected",
        "daily profit*", "profit daily", "lucrative", "business proposal", "kindly reply", "hello dear", "hi dear",
        "know you better", "follow back", "follow for follow", "f4f", "let's grow together",
        // German
        "krypto", "kryptowährung*", "passives einkommen", "geld verdienen", "garantiert", "garantierte*", "finanzielle freiheit",
        "investitionsmöglichkeit*", "schnelles geld",
        // French
        "cryptomonnaie*", "revenu passif", "revenus passifs", "garanti", "garantis", "opportunité d'investissement",
        "liberté financière", "gagner de l'argent", "argent facile",
        // Spanish
        "criptomoneda*", "ingresos pasivos", "garantizado*", "oportunidad de inversión", "libertad financiera", "ganar dinero",
        "dinero fácil",
        // Portuguese
        "criptomoeda*", "renda passiva", "garantido*", "garantida*", "oportunidade de investimento", "liberdade financeira", "ganhar dinheiro",
        "dinheiro fácil",
        // Italian
        "criptovalut*", "reddito passivo", "garantito", "garantiti", "opportunità di investimento", "libertà finanziaria",
        "guadagnare soldi", "soldi facili",
        // Dutch
        "cryptovaluta", "passief inkomen", "gegarandeerd*", "investeringsmogelijkheid", "financiële vrijheid", "snel geld");

    /// <summary>Messengers that scams move the conversation to.</summary>
    public static readonly InvitationKeywords Messengers = new("WhatsApp", "Telegram", "Viber", "WeChat", "Signal app");

    /// <summary>Sales pitches: meetings, demos, services, growth and lead promises.</summary>
    public static readonly InvitationKeywords SalesPitch = new(
        // English
        "book a call", "schedule a call", "hop on a call", "jump on a call", "quick call", "short call", "15 minutes", "15 min",
        "15-minute", "calendly", "demo", "free trial", "free consultation", "free audit", "our services", "our service",
        "our solution*", "our agency", "our platform", "our product*", "our team can", "grow your business", "scale your business",
        "grow your company", "ROI", "leads", "lead generation", "lead gen", "qualified appointments", "more clients", "new clients",
        "more customers", "increase your sales", "boost your sales", "outsourcing", "white label",
        "cost savings", "save you", "we help", "we've helped", "i help companies", "i help businesses", "more meetings", "outreach", "your pipeline", "their pipeline", "sales pipeline",
        "on your roadmap",
        // German
        "termin vereinbaren", "kurzes gespräch", "kurzes telefonat", "kurzen call", "unverbindliches gespräch",
        "unsere dienstleistung*", "unsere lösung*", "unser angebot", "ihr unternehmen", "ihren umsatz", "umsatz steigern",
        "kostenlose beratung", "kostenloses erstgespräch", "neukunden", "kundengewinnung", "leadgenerierung", "wir unterstützen", "wir helfen", "kurz zeigen",
        // French
        "prendre rendez-vous", "appel rapide", "court appel", "échange de 15", "nos services", "notre solution", "notre offre",
        "votre entreprise", "développer votre activité", "développer votre chiffre", "démonstration", "prospects",
        "génération de leads", "consultation gratuite", "nous aidons", "nous accompagnons",
        // Spanish
        "agendar una llamada", "llamada rápida", "breve llamada", "nuestros servicios", "nuestra solución", "su negocio",
        "tu negocio", "hacer crecer", "clientes potenciales", "demostración", "aumentar tus ventas", "aumentar sus ventas",
        "consulta gratuita", "generación de leads", "ayudamos a",
        // Portuguese
        "agendar uma chamada", "agendar uma reunião", "reunião rápida", "nossos serviços", "nossa solução", "seu negócio",
        "aumentar suas vendas", "demonstração", "consultoria gratuita", "geração de leads", "ajudamos",
        // Italian
        "fissare una chiamata", "breve chiamata", "i nostri servizi", "la nostra soluzione", "la tua azienda", "far crescere",
        "aumentare le vendite", "dimostrazione", "consulenza gratuita", "generazione di lead", "aiutiamo",
        // Dutch
        "afspraak inplannen", "kort gesprek", "kort belletje", "onze diensten", "onze oplossing", "uw bedrijf",
        "je bedrijf laten groeien", "meer klanten", "nieuwe klanten", "gratis adviesgesprek", "leadgeneratie", "wij helpen", "we helpen");

    /// <summary>Recruiters and job offers.</summary>
    public static readonly InvitationKeywords Recruiter = new(
        // English
        "opportunity", "opportunities", "role", "roles", "position", "positions", "hiring", "recruit*", "headhunt*",
        "talent acquisition", "job opening", "job offer", "vacancy", "vacancies", "your cv", "your resume", "candidates",
        "placing", "new challenge",
        // German
        "stelle als", "offene stelle", "neue stelle", "stellenangebot*", "stellenanzeige", "vakanz", "jobangebot",
        "personalberater*", "neue herausforderung", "karrieremöglichkeit*", "wechselbereitschaft", "kandidaten",
        // French
        "poste", "postes", "recrut*", "opportunité", "opportunités", "offre d'emploi", "chasseur de têtes", "candidature",
        "cabinet de recrutement",
        // Spanish
        "vacante", "vacantes", "puesto", "oportunidad laboral", "oportunidad profesional", "oferta de empleo", "oferta laboral",
        "reclut*", "proceso de selección", "selección de personal",
        // Portuguese
        "vaga", "vagas", "oportunidade", "oferta de emprego", "processo seletivo", "recrutamento", "recrutador*",
        // Italian
        "posizione", "posizioni", "opportunità", "offerta di lavoro", "selezione del personale", "ricerca di personale",
        "candidatura", "reclutamento",
        // Dutch
        "vacature*", "functie", "nieuwe uitdaging", "werving", "sollicit*", "kandidaten");

    /// <summary>A shared context: where the sender met the owner, what of theirs they read, work done together.</summary>
    public static readonly InvitationKeywords Personal = new(
        // English
        "we met", "met you", "meeting you", "nice to meet", "great to meet", "good to see you", "great talk", "your talk",
        "your post", "your article", "your presentation", "your comment", "your keynote", "your session", "your podcast",
        "same team", "colleague", "colleagues", "worked together", "worked with you", "working with you", "classmate*",
        "alumni", "alumnus", "same university", "conference", "meetup", "at the event", "our conversation", "our chat",
        "as discussed", "we spoke", "we talked", "mutual friend", "referred by", "introduced me", "in a conversation",
        // German
        "wir haben uns", "kennengelernt", "kennen uns", "getroffen", "dein vortrag", "deinen vortrag", "ihr vortrag",
        "ihren vortrag", "dein beitrag", "deinen beitrag", "ihr beitrag", "ihren beitrag", "deinen post", "ihren post",
        "kolleg*", "gleiches team", "gleichen team", "zusammengearbeitet", "unser gespräch", "unserem gespräch",
        "auf der konferenz", "auf der messe", "veranstaltung", "den austausch", "unseren austausch", "unserem austausch",
        // French
        "nous nous sommes rencontrés", "rencontré", "rencontrés", "votre intervention", "votre conférence", "ta conférence",
        "votre publication", "ta publication", "votre post", "ton post", "votre article", "ton article", "collègue*",
        "même équipe", "travaillé ensemble", "notre échange", "l'échange", "avoir échangé", "notre discussion", "lors de", "lors du",
        // Spanish
        "nos conocimos", "tu charla", "su charla", "tu ponencia", "su ponencia", "tu publicación", "su publicación", "tu post",
        "tu artículo", "su artículo", "compañero*", "compañera*", "colega", "colegas", "mismo equipo", "trabajamos juntos",
        "nuestra conversación", "conferencia", "conocerte", "la charla",
        // Portuguese
        "nos conhecemos", "sua palestra", "tua palestra", "seu post", "sua publicação", "seu artigo", "mesma equipe",
        "mesmo time", "trabalhamos juntos", "nossa conversa", "prazer conversar", "prazer em conhecer", "conhecer te",
        // Italian
        "ci siamo conosciuti", "ci siamo incontrati", "il tuo intervento", "il suo intervento", "il tuo post", "il tuo articolo",
        "collega", "colleghi", "stesso team", "abbiamo lavorato insieme", "la nostra conversazione", "conoscerti",
        // Dutch
        "we hebben elkaar", "ontmoet", "leuk je te ontmoeten", "jouw presentatie", "je presentatie", "je post", "jouw post",
        "je artikel", "jouw artikel", "collega's", "zelfde team", "samengewerkt", "ons gesprek");

    /// <summary>LinkedIn's standard invitation texts: a note holding only one of these says nothing.</summary>
    public static readonly InvitationKeywords StandardText = new(
        "add you to my professional network", "join your LinkedIn network", "zu meinem beruflichen Netzwerk",
        "rejoindre mon réseau professionnel", "a mi red profesional", "à minha rede profissional",
        "alla mia rete professionale", "aan mijn professionele netwerk");
}
