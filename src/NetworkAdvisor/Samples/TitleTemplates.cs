namespace NetworkAdvisor.Samples;

/// <summary>
/// How titles are written in one language. Placeholders: <c>{R}</c> a role noun, <c>{D}</c> a
/// department (for the Nordic languages the department head's compound title), <c>{C}</c> a
/// C-level abbreviation, <c>{U}</c> a university. An empty list falls back to English.
/// </summary>
internal sealed class TitleTemplates
{
    private readonly Word[][] byRank = new Word[10][];

    private TitleTemplates(
        SampleLanguage language,
        string unpaid,
        string training,
        string entry,
        string senior,
        string manager,
        string director,
        string vicePresident,
        string chief,
        string partner,
        string owner,
        string rankOnly,
        string noise,
        string freelance,
        string student,
        string universities,
        double nativeShare)
    {
        Language = language;
        byRank[(int)SampleRank.Unpaid] = Word.List(unpaid);
        byRank[(int)SampleRank.Training] = Word.List(training);
        byRank[(int)SampleRank.Entry] = Word.List(entry);
        byRank[(int)SampleRank.Senior] = Word.List(senior);
        byRank[(int)SampleRank.Manager] = Word.List(manager);
        byRank[(int)SampleRank.Director] = Word.List(director);
        byRank[(int)SampleRank.VicePresident] = Word.List(vicePresident);
        byRank[(int)SampleRank.Chief] = Word.List(chief);
        byRank[(int)SampleRank.Partner] = Word.List(partner);
        byRank[(int)SampleRank.Owner] = Word.List(owner);
        RankOnly = Word.List(rankOnly);
        Noise = Word.List(noise);
        Freelance = Word.List(freelance);
        Student = Word.List(student);
        Universities = Word.List(universities).Select(w => w.Masculine).ToArray();
        NativeShare = nativeShare;
    }

    public SampleLanguage Language { get; }

    /// <summary>Titles that name only a rank ("Geschäftsführer", "PDG", "VD").</summary>
    public Word[] RankOnly { get; }

    /// <summary>Headline-style noise: job seeking, retired, parental leave.</summary>
    public Word[] Noise { get; }

    /// <summary>Freelancer and self-employed titles without a function.</summary>
    public Word[] Freelance { get; }

    /// <summary>Student titles.</summary>
    public Word[] Student { get; }

    /// <summary>Universities of the language's countries.</summary>
    public string[] Universities { get; }

    /// <summary>How often people of this language write their title in it rather than in English.</summary>
    public double NativeShare { get; }

    public Word[] For(SampleRank rank) => byRank[(int)rank];

    public static TitleTemplates Of(SampleLanguage language) => All[(int)language];

