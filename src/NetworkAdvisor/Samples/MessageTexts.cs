namespace NetworkAdvisor.Samples;

/// <summary>
/// Building blocks of messages in English, German, French and Spanish (other languages write in
/// English, as most international LinkedIn conversations do). Placeholders: see <see cref="TextContext"/>.
/// </summary>
internal sealed class MessageTexts
{
    private static readonly MessageTexts English = new()
    {
        Greetings = ["Hi {name},", "Hello {name},", "Hey {name}!", "{name},", "Dear {name},", "Hi {name} 👋"],
        Signoffs = ["Best,\n{me}", "Cheers,\n{me}", "Thanks,\n{me}", "Best regards,\n{me}", "Talk soon!\n{me}", "Kind regards\n{me}"],
        Thanks =
        [
            "thanks for connecting! I enjoyed our chat at {event} and would love to stay in touch.",
            "great to be connected. Let me know if I can ever help with anything around {topic}.",
            "thanks for accepting my invite. I've been following your posts about {topic} for a while and really like your take.",
            "good to finally connect here after {event}. Let's keep in touch!",
        ],
        Intro =
        [
            "I saw that you're working on {topic} at {company}. We're tackling something similar and I'd love to compare notes.\nWould you be up for a 20-minute call in the next two weeks?",
            "a mutual friend suggested I reach out. I'm exploring a move into {topic} and would really value your perspective.\n\nNo pressure at all - a few minutes on a call would already help a lot.",
            "loved your comment on {topic} yesterday. We had the same debate in our team, and I'm curious how you solved it at {company}.",
        ],
        Pitch =
        [
            "I noticed {company} is growing fast. We help teams like yours cut onboarding time by 40% with our platform.\n\nWould you be open to a quick 15-minute call next week?",
            "quick question: who at {company} is responsible for {topic}? We've helped 200+ companies save up to 30% there.\nHappy to share a short case study: {link}",
            "I'll keep it short: we build custom AI agents for {topic}. Can I send you a 2-minute demo video?",
            "are you the right person to talk to about {topic} at {company}? Our clients typically see ROI within 90 days.\n\nDo you have 15 minutes on Thursday?",
        ],
        Bump =
        [
            "Just bumping this to the top of your inbox 🙂",
            "Hi {name}, any thoughts on my note below?",
            "Following up on my last message - is {topic} a priority for you this quarter?",
            "Last try from my side: worth a quick chat?",
        ],
        Recruiter =
        [
            "I'm working on a {role} position with a well-funded scale-up in {city}. The team is great and the role is fully remote within the EU.\n\nWould you be open to a confidential chat?",
            "your background at {company} caught my eye. We're hiring a {role} (salary range 95-120k EUR + equity). Interested in hearing more?",
            "I'm reaching out because I think you'd be a great fit for a {role} role with one of our clients in {city}.\nAre you open to new opportunities at the moment?",
        ],
        Casual =
        [
            "Great to hear from you!", "How have you been?", "Congrats on the new role! 🎉", "Long time no see - are you still in {city}?",
            "Haha, absolutely.", "Sounds good!", "Let's grab a coffee when you're around.", "Thanks, you too!",
            "I'll be in {city} next month, any chance to meet?", "Sure, Tuesday at 10:00 works for me.", "Perfect, I'll send an invite.",
            "Thanks a lot, really appreciate it!", "👍", "Happy birthday! 🎂", "Congrats on the work anniversary!",
            "Ha, that's a good one 😄", "Let me check my calendar and get back to you.", "Yes, let's do that.",
        ],
        Work =
        [
            "Could you send me the latest version of the deck?", "Here it is: {link}",
            "Quick question on the {topic} proposal: do we have budget sign-off yet?", "I've added my comments in the doc.",
            "Can we move our call to 3pm?", "Thanks for the intro, very helpful.", "Do you know anyone who is good at {topic}?",
            "The client loved it, thanks for your help!", "Just checked, the numbers look fine.", "We went live this morning 🚀",
            "Sending you the contract draft now, let me know if anything is unclear.",
            "Agenda for tomorrow:\n1. Status {topic}\n2. Budget\n3. Next steps",
        ],
        Ask =
        [
            "would you be open to referring me for the {role} role at {company}? Happy to send my CV.",
            "I'm putting together a panel on {topic} for {event}. Would you like to speak?",
            "we're looking for a partner for {topic} - would {company} be interested in a pilot?",
        ],
        Yes =
        [
            "Of course! Send it over and I'll pass it on.", "Sounds interesting - let's talk. How about next week?",
            "Happy to help, just send me the details.", "Sure, count me in!",
        ],
        Decline = ["Sorry, I can't help with that one right now.", "Unfortunately that won't work for me, but good luck!"],
        Openers =
        [
            "How are you doing? It's been a while!", "saw your news - congrats on the new role! 🎉", "are you going to {event} this year?",
            "happy new year! Hope all is well on your side.", "I just read your post about {topic} - spot on.",
            "are you still in {city}? I'll be around next month.",
        ],
        Interested = ["Thanks for reaching out - happy to hear more. When would suit you?", "Sounds interesting. Can you share the job description?"],
        NotLooking = ["Thanks for reaching out, but I'm not looking at the moment.", "Appreciate it, but I'm happy where I am. Good luck with the search!"],
        NoThanks = ["Thanks, not a priority for us right now.", "Thanks - please remove me from your list.", "Not interested, thanks."],
    };

