namespace NetworkAdvisor.Analysis;

/// <summary>
/// What one invitation note shows, read in linear time: its folded words (of the first
/// <see cref="MaxAnalysedChars"/> characters), links, emojis, capitals, markup and phone numbers.
/// The note is untrusted: nothing here keeps more of it than counts and folded words.
/// </summary>
internal sealed class InvitationNote
{
    /// <summary>Characters of a note that are read for keywords and shapes; LinkedIn notes hold at most 300.</summary>
    public const int MaxAnalysedChars = 4_000;

    /// <summary>The most characters LinkedIn lets a member write in an invitation note.</summary>
    public const int LinkedInNoteLimit = 300;

    /// <summary>A note longer than this did not come from LinkedIn's invitation form as typed: spam-like.</summary>
    public const int VeryLongChars = 1_000;

    /// <summary>At least this many emojis is spam-like.</summary>
    public const int ManyEmojis = 5;

    /// <summary>Capitals are counted only from this many letters on.</summary>
    public const int MinLettersForCapitals = 20;

    /// <summary>Notes with fewer words than this are not compared for copy-paste: short greetings coincide.</summary>
    public const int MinDuplicateWords = 10;

    private static readonly string[] LinkStarts = ["http://", "https://", "www.", "bit.ly/", "tinyurl.com/", "t.me/", "wa.me/", "goo.gl/", "ow.ly/"];

    private static readonly string[] Markup = ["<script", "<iframe", "<img", "<svg", "<a href", "<object", "<embed", "<style", "<form", "javascript:", "onerror=", "onload="];

    private InvitationNote(string text)
    {
        Length = text.Length;
        IsBlank = string.IsNullOrWhiteSpace(text);
        var analysed = text.AsSpan(0, Math.Min(text.Length, MaxAnalysedChars));
        Words = InvitationText.Words(analysed);
        var lower = analysed.ToString().ToLowerInvariant();
        Links = CountLinks(lower);
        HasMarkup = Markup.Any(m => lower.Contains(m, StringComparison.Ordinal));
        HasPhoneNumber = FindPhoneNumber(analysed);
        (Emojis, MostlyCapitals) = CountShapes(analysed);
    }

    /// <summary>Characters in the whole note.</summary>
    public int Length { get; }

    /// <summary>True when the note is empty or only white space.</summary>
    public bool IsBlank { get; }

    /// <summary>Folded words of the analysed part (see <see cref="InvitationText.Words"/>).</summary>
    public string Words { get; }

    /// <summary>Links other than to LinkedIn itself.</summary>
    public int Links { get; }

    /// <summary>Emojis (pictographs, dingbats, symbols).</summary>
    public int Emojis { get; }

    /// <summary>True when at least 70% of at least <see cref="MinLettersForCapitals"/> letters are capitals.</summary>
    public bool MostlyCapitals { get; }

    /// <summary>True when the note holds HTML tags or script that a note has no reason to hold.</summary>
    public bool HasMarkup { get; }

    /// <summary>True when a number in international form (+ and at least 8 digits) appears.</summary>
    public bool HasPhoneNumber { get; }

    /// <summary>Reads a note (null reads as empty).</summary>
    /// <param name="text">The note.</param>
    /// <returns>What it shows.</returns>
    public static InvitationNote Read(string? text) => new(text ?? string.Empty);

    /// <summary>
    /// The key under which copies of one note compare equal: its folded words (of the whole note), or null
    /// when the note is too short to tell copy-paste from coincidence.
    /// </summary>
    /// <param name="text">The whole note.</param>
    /// <returns>The key or null.</returns>
    public static string? DuplicateKey(string? text)
    {
        var words = InvitationText.Words(text ?? string.Empty);
        return words.AsSpan().Count(' ') - 1 >= MinDuplicateWords ? words : null;
    }

    private static int CountLinks(string lower)
    {
        var count = 0;
        var i = 0;
        while (i < lower.Length)
        {
            if ((i == 0 || !char.IsLetterOrDigit(lower[i - 1])) && StartsLink(lower.AsSpan(i)))
            {
                var end = lower.AsSpan(i).IndexOfAny(" \t\r\n\"'<>()[]{}");
                end = end < 0 ? lower.Length : i + end;
                if (!IsLinkedIn(lower.AsSpan(i, end - i)))
                {
                    count++;
                }

                i = end;
                continue;
            }

            i++;
        }

        return count;
    }

    private static bool StartsLink(ReadOnlySpan<char> text)
    {
        foreach (var start in LinkStarts)
        {
            if (text.StartsWith(start, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsLinkedIn(ReadOnlySpan<char> link)
    {
        foreach (var scheme in (ReadOnlySpan<string>)["https://", "http://"])
        {
            if (link.StartsWith(scheme, StringComparison.Ordinal))
            {
                link = link[scheme.Length..];
                break;
            }
        }

        if (link.StartsWith("www.", StringComparison.Ordinal))
        {
            link = link[4..];
        }

        foreach (var host in (ReadOnlySpan<string>)["linkedin.com", "lnkd.in"])
        {
            if (link.StartsWith(host, StringComparison.Ordinal) && (link.Length == host.Length || link[host.Length] is '/' or '?' or '#'))
            {
                return true;
            }
        }

        return false;
    }

    private static bool FindPhoneNumber(ReadOnlySpan<char> text)
    {
        const int MaxSpan = 24;
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] != '+')
            {
                continue;
            }

            var digits = 0;
            for (var j = i + 1; j < text.Length && j <= i + MaxSpan; j++)
            {
                var c = text[j];
                if (char.IsAsciiDigit(c))
                {
                    digits++;
                }
                else if (c is not (' ' or '-' or '.' or '(' or ')'))
                {
                    break;
                }
            }

            if (digits >= 8)
            {
                return true;
            }
        }

        return false;
    }

    private static (int Emojis, bool MostlyCapitals) CountShapes(ReadOnlySpan<char> text)
    {
        var emojis = 0;
        var letters = 0;
        var capitals = 0;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                var codePoint = char.ConvertToUtf32(c, text[i + 1]);
                if (codePoint is >= 0x1F000 and <= 0x1FAFF)
                {
                    emojis++;
                }

                i++;
            }
            else if (c is (>= '\u2600' and <= '\u27BF') or '\u2B50' or '\u2B55' or '\u203C' or '\u2049')
            {
                emojis++;
            }
            else if (char.IsLetter(c))
            {
                letters++;
                if (char.IsUpper(c))
                {
                    capitals++;
                }
            }
        }

        return (emojis, letters >= MinLettersForCapitals && capitals * 10 >= letters * 7);
    }
}
