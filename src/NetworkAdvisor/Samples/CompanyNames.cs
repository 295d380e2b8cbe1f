namespace NetworkAdvisor.Samples;

/// <summary>
/// Makes fictional company names the way they appear in exports: surnames, invented brands and
/// sector words with the legal suffix of the company's country ("GmbH", "Inc.", "S.A.", "B.V.",
/// "&amp; Co. KG", "Oy"), and now and then a comma or quotes inside the name.
/// </summary>
internal static class CompanyNames
{
    /// <summary>Names that exercise CSV quoting; every sample network holds a few people there.</summary>
    public static readonly string[] Awkward =
    [
        "Analytical Engines, Ltd",
        "\"Quote\" Corp",
        "Smith, Jones and Co.",
        "Café \"Zur Post\" GmbH",
        "O'Reilly & Söhne GmbH",
        "Acme, Inc.",
        "Bäckerei Müller GmbH & Co. KG",
        "Hotel \"Am See\" GmbH",
    ];

    private static readonly string[] BrandPrefixes =
    [
        "Nord", "Blue", "Alpen", "Silver", "Atlas", "Helix", "Vertex", "Orbit", "Quantum", "Terra", "Lumen", "Apex",
        "Nova", "Polar", "Zenit", "Aurora", "Delta", "Kappa", "Strato", "Meridian", "Fjord", "Sol", "Luna", "Iris",
        "Opti", "Cyber", "Bright", "Green", "Smart", "Clear", "Swift", "True", "Next", "Prime", "Vita", "Flux",
        "Nexa", "Arc", "Omni", "Rhein", "Elb", "Bergen", "Sirius", "Castor", "Mistral", "Tramonta", "Brisa", "Oranje",
    ];

    private static readonly string[] BrandStems =
    [
        "tech", "soft", "werk", "data", "link", "logic", "ware", "works", "net", "cloud", "bit", "line", "stream",
        "point", "wave", "path", "gate", "hub", "labs", "mind", "scale", "ify", "io", "ra", "on", "form", "sys",
    ];

    private static readonly string[][] Sectors =
    [
        ["Solutions", "Systems", "Consulting", "Technologies", "Logistics", "Capital", "Partners", "Labs", "Software", "Engineering", "Health", "Energy", "Media", "Foods", "Analytics", "Ventures", "Advisory", "Robotics", "Insurance", "Bank"],
        ["Maschinenbau", "Logistik", "Software", "Beratung", "Consulting", "Bau", "Energie", "Medizintechnik", "Elektronik", "Immobilien", "Personalberatung", "Automotive", "Versicherung", "Steuerberatung", "Anlagenbau", "IT-Service", "Systemhaus"],
        ["Conseil", "Logistique", "Ingénierie", "Technologies", "Immobilier", "Assurances", "Informatique", "Industrie", "Distribution", "Énergie", "Services"],
        ["Consultores", "Logística", "Ingeniería", "Tecnología", "Inmobiliaria", "Asesores", "Construcciones", "Energía", "Sistemas", "Seguros"],
        ["Consultoria", "Logística", "Engenharia", "Tecnologia", "Imóveis", "Sistemas", "Alimentos", "Transportes", "Seguros", "Serviços"],
        ["Consulting", "Costruzioni", "Logistica", "Ingegneria", "Impianti", "Meccanica", "Informatica", "Energia", "Alimentari", "Assicurazioni"],
        ["Advies", "Logistiek", "Bouw", "Techniek", "Installatietechniek", "Software", "Vastgoed", "Transport", "Groep", "Zorg"],
        ["Konsult", "Bygg", "Teknik", "Data", "Logistik", "Fastigheter", "Energi", "System"],
        ["Konsult", "Bygg", "Teknikk", "Eiendom", "Energi", "Data", "Logistikk", "Rådgivning"],
        ["Rådgivning", "Byg", "Teknik", "Ejendomme", "Energi", "Data", "Logistik", "Software"],
        ["Rakennus", "Tekniikka", "Konsultointi", "Logistiikka", "Energia", "Kiinteistöt", "Ohjelmistot", "Palvelut"],
    ];

    private static readonly string[][] Suffixes =
    [
        ["Inc.", "Inc.", "Ltd", "Ltd.", "LLC", "plc", "Corp.", "Limited", "Inc"],
        ["GmbH", "GmbH", "GmbH", "GmbH", "AG", "AG", "SE", "GmbH & Co. KG", "KG", "UG (haftungsbeschränkt)", "e.K.", "mbH"],
        ["SAS", "SAS", "S.A.", "SARL", "SA", "SASU"],
        ["S.A.", "S.L.", "S.L.", "SL", "S.L.U."],
        ["Ltda.", "Ltda.", "S.A.", "Ltda", "S/A"],
        ["S.p.A.", "S.r.l.", "S.r.l.", "Srl", "SpA", "S.n.c."],
        ["B.V.", "B.V.", "BV", "N.V.", "V.O.F."],
        ["AB", "AB", "AB (publ)"],
        ["AS", "AS", "ASA"],
        ["A/S", "ApS", "A/S"],
        ["Oy", "Oy", "Oyj"],
    ];