    private static readonly TitleTemplates[] All =
    [
        new(
            SampleLanguage.English,
            unpaid: "Volunteer; Volunteer {R}; Volunteer, {D}; Board Member (Volunteer); Pro Bono {R}",
            training: "{D} Intern; {D} Intern; Intern, {D}; Trainee, {D}; Working Student {D}; Graduate Trainee, {D}; Summer Intern – {D}; {D} Apprentice",
            entry: "{R}; {R}; {R}; {R}; {R}; Junior {R}; Jr. {R}",
            senior: "Senior {R}; Senior {R}; Senior {R}; Sr. {R}; Lead {R}; Principal {R}",
            manager: "Team Lead {D}; {D} Team Lead; Manager, {D}",
            director: "Head of {D}; Head of {D}; Director of {D}; {D} Director; Director, {D}; Global Head of {D}; Senior Director, {D}",
            vicePresident: "VP {D}; VP of {D}; Vice President, {D}; SVP {D}; EVP, {D}; Vice President {D}",
            chief: "CEO; Managing Director; President; General Manager; Chief Executive Officer",
            partner: "Partner; Managing Partner; Senior Partner; Equity Partner",
            owner: "Founder; Co-Founder; Owner; Founder & CEO; Co-Founder & {C}; Founder | {R}; Owner & {R}",
            rankOnly: "CEO; Managing Director; Owner; Partner; President; Founder; Co-Founder; General Manager; Managing Partner; Board Member; Chairman of the Board; Executive Director",
            noise: "Open to work; Looking for new opportunities; Helping founders scale; I help B2B companies grow their pipeline; Helping SaaS companies hire top talent | Recruiter; Digital Nomad; Retired; Career break; Husband, father, runner; 🚀 Growth | SaaS | B2B; --; .; CEO | Speaker | Author; Keynote Speaker | Author | Coach; Entrepreneur | Investor | Advisor; Board Member | Advisor | Angel Investor; Co-Founder & CTO; Founder & CEO; Passionate about people and technology; I help coaches land high-ticket clients; Seeking new challenges in Sales & BD",
            freelance: "Freelancer; Freelance; Self-employed; Independent Consultant; Freelance Consultant",
            student: "Student; Student at {U}; MBA Candidate at {U}; Graduate Student; Computer Science Student",
            universities: "University of Manchester; King's College London; University of Edinburgh; Trinity College Dublin; Boston University; University of Leeds",
            nativeShare: 1.0),
        new(
            SampleLanguage.German,
            unpaid: "Ehrenamtlicher Mitarbeiter|Ehrenamtliche Mitarbeiterin; Ehrenamtlich tätig; Freiwilliger|Freiwillige; Ehrenamt {D}",
            training: "Werkstudent {D}|Werkstudentin {D}; Werkstudent {D}|Werkstudentin {D}; Praktikant {D}|Praktikantin {D}; Trainee {D}; Dualer Student {D}|Duale Studentin {D}; Auszubildender {R}|Auszubildende {R}",
            entry: "{R}; {R}; {R}; {R}; Junior {R}",
            senior: "Senior {R}; Senior {R}; Senior {R}; Sr. {R}",
            manager: "Teamleiter {D}|Teamleiterin {D}; Teamleitung {D}; Gruppenleiter {D}|Gruppenleiterin {D}; Teamlead {D}",
            director: "Leiter {D}|Leiterin {D}; Leitung {D}; Bereichsleiter {D}|Bereichsleiterin {D}; Abteilungsleiter {D}|Abteilungsleiterin {D}; Head of {D}; Head of {D}; Director {D}",
            vicePresident: "VP {D}; Vice President {D}; Senior Vice President {D}",
            chief: "Geschäftsführer|Geschäftsführerin; Vorstand {D}; Mitglied des Vorstands; Geschäftsführer {D}|Geschäftsführerin {D}",
            partner: "Partner|Partnerin; Gesellschafter|Gesellschafterin; Managing Partner",
            owner: "Inhaber|Inhaberin; Gründer|Gründerin; Gründer & Geschäftsführer|Gründerin & Geschäftsführerin; Mitgründer|Mitgründerin; Selbstständiger {R}|Selbstständige {R}; Mitgründer & {C}|Mitgründerin & {C}",
            rankOnly: "Geschäftsführer|Geschäftsführerin; Inhaber|Inhaberin; Geschäftsführender Gesellschafter|Geschäftsführende Gesellschafterin; Vorstand; Prokurist|Prokuristin; Gesellschafter|Gesellschafterin; Vorstandsvorsitzender|Vorstandsvorsitzende",
            noise: "Auf Jobsuche; Offen für neue Herausforderungen; Auf der Suche nach neuen Herausforderungen; Im Ruhestand; Elternzeit; Berufliche Neuorientierung",
            freelance: "Freiberufler|Freiberuflerin; Selbstständig; Freelancer|Freelancerin; Selbständiger Berater|Selbständige Beraterin",
            student: "Student|Studentin; Student an der {U}|Studentin an der {U}; Student der Wirtschaftsinformatik|Studentin der Wirtschaftsinformatik; Masterstudent|Masterstudentin",
            universities: "TU München; Universität zu Köln; Humboldt-Universität zu Berlin; WU Wien; Universität Mannheim; RWTH Aachen; ETH Zürich",
            nativeShare: 0.6),
        new(
            SampleLanguage.French,
            unpaid: "Bénévole; Bénévole – {D}; Volontaire en service civique",
            training: "Stagiaire {D}; Alternant {D}|Alternante {D}; Apprenti {D}|Apprentie {D}; Stagiaire {R}; Alternant {R}|Alternante {R}",
            entry: "{R}; {R}; {R}; {R}; {R} junior",
            senior: "{R} senior; {R} Senior; {R} confirmé|{R} confirmée; Lead {R}",
            manager: "Chef d'équipe {D}|Cheffe d'équipe {D}; Manager {D}; Responsable d'équipe {D}; Team Leader {D}",
            director: "Directeur {D}|Directrice {D}; Directeur {D}|Directrice {D}; Responsable {D}; Head of {D}",
            vicePresident: "Vice-Président {D}|Vice-Présidente {D}; VP {D}",
            chief: "PDG; Directeur Général|Directrice Générale; DG; Président|Présidente; Directeur Général Adjoint|Directrice Générale Adjointe",
            partner: "Associé|Associée; Associé gérant|Associée gérante; Partner",
            owner: "Fondateur|Fondatrice; Co-fondateur|Co-fondatrice; Gérant|Gérante; Fondateur & CEO|Fondatrice & CEO; Co-fondateur & {C}|Co-fondatrice & {C}",
            rankOnly: "PDG; Directeur Général|Directrice Générale; Gérant|Gérante; Président|Présidente; Associé|Associée; Fondateur|Fondatrice; Directeur|Directrice",
            noise: "En recherche d'emploi; À la recherche d'un stage; À l'écoute d'opportunités; Retraité|Retraitée; En reconversion professionnelle",
            freelance: "Indépendant|Indépendante; Consultant indépendant|Consultante indépendante; Freelance; Auto-entrepreneur|Auto-entrepreneuse",
            student: "Étudiant|Étudiante; Étudiant en master|Étudiante en master; Étudiant à {U}|Étudiante à {U}",
            universities: "Sorbonne Université; HEC Paris; Université de Lyon; Sciences Po; EDHEC Business School; Université de Montréal",
            nativeShare: 0.65),
        new(
            SampleLanguage.Spanish,
            unpaid: "Voluntario|Voluntaria; Voluntariado; Voluntario en {D}|Voluntaria en {D}",
            training: "Becario de {D}|Becaria de {D}; Becario de {D}|Becaria de {D}; Prácticas en {D}; Estudiante en prácticas; Trainee {D}",
            entry: "{R}; {R}; {R}; {R}; {R} Junior; {R} Jr.",
            senior: "{R} Senior; {R} Senior; {R} Sr.; Senior {R}",
            manager: "Gerente de {D}; Gerente de {D}; Jefe de Equipo de {D}|Jefa de Equipo de {D}; Coordinador de {D}|Coordinadora de {D}; Responsable de {D}; Team Leader {D}",
            director: "Director de {D}|Directora de {D}; Director de {D}|Directora de {D}; Jefe de {D}|Jefa de {D}; Head of {D}",
            vicePresident: "Vicepresidente de {D}|Vicepresidenta de {D}; VP de {D}",
            chief: "Director General|Directora General; Consejero Delegado|Consejera Delegada; CEO; Gerente General",
            partner: "Socio|Socia; Socio Director|Socia Directora; Socio de {D}|Socia de {D}",
            owner: "Fundador|Fundadora; Cofundador|Cofundadora; Propietario|Propietaria; Fundador y CEO|Fundadora y CEO; Cofundador y {C}|Cofundadora y {C}",
            rankOnly: "Director General|Directora General; CEO; Gerente General; Socio Fundador|Socia Fundadora; Propietario|Propietaria; Administrador Único|Administradora Única; Gerente",
            noise: "Buscando nuevas oportunidades; En búsqueda activa de empleo; Jubilado|Jubilada; Abierto a nuevos retos|Abierta a nuevos retos",
            freelance: "Autónomo|Autónoma; Freelance; Consultor independiente|Consultora independiente",
            student: "Estudiante; Estudiante en {U}; Estudiante de Máster",
            universities: "Universidad Complutense de Madrid; Universitat de Barcelona; ESADE; IE University; Universidad de Buenos Aires; Tecnológico de Monterrey",
            nativeShare: 0.6),
        new(
            SampleLanguage.Portuguese,
            unpaid: "Voluntário|Voluntária; Trabalho Voluntário",
            training: "Estagiário de {D}|Estagiária de {D}; Estagiário em {D}|Estagiária em {D}; Jovem Aprendiz; Trainee de {D}; Estagiário|Estagiária",
            entry: "{R}; {R}; {R}; {R} Júnior; {R} Jr; {R} Pleno",
            senior: "{R} Sênior; {R} Sênior; {R} Sr; {R} Sr.",
            manager: "Coordenador de {D}|Coordenadora de {D}; Supervisor de {D}|Supervisora de {D}; Gerente de {D}; Líder de {D}",
            director: "Diretor de {D}|Diretora de {D}; Head de {D}; Head of {D}; Superintendente de {D}",
            vicePresident: "Vice-Presidente de {D}; VP de {D}",
            chief: "Diretor Executivo|Diretora Executiva; Presidente; CEO; Diretor Geral|Diretora Geral",
            partner: "Sócio|Sócia; Sócio-Diretor|Sócia-Diretora",
            owner: "Fundador|Fundadora; Sócio-Fundador|Sócia-Fundadora; Proprietário|Proprietária; Empreendedor|Empreendedora; Co-fundador e {C}|Co-fundadora e {C}",
            rankOnly: "CEO; Diretor Geral|Diretora Geral; Sócio-Proprietário|Sócia-Proprietária; Presidente; Sócio|Sócia; Proprietário|Proprietária",
            noise: "Em busca de novas oportunidades; Aberto a novas oportunidades|Aberta a novas oportunidades; Aposentado|Aposentada; #OpenToWork",
            freelance: "Autônomo|Autônoma; Freelancer; Consultor Autônomo|Consultora Autônoma; MEI",
            student: "Estudante; Estudante na {U}; Graduando|Graduanda",
            universities: "Universidade de São Paulo; FGV; Unicamp; PUC-Rio; Universidade de Lisboa",
            nativeShare: 0.6),
        new(
            SampleLanguage.Italian,
            unpaid: "Volontario|Volontaria; Volontariato",
            training: "Stagista {D}; Tirocinante {D}; Stage {D}; Apprendista",
            entry: "{R}; {R}; {R}; {R}; Junior {R}",
            senior: "Senior {R}; {R} Senior; Senior {R}",
            manager: "Team Leader {D}; Coordinatore {D}|Coordinatrice {D}; Capo Ufficio {D}; Supervisore {D}",
            director: "Responsabile {D}; Responsabile {D}; Direttore {D}|Direttrice {D}; Head of {D}",
            vicePresident: "Vice President {D}; Vicepresidente {D}",
            chief: "Amministratore Delegato|Amministratrice Delegata; Direttore Generale|Direttrice Generale; CEO; Presidente",
            partner: "Socio|Socia; Partner; Socio fondatore|Socia fondatrice",
            owner: "Titolare; Fondatore|Fondatrice; Co-fondatore|Co-fondatrice; Fondatore e CEO|Fondatrice e CEO; Co-founder & {C}",
            rankOnly: "Amministratore Delegato|Amministratrice Delegata; Titolare; Socio|Socia; Presidente; Direttore Generale|Direttrice Generale; Amministratore Unico|Amministratrice Unica",
            noise: "In cerca di nuove opportunità; In cerca di occupazione; Pensionato|Pensionata; Disoccupato|Disoccupata",
            freelance: "Libero professionista; Freelance; Consulente freelance; Lavoratore autonomo|Lavoratrice autonoma",
            student: "Studente|Studentessa; Studente presso {U}|Studentessa presso {U}; Laureando|Laureanda",
            universities: "Politecnico di Milano; Università di Bologna; Università Bocconi; Sapienza Università di Roma",
            nativeShare: 0.55),
        new(
            SampleLanguage.Dutch,
            unpaid: "Vrijwilliger; Vrijwilliger {D}; Bestuurslid (vrijwillig)",
            training: "Stagiair {D}|Stagiaire {D}; Werkstudent {D}; Trainee {D}; Afstudeerstagiair {D}|Afstudeerstagiaire {D}; Stagiair|Stagiaire",
            entry: "{R}; {R}; {R}; Junior {R}; Medior {R}",
            senior: "Senior {R}; Senior {R}; Senior {R}",
            manager: "Teamleider {D}; Teamlead {D}; Manager {D}; Coördinator {D}",
            director: "Hoofd {D}; Hoofd {D}; Directeur {D}|Directrice {D}; Head of {D}",
            vicePresident: "VP {D}; Vice President {D}",
            chief: "Algemeen Directeur|Algemeen Directrice; CEO; Directeur|Directrice; Statutair directeur|Statutair directrice",
            partner: "Partner; Vennoot; Managing Partner",
            owner: "Eigenaar; Oprichter|Oprichtster; Mede-oprichter|Mede-oprichtster; Directeur-eigenaar|Directrice-eigenaar; Eigenaar & {R}",
            rankOnly: "Directeur|Directrice; Algemeen Directeur|Algemeen Directrice; Eigenaar; Directeur-eigenaar|Directrice-eigenaar; Oprichter|Oprichtster; Partner",
            noise: "Op zoek naar een nieuwe uitdaging; Werkzoekend; Gepensioneerd; Open voor nieuwe kansen",
            freelance: "ZZP'er; Zelfstandig ondernemer|Zelfstandig onderneemster; Freelancer; Zelfstandig adviseur",
            student: "Student|Studente; Student aan de {U}|Studente aan de {U}; Masterstudent",
            universities: "TU Delft; Universiteit van Amsterdam; Erasmus Universiteit Rotterdam; Universiteit Utrecht; KU Leuven",
            nativeShare: 0.5),
        new(
            SampleLanguage.Swedish,
            unpaid: "Volontär; Ideellt engagerad",
            training: "Praktikant; Trainee; Sommarjobbare; Examensarbetare",
            entry: "{R}; {R}; {R}; Junior {R}",
            senior: "Senior {R}; Senior {R}; Senior {R}",
            manager: "Teamledare; Gruppchef; Arbetsledare",
            director: "{D}; {D}; Avdelningschef",
            vicePresident: "",
            chief: "VD; Verkställande direktör",
            partner: "Delägare; Partner",
            owner: "Grundare; Ägare; Grundare & VD; Medgrundare",
            rankOnly: "VD; Ägare; Grundare; Delägare; Styrelseordförande",
            noise: "Arbetssökande; Pensionär; Föräldraledig",
            freelance: "Frilansare; Egenföretagare; Konsult (egen firma)",
            student: "Student; Student vid {U}",
            universities: "KTH Royal Institute of Technology; Lunds universitet; Handelshögskolan i Stockholm; Uppsala universitet",
            nativeShare: 0.45),
        new(
            SampleLanguage.Norwegian,
            unpaid: "Frivillig",
            training: "Lærling; Trainee; Sommervikar; Praktikant",
            entry: "{R}; {R}; {R}; Junior {R}",
            senior: "Senior {R}; Senior {R}; Senior {R}",
            manager: "Teamleder; Gruppeleder; Fagleder",
            director: "{D}; {D}; Avdelingsleder; Direktør",
            vicePresident: "",
            chief: "Daglig leder; Administrerende direktør; Adm. direktør",
            partner: "Partner; Medeier",
            owner: "Gründer; Eier; Daglig leder og eier; Medgründer",
            rankOnly: "Daglig leder; Administrerende direktør; Eier; Gründer; Styreleder",
            noise: "Jobbsøker; Pensjonist; I permisjon",
            freelance: "Frilanser; Selvstendig næringsdrivende",
            student: "Student; Student ved {U}",
            universities: "NTNU; Universitetet i Oslo; BI Norwegian Business School; Universitetet i Bergen",
            nativeShare: 0.45),
        new(
            SampleLanguage.Danish,
            unpaid: "Frivillig",
            training: "Praktikant; Elev; Studentermedhjælper; Trainee",
            entry: "{R}; {R}; {R}; Junior {R}",
            senior: "Senior {R}; Senior {R}; Senior {R}",
            manager: "Teamleder; Gruppeleder; Teamkoordinator",
            director: "{D}; {D}; Afdelingsleder; Direktør",
            vicePresident: "",
            chief: "Administrerende direktør; Adm. direktør; CEO",
            partner: "Partner; Medejer",
            owner: "Ejer; Indehaver; Stifter; Medstifter",
            rankOnly: "Administrerende direktør; Direktør; Ejer; Indehaver; Partner; Stifter; Bestyrelsesformand",
            noise: "Jobsøgende; Pensionist; På barsel",
            freelance: "Freelancer; Selvstændig",
            student: "Studerende; Studerende ved {U}",
            universities: "Københavns Universitet; Aarhus Universitet; Copenhagen Business School; DTU",
            nativeShare: 0.45),
        new(
            SampleLanguage.Finnish,
            unpaid: "Vapaaehtoinen",
            training: "Harjoittelija; Kesätyöntekijä; Trainee; Oppisopimusopiskelija",
            entry: "{R}; {R}; {R}; Junior {R}",
            senior: "Senior {R}; Vanhempi {R}",
            manager: "Tiiminvetäjä; Esihenkilö; Ryhmäpäällikkö",
            director: "{D}; {D}; Osastopäällikkö; Johtaja",
            vicePresident: "",
            chief: "Toimitusjohtaja; TJ",
            partner: "Osakas; Partneri",
            owner: "Yrittäjä; Perustaja; Omistaja; Toimitusjohtaja, osakas",
            rankOnly: "Toimitusjohtaja; Yrittäjä; Omistaja; Perustaja; Osakas; Hallituksen puheenjohtaja",
            noise: "Työnhakija; Eläkeläinen; Vanhempainvapaalla",
            freelance: "Freelancer; Itsenäinen ammatinharjoittaja; Yksityisyrittäjä",
            student: "Opiskelija; Opiskelija, {U}",
            universities: "Aalto University; Helsingin yliopisto; Tampereen yliopisto; Oulun yliopisto",
            nativeShare: 0.45),
    ];
}
