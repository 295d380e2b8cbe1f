namespace NetworkAdvisor.Classification;

/// <summary>A word of a folded title: where its characters are and which role it belongs to.</summary>
/// <param name="Start">Index of the first character in the folded buffer.</param>
/// <param name="Length">Number of characters.</param>
/// <param name="Segment">The role (between separators such as <c>|</c> or <c>/</c>) the word is in.</param>
internal readonly record struct TitleToken(int Start, int Length, int Segment);