    private static readonly string[][] SelfEmployed =
    [
        ["Self-employed", "Freelance", "Self Employed", "Freelancer"],
        ["Selbstständig", "Freiberuflich", "Selbständig", "Freelance"],
        ["Indépendant", "Freelance", "Auto-entrepreneur"],
        ["Autónomo", "Freelance"],
        ["Autônomo", "Freelancer"],
        ["Libero professionista", "Freelance"],
        ["Zelfstandig", "ZZP", "Freelance"],
        ["Egenföretagare", "Frilans"],
        ["Selvstendig", "Frilans"],
        ["Selvstændig", "Freelance"],
        ["Yrittäjä", "Freelancer"],
    ];

    /// <summary>A fictional company of <paramref name="language"/>'s countries.</summary>
    public static string Create(SampleRandom random, SampleLanguage language)
    {
        var index = (int)language;
        var roll = random.NextDouble();
        return roll switch
        {
            < 0.30 => $"{Surname(random, language)} {random.Pick(Sectors[index])} {random.Pick(Suffixes[index])}",
            < 0.52 => $"{Brand(random)} {random.Pick(Suffixes[index])}",
            < 0.67 => $"{Brand(random)} {random.Pick(Sectors[index])}",
            < 0.75 => Pair(random, language),
            < 0.80 => Brand(random),
            < 0.86 => $"{Brand(random)} {random.Pick(Sectors[index])} {random.Pick(Suffixes[index])}",
            < 0.90 => Family(random, language),
            < 0.93 => WithComma(random, language),
            _ => Group(random, language),
        };
    }

    /// <summary>"Self-employed" or its equivalent in <paramref name="language"/>.</summary>
    public static string SelfEmployedLabel(SampleRandom random, SampleLanguage language) =>
        random.Pick(SelfEmployed[(int)language]);

    /// <summary>A short lower-case name for e-mail domains.</summary>
    public static string DomainLabel(string company)
    {
        var space = company.IndexOfAny([' ', ',']);
        var head = SamplePeople.Slugify(space > 0 ? company[..space] : company);
        return head.Length == 0 ? "company" : head;
    }

    private static string Surname(SampleRandom random, SampleLanguage language)
    {
        var name = random.Pick(NameLists.Last(language));
        return language == SampleLanguage.Dutch && name.Length > 0 && char.IsLower(name[0])
            ? char.ToUpperInvariant(name[0]) + name[1..]
            : name;
    }

    private static string Brand(SampleRandom random)
    {
        var prefix = random.Pick(BrandPrefixes);
        var stem = random.Pick(BrandStems);
        return random.Chance(0.3) && stem.Length > 2
            ? prefix + char.ToUpperInvariant(stem[0]) + stem[1..]
            : prefix + stem;
    }

    private static string Pair(SampleRandom random, SampleLanguage language)
    {
        var first = Surname(random, language);
        var second = Surname(random, language);
        return language switch
        {
            SampleLanguage.German => random.Chance(0.5) ? $"{first} & Partner" : $"{first} & {second} GmbH",
            SampleLanguage.English => $"{first} & {second} LLP",
            SampleLanguage.French => $"{first} & Associés",
            SampleLanguage.Dutch => $"{first} & {second} Advocaten",
            _ => $"{first} & {second} {random.Pick(Suffixes[(int)language])}",
        };
    }

    private static string Family(SampleRandom random, SampleLanguage language)
    {
        var name = Surname(random, language);
        return language switch
        {
            SampleLanguage.German => $"{name} & Co. KG",
            SampleLanguage.English => $"{name} & Sons Ltd",
            SampleLanguage.French => $"{name} & Fils",
            SampleLanguage.Spanish => $"{name} e Hijos S.A.",
            SampleLanguage.Italian => $"{name} & Figli S.r.l.",
            SampleLanguage.Dutch => $"{name} & Zonen B.V.",
            _ => $"{name} {random.Pick(Sectors[(int)language])}",
        };
    }

    private static string WithComma(SampleRandom random, SampleLanguage language)
    {
        var first = Surname(random, language);
        var second = Surname(random, language);
        return language switch
        {
            SampleLanguage.German => $"{first}, {second} & Partner mbB",
            SampleLanguage.English => random.Chance(0.5) ? $"{Brand(random)} {random.Pick(Sectors[0])}, Inc." : $"{first}, {second} & Partners",
            SampleLanguage.French => $"{first}, {second} et Associés",
            SampleLanguage.Spanish => $"{first} e Hijos, S.L.",
            _ => $"{Brand(random)} {random.Pick(Sectors[(int)language])}, {random.Pick(Suffixes[(int)language])}",
        };
    }

    private static string Group(SampleRandom random, SampleLanguage language) => language switch
    {
        SampleLanguage.French => $"Groupe {Surname(random, language)}",
        SampleLanguage.Italian => $"Gruppo {Surname(random, language)}",
        SampleLanguage.Spanish or SampleLanguage.Portuguese => $"Grupo {Brand(random)}",
        SampleLanguage.German => $"{Surname(random, language)} Gruppe",
        SampleLanguage.Dutch => $"{Brand(random)} Groep",
        _ => $"{Brand(random)} Group",
    };
}
