namespace NetworkAdvisor.Analysis;

/// <summary>
/// What an incoming invitation is, judged from its note. When several signals appear the first
/// that applies wins: <see cref="SpamLike"/>, <see cref="SalesPitch"/>, <see cref="Recruiter"/>,
/// <see cref="PersonalNote"/>, <see cref="NoNote"/>.
/// </summary>
public enum InvitationCategory
{
    /// <summary>A note that is none of the others: a pitch, a job offer or spam were not found in it.</summary>
    PersonalNote = 0,

    /// <summary>No note, an empty or blank one, or only LinkedIn's standard invitation text.</summary>
    NoNote = 1,

    /// <summary>A recruiter or a job offer ("opportunity", "hiring", "Stelle als", "vacante" ...).</summary>
    Recruiter = 2,

    /// <summary>A sales pitch ("book a call", "demo", "our services", "ROI" ...).</summary>
    SalesPitch = 3,

    /// <summary>Spam: links, crypto or income promises, messenger numbers, many emojis, capitals, markup, or a note copy-pasted by several senders.</summary>
    SpamLike = 4,
}