    private static readonly MessageTexts German = new()
    {
        Greetings = ["Hallo {name},", "Hi {name},", "Liebe/r {name},", "Servus {name},", "Moin {name}!"],
        Signoffs = ["Viele Grüße\n{me}", "Beste Grüße,\n{me}", "LG {me}", "Liebe Grüße,\n{me}", "Schöne Grüße\n{me}"],
        Thanks =
        [
            "danke für die Vernetzung! Ich habe unser Gespräch auf der {event} sehr genossen.",
            "schön, dass wir jetzt auch hier vernetzt sind. Melde dich gern, wenn ich beim Thema {topic} helfen kann.",
        ],
        Intro =
        [
            "ich habe gesehen, dass du bei {company} an {topic} arbeitest. Wir beschäftigen uns gerade mit etwas Ähnlichem - hättest du Lust auf einen kurzen Austausch?",
            "ein gemeinsamer Kontakt hat mir empfohlen, mich bei dir zu melden. Ich würde mich sehr über 20 Minuten Austausch zum Thema {topic} freuen.",
        ],
        Pitch =
        [
            "wir unterstützen Unternehmen wie {company} bei {topic} und sparen dabei im Schnitt 25 % der Kosten.\n\nHätten Sie nächste Woche 15 Minuten für ein kurzes Gespräch?",
            "darf ich Ihnen in 10 Minuten zeigen, wie andere Mittelständler {topic} automatisieren?",
        ],
        Bump = ["Ich wollte mich noch einmal kurz melden - passt es bei Ihnen?", "Kurze Erinnerung an meine Nachricht unten 🙂"],
        Recruiter =
        [
            "ich bin auf Ihr Profil aufmerksam geworden. Für einen Kunden in {city} suche ich eine/n {role} (m/w/d).\n\nHätten Sie Interesse an einem vertraulichen Gespräch?",
            "aktuell begleite ich eine spannende Position als {role} bei einem Hidden Champion in {city}. Darf ich Ihnen mehr dazu erzählen?",
        ],
        Casual =
        [
            "Danke dir!", "Klingt gut!", "Wie geht's dir?", "Gerne, Dienstag um 10 Uhr passt.", "Herzlichen Glückwunsch zur neuen Position! 🎉",
            "Super, dann bis bald!", "Lass uns mal wieder einen Kaffee trinken.", "Alles Gute zum Geburtstag! 🎂", "Haha, stimmt 😄",
        ],
        Work =
        [
            "Kannst du mir die aktuelle Version der Präsentation schicken?", "Hier der Link: {link}", "Ich habe meine Kommentare im Dokument ergänzt.",
            "Können wir den Termin auf 15 Uhr verschieben?", "Der Kunde war begeistert, danke für deine Unterstützung!",
        ],
        Ask = ["könntest du mich für die Stelle als {role} bei {company} empfehlen? Ich schicke dir gern meinen Lebenslauf."],
        Yes = ["Klar, schick mir einfach alles, ich leite es weiter.", "Gerne, lass uns nächste Woche telefonieren."],
        Decline = ["Da kann ich dir leider gerade nicht weiterhelfen, sorry!"],
        Openers = ["wie geht's dir? Lange nichts gehört!", "Glückwunsch zur neuen Rolle! 🎉", "bist du dieses Jahr auch auf der {event}?", "frohes neues Jahr! Ich hoffe, bei dir ist alles gut."],
        Interested = ["Danke für die Nachricht, gerne können wir telefonieren. Wann passt es Ihnen?", "Klingt spannend - schicken Sie mir gern die Stellenbeschreibung."],
        NotLooking = ["Danke für die Nachricht, aktuell bin ich nicht wechselwillig."],
        NoThanks = ["Vielen Dank, aber das ist gerade kein Thema für uns.", "Kein Interesse, danke."],
    };

