namespace NetworkAdvisor.Samples;

/// <summary>A generated job title and what it was built from.</summary>
/// <param name="Text">The title as it appears in the export.</param>
/// <param name="Kind">What sort of title it is.</param>
/// <param name="Function">The job function the title was built for; empty when none.</param>
/// <param name="University">The university a student title names; empty otherwise.</param>
/// <param name="Rank">The seniority a job title was built for; <see cref="SampleRank.Entry"/> when none.</param>
internal readonly record struct ComposedTitle(string Text, TitleKind Kind, string Function, string University, SampleRank Rank = SampleRank.Entry)
{
    /// <summary>No title, as for a hidden profile.</summary>
    public static readonly ComposedTitle None = new(string.Empty, TitleKind.Empty, string.Empty, string.Empty);
}
