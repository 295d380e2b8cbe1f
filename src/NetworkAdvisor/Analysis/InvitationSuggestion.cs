namespace NetworkAdvisor.Analysis;

/// <summary>What to do with an incoming invitation.</summary>
public enum InvitationSuggestion
{
    /// <summary>Look at the profile before deciding.</summary>
    Review = 0,

    /// <summary>Accept: the note names a shared context.</summary>
    Accept = 1,

    /// <summary>Ignore: a sales pitch or spam.</summary>
    Ignore = 2,
}
