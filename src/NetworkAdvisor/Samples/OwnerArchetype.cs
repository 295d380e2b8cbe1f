namespace NetworkAdvisor.Samples;

/// <summary>A kind of career the export's owner can have: titles from junior to senior, skills and texts.</summary>
internal sealed class OwnerArchetype
{
    public OwnerArchetype(
        string function,
        string industries,
        string englishLadder,
        string germanLadder,
        string headlineTags,
        string skills,
        string duties,
        string summary)
    {
        Function = function;
        Industries = Split(industries);
        EnglishLadder = Split(englishLadder);
        GermanLadder = Split(germanLadder);
        HeadlineTags = Split(headlineTags);
        Skills = Split(skills);
        Duties = Split(duties);
        Summary = Split(summary);
    }

    /// <summary>The owner's job function (a domain vocabulary name).</summary>
    public string Function { get; }

    /// <summary>LinkedIn industries the owner may have chosen.</summary>
    public string[] Industries { get; }

    /// <summary>Six titles, junior first.</summary>
    public string[] EnglishLadder { get; }

    /// <summary>The same six titles as a German-speaking owner might write them.</summary>
    public string[] GermanLadder { get; }

    public string[] HeadlineTags { get; }

    /// <summary>At least 40 distinct skills.</summary>
    public string[] Skills { get; }

    /// <summary>Bullet points for position descriptions.</summary>
    public string[] Duties { get; }

    /// <summary>Paragraphs for the profile summary; <c>{years}</c> is the career length.</summary>
    public string[] Summary { get; }

    private static string[] Split(string list) =>
        list.Split(';', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
}
