namespace NetworkAdvisor.Classification;

/// <summary>
/// LinkedIn's 10 seniority levels, lowest to highest, plus <see cref="Unknown"/>. The numeric
/// order is the ladder, so <c>a &gt; b</c> means "more senior". Decision makers are
/// <see cref="Director"/> and above.
/// </summary>
public enum Seniority
{
    /// <summary>No seniority can be told from the title.</summary>
    Unknown = 0,

    /// <summary>Volunteers.</summary>
    Unpaid,

    /// <summary>Interns, trainees, apprentices, students, working students.</summary>
    Training,

    /// <summary>Individual contributors without a seniority marker (including "Junior ...").</summary>
    Entry,

    /// <summary>Senior, lead, staff and principal individual contributors.</summary>
    Senior,

    /// <summary>People managers (team lead, head of a team, supervisor).</summary>
    Manager,

    /// <summary>Director, head of a department.</summary>
    Director,

    /// <summary>Vice presidents (VP, SVP, EVP).</summary>
    VP,

    /// <summary>Chief officers, managing directors, presidents.</summary>
    CXO,

    /// <summary>Partners.</summary>
    Partner,

    /// <summary>Owners and founders.</summary>
    Owner,
}
