namespace NetworkAdvisor.Samples;

/// <summary>What sort of title was generated; decides what company the person gets.</summary>
internal enum TitleKind
{
    /// <summary>A job title (with or without a function).</summary>
    Job = 0,

    /// <summary>A student; the company is often the university.</summary>
    Student = 1,

    /// <summary>A freelancer or self-employed person without a function.</summary>
    Freelance = 2,

    /// <summary>Job seeking, retired, on leave or headline-style text.</summary>
    Headline = 3,

    /// <summary>No title at all.</summary>
    Empty = 4,
}
