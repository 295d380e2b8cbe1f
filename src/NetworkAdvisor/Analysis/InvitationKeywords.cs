namespace NetworkAdvisor.Analysis;

/// <summary>
/// A list of keywords and phrases matched as whole words against <see cref="InvitationText.Words"/>,
/// case- and accent-insensitively. An entry ending in <c>*</c> matches words that start with it
/// (<c>recruit*</c>: recruiter, recruiting). Matching is one ordinal search per entry over text of
/// bounded length: linear time, no regular expression.
/// </summary>
internal sealed class InvitationKeywords
{
    /// <summary>Most characters quoted after a prefix entry (the rest of the matched word, folded: letters and digits only).</summary>
    private const int MaxQuotedRest = 24;

    private readonly Entry[] _entries;

    /// <summary>Builds the list from entries as people write them (accents and capitals allowed).</summary>
    /// <param name="entries">Words or phrases; a trailing <c>*</c> makes a prefix.</param>
    public InvitationKeywords(params string[] entries)
    {
        _entries = [.. entries.Select(ToEntry)];
    }

    /// <summary>Number of entries.</summary>
    public int Count => _entries.Length;

    /// <summary>
    /// The entries found in <paramref name="words"/>, in the order they appear, as quotable text: the entry as
    /// written, followed for a prefix entry by the rest of the word that matched (folded: letters and digits only). A match inside a longer match is left out.
    /// </summary>
    /// <param name="words">Text folded by <see cref="InvitationText.Words"/>.</param>
    /// <returns>The matches (empty when none).</returns>
    public List<string> Find(string words)
    {
        List<(int Start, int End, string Quote)>? hits = null;
        foreach (var entry in _entries)
        {
            var start = words.IndexOf(entry.Pattern, StringComparison.Ordinal);
            if (start < 0)
            {
                continue;
            }

            var end = start + entry.Pattern.Length;
            var quote = entry.Display;
            if (entry.IsPrefix)
            {
                end = words.IndexOf(' ', start + entry.Pattern.Length);
                var rest = words[(start + entry.Pattern.Length)..end];
                quote = entry.Display + rest[..Math.Min(rest.Length, MaxQuotedRest)];
            }

            (hits ??= []).Add((start, end, quote));
        }

        if (hits is null)
        {
            return [];
        }

        hits.Sort((a, b) => a.Start != b.Start ? a.Start.CompareTo(b.Start) : b.End.CompareTo(a.End));
        var found = new List<string>(hits.Count);
        var coveredTo = -1;
        foreach (var (start, end, quote) in hits)
        {
            if (end <= coveredTo || found.Contains(quote, StringComparer.Ordinal))
            {
                continue;
            }

            found.Add(quote);
            coveredTo = Math.Max(coveredTo, end);
        }

        return found;
    }

    private static Entry ToEntry(string entry)
    {
        var isPrefix = entry.EndsWith('*');
        var display = isPrefix ? entry[..^1] : entry;
        var words = InvitationText.Words(display);
        if (words.Length < 3)
        {
            throw new ArgumentException($"Keyword '{entry}' has no letters or digits.", nameof(entry));
        }

        return new Entry(display, isPrefix ? words[..^1] : words, isPrefix);
    }

    private readonly record struct Entry(string Display, string Pattern, bool IsPrefix);
}
