using System.Buffers;

namespace NetworkAdvisor.Analysis;

/// <summary>
/// A list of keywords and phrases matched as whole words against <see cref="InvitationText.Words"/>,
/// case- and accent-insensitively. An entry ending in <c>*</c> matches words that start with it
/// (<c>recruit*</c>: recruiter, recruiting). Matching is one ordinal multi-pattern search over text of
/// bounded length (<see cref="SearchValues{T}"/> of the entries): linear time, no regular expression.
/// </summary>
internal sealed class InvitationKeywords
{
    /// <summary>Most characters quoted after a prefix entry (the rest of the matched word, folded: letters and digits only).</summary>
    private const int MaxQuotedRest = 24;

    /// <summary>Lists up to this many entries note which were met on the stack (the built-in ones have tens).</summary>
    private const int StackEntries = 256;

    private readonly Entry[] _entries;

    private readonly SearchValues<string> _patterns;

    /// <summary>Builds the list from entries as people write them (accents and capitals allowed).</summary>
    /// <param name="entries">Words or phrases; a trailing <c>*</c> makes a prefix.</param>
    public InvitationKeywords(params string[] entries)
    {
        Entries = [.. entries];
        _entries = [.. entries.Select(ToEntry)];
        _patterns = SearchValues.Create([.. _entries.Select(e => e.Pattern)], StringComparison.Ordinal);
    }

    /// <summary>The entries as given.</summary>
    public IReadOnlyList<string> Entries { get; }

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
        // Each entry counts at its first occurrence. One search for all entries at once finds every position where
        // some entry starts (few in a note), instead of one search per entry over the whole note (~200 per note).
        List<(int Entry, int Start, int End, string Quote)>? hits = null;
        Span<bool> met = _entries.Length <= StackEntries ? stackalloc bool[StackEntries] : new bool[_entries.Length];
        var text = words.AsSpan();
        for (var from = 0; from < text.Length;)
        {
            var found = text[from..].IndexOfAny(_patterns);
            if (found < 0)
            {
                break;
            }

            var start = from + found;
            for (var e = 0; e < _entries.Length; e++)
            {
                var entry = _entries[e];
                if (met[e] || !text[start..].StartsWith(entry.Pattern, StringComparison.Ordinal))
                {
                    continue;
                }

                met[e] = true;
                var end = start + entry.Pattern.Length;
                var quote = entry.Display;
                if (entry.IsPrefix)
                {
                    end = words.IndexOf(' ', start + entry.Pattern.Length);
                    var rest = words[(start + entry.Pattern.Length)..end];
                    quote = entry.Display + rest[..Math.Min(rest.Length, MaxQuotedRest)];
                }

                (hits ??= []).Add((e, start, end, quote));
            }

            from = start + 1;
        }

        if (hits is null)
        {
            return [];
        }

        // In entry order first, so that the sort below, which is not stable, meets the hits as it always did.
        hits.Sort((a, b) => a.Entry.CompareTo(b.Entry));
        hits.Sort((a, b) => a.Start != b.Start ? a.Start.CompareTo(b.Start) : b.End.CompareTo(a.End));
        var quotes = new List<string>(hits.Count);
        var coveredTo = -1;
        foreach (var (_, start, end, quote) in hits)
        {
            if (end <= coveredTo || quotes.Contains(quote, StringComparer.Ordinal))
            {
                continue;
            }

            quotes.Add(quote);
            coveredTo = Math.Max(coveredTo, end);
        }

        return quotes;
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
