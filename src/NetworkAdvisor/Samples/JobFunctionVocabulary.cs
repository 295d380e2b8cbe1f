namespace NetworkAdvisor.Samples;

/// <summary>
/// The words one LinkedIn job function is written with, per language: role nouns of individual
/// contributors and department names (for the Nordic languages the department head's compound
/// title instead, such as "Inköpschef"). A language without words falls back to English.
/// </summary>
internal sealed class JobFunctionVocabulary
{
    private const int LanguageCount = 11;

    private readonly Word[][] roles = new Word[LanguageCount][];
    private readonly Word[][] departments = new Word[LanguageCount][];

    public JobFunctionVocabulary(
        string name,
        double weight,
        string chiefs,
        string managers,
        string fixedTitles,
        string en,
        string enDept,
        string de,
        string deDept,
        string fr,
        string frDept,
        string es,
        string esDept,
        string pt,
        string ptDept,
        string it,
        string itDept,
        string nl,
        string nlDept,
        string sv,
        string svHead,
        string nb,
        string nbHead,
        string da,
        string daHead,
        string fi,
        string fiHead,
        bool partners = false,
        bool ranked = true)
    {
        Name = name;
        Weight = weight;
        Chiefs = Word.List(chiefs);
        ChiefAbbreviations = Chiefs
            .Where(c => c.Masculine.Length <= 4 && c.Masculine.All(char.IsAsciiLetterUpper))
            .ToArray();
        EnglishManagers = Word.List(managers);
        Fixed = Word.List(fixedTitles);
        Partners = partners;
        Ranked = ranked;
        Set(SampleLanguage.English, en, enDept);
        Set(SampleLanguage.German, de, deDept);
        Set(SampleLanguage.French, fr, frDept);
        Set(SampleLanguage.Spanish, es, esDept);
        Set(SampleLanguage.Portuguese, pt, ptDept);
        Set(SampleLanguage.Italian, it, itDept);
        Set(SampleLanguage.Dutch, nl, nlDept);
        Set(SampleLanguage.Swedish, sv, svHead);
        Set(SampleLanguage.Norwegian, nb, nbHead);
        Set(SampleLanguage.Danish, da, daHead);
        Set(SampleLanguage.Finnish, fi, fiHead);
    }

    /// <summary>The function's name in LinkedIn's taxonomy, exactly as in the domain document.</summary>
    public string Name { get; }

    /// <summary>How common the function is in a typical network, relative to the others.</summary>
    public double Weight { get; }

    /// <summary>English C-level titles of the function ("Chief Technology Officer", "CTO").</summary>
    public Word[] Chiefs { get; }

    /// <summary>The all-capital abbreviations among <see cref="Chiefs"/> ("CTO").</summary>
    public Word[] ChiefAbbreviations { get; }

    /// <summary>English people-manager titles ("Engineering Manager").</summary>
    public Word[] EnglishManagers { get; }

    /// <summary>Complete titles in any language that the templates cannot build ("Oberärztin").</summary>
    public Word[] Fixed { get; }

    /// <summary>Whether the function has partners (consulting, law, accounting firms).</summary>
    public bool Partners { get; }

    /// <summary>False when seniority prefixes make no sense (entrepreneurs).</summary>
    public bool Ranked { get; }

    /// <summary>Role nouns of individual contributors in <paramref name="language"/>; may be empty.</summary>
    public Word[] Roles(SampleLanguage language) => roles[(int)language];

    /// <summary>
    /// Department names in <paramref name="language"/>, or for the Nordic languages the
    /// department head's title; may be empty.
    /// </summary>
    public Word[] Departments(SampleLanguage language) => departments[(int)language];

    private void Set(SampleLanguage language, string roleList, string departmentList)
    {
        roles[(int)language] = Word.List(roleList);
        departments[(int)language] = Word.List(departmentList);
    }
}