    private static readonly MessageTexts French = new()
    {
        Greetings = ["Bonjour {name},", "Salut {name} !", "Hello {name},"],
        Signoffs = ["Bonne journée,\n{me}", "Cordialement,\n{me}", "À bientôt !\n{me}", "Belle journée\n{me}"],
        Thanks =
        [
            "merci pour la connexion ! J'ai beaucoup apprécié notre échange lors de {event}.",
            "ravi(e) d'être connecté(e). N'hésite pas si je peux t'aider sur {topic}.",
        ],
        Intro = ["j'ai vu que tu travailles sur {topic} chez {company}. On a un sujet similaire - partant(e) pour un café virtuel de 20 minutes ?"],
        Pitch = ["nous aidons des entreprises comme {company} à réduire leurs coûts sur {topic}.\n\nAuriez-vous 15 minutes la semaine prochaine ?"],
        Bump = ["Je me permets de relancer mon message ci-dessous 🙂"],
        Recruiter = ["je recrute pour un poste de {role} à {city}, dans une scale-up en forte croissance. Seriez-vous ouvert(e) à en discuter ?"],
        Casual = ["Merci beaucoup !", "Avec plaisir !", "Ça marche, à mardi.", "Félicitations pour ton nouveau poste ! 🎉", "Top, merci !", "On se fait un café bientôt ?"],
        Work = ["Tu peux m'envoyer la dernière version du deck ?", "Voici le lien : {link}", "J'ai ajouté mes commentaires dans le doc."],
        Ask = ["serais-tu d'accord pour me recommander pour le poste de {role} chez {company} ?"],
        Yes = ["Bien sûr, envoie-moi ton CV !", "Avec plaisir, on s'appelle la semaine prochaine ?"],
        Decline = ["Désolé(e), je ne peux pas t'aider sur ce coup-là."],
        Openers = ["comment ça va ? Ça fait longtemps !", "félicitations pour ton nouveau poste ! 🎉", "tu seras à {event} cette année ?"],
        Interested = ["Merci pour votre message, avec plaisir pour en discuter. Quand êtes-vous disponible ?"],
        NotLooking = ["Merci pour votre message, mais je ne suis pas en recherche actuellement."],
        NoThanks = ["Merci, mais ce n'est pas une priorité pour nous."],
    };

    private static readonly MessageTexts Spanish = new()
    {
        Greetings = ["Hola {name}:", "¡Hola {name}!", "Buenos días, {name}:"],
        Signoffs = ["Un saludo,\n{me}", "Saludos,\n{me}", "Un abrazo,\n{me}"],
        Thanks =
        [
            "¡gracias por conectar! Me encantó nuestra charla en {event}.",
            "encantado de estar conectados. Si te puedo ayudar con {topic}, aquí estoy.",
        ],
        Intro = ["he visto que trabajas en {topic} en {company}. Estamos con algo parecido, ¿te apetece una llamada de 20 minutos?"],
        Pitch = ["ayudamos a empresas como {company} a optimizar {topic}.\n\n¿Tendrías 15 minutos la semana que viene?"],
        Bump = ["Te escribo de nuevo por si se te pasó mi mensaje 🙂"],
        Recruiter = ["estoy buscando un/a {role} para una empresa en {city}. ¿Te interesaría conocer más detalles?"],
        Casual = ["¡Gracias!", "Perfecto, hablamos.", "¡Enhorabuena por el nuevo puesto! 🎉", "¡Qué bueno saber de ti!", "Genial, ¡nos vemos!"],
        Work = ["¿Me puedes enviar la última versión de la presentación?", "Aquí tienes el enlace: {link}"],
        Ask = ["¿podrías recomendarme para el puesto de {role} en {company}?"],
        Yes = ["¡Claro! Mándame tu CV y lo paso.", "Suena interesante, hablamos la semana que viene."],
        Decline = ["Lo siento, ahora mismo no puedo ayudarte con eso."],
        Openers = ["¿qué tal todo? ¡Cuánto tiempo!", "¡enhorabuena por el nuevo puesto! 🎉", "¿vas a ir a {event} este año?"],
        Interested = ["Gracias por escribirme, me interesa. ¿Cuándo te viene bien hablar?"],
        NotLooking = ["Gracias por escribirme, pero ahora mismo no estoy buscando."],
        NoThanks = ["Gracias, pero ahora mismo no es una prioridad para nosotros."],
    };

    public required string[] Greetings { get; init; }

    public required string[] Signoffs { get; init; }

    public required string[] Thanks { get; init; }

    public required string[] Intro { get; init; }

    public required string[] Pitch { get; init; }

    public required string[] Bump { get; init; }

    public required string[] Recruiter { get; init; }

    public required string[] Casual { get; init; }

    public required string[] Work { get; init; }

    public required string[] Ask { get; init; }

    public required string[] Yes { get; init; }

    public required string[] Decline { get; init; }

    public required string[] Openers { get; init; }

    public required string[] Interested { get; init; }

    public required string[] NotLooking { get; init; }

    public required string[] NoThanks { get; init; }

    public static MessageTexts Of(SampleLanguage language) => language switch
    {
        SampleLanguage.German => German,
        SampleLanguage.French => French,
        SampleLanguage.Spanish => Spanish,
        _ => English,
    };
}
