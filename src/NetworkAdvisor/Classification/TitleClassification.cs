namespace NetworkAdvisor.Classification;

/// <summary>What a title says about a person's job function and seniority, and why.</summary>
/// <param name="Title">The title as given.</param>
/// <param name="Function">LinkedIn job function, or Unknown.</param>
/// <param name="Seniority">LinkedIn seniority, or Unknown.</param>
/// <param name="Confidence">0 to 1: how sure the rules are (exact job nouns and explicit ranks score high, defaults low).</param>
/// <param name="Evidence">The rules that decided, e.g. <c>function: 'software engineer' (job) -> Engineering; seniority: 'senior' -> Senior</c>.</param>
public sealed record TitleClassification(
    string Title,
    JobFunction Function,
    Seniority Seniority,
    double Confidence,
    string Evidence);
