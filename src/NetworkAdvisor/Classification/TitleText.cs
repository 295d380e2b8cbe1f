namespace NetworkAdvisor.Classification;

/// <summary>
/// Folds a title into lower-case, accent-free word tokens grouped into roles ("segments"):
/// <c>"Head of Vertrieb | Geschäftsführerin"</c> becomes roles <c>[head, of, vertrieb]</c> and
/// <c>[geschaftsfuhrerin]</c>. Allocation-free: writes into caller-provided buffers.
/// </summary>
internal static class TitleText
{
    /// <summary>Titles longer than this are read only this far: real titles are far shorter, and time stays bounded.</summary>
    public const int MaxChars = 320;

    /// <summary>Most tokens read from one title.</summary>
    public const int MaxTokens = 48;

    private const string FoldFrom = "àáâãäåāăąçćčďèéêëēėęěìíîïīįıñńňòóôõöōőùúûüūůűųýÿśšşșțţťźżžğŀ";
    private const string FoldTo = "aaaaaaaaacccdeeeeeeeeiiiiiiinnnooooooouuuuuuuuyysssstttzzzgl";

    private static readonly char[] Fold = BuildFold();

    /// <summary>Splits <paramref name="title"/> into tokens; returns how many were written.</summary>
    /// <param name="title">The raw title.</param>
    /// <param name="chars">Receives the folded characters of all tokens.</param>
    /// <param name="tokens">Receives the tokens.</param>
    public static int Tokenize(ReadOnlySpan<char> title, Span<char> chars, Span<TitleToken> tokens)
    {
        if (title.Length > MaxChars)
        {
            title = title[..MaxChars];
        }

        // Full-width and mathematical letters ("ＣＥＯ", "𝗖𝗘𝗢") fold to plain ones first.
        string? cleaned = null;
        foreach (var c in title)
        {
            if (c >= '\uFF00' || char.IsSurrogate(c))
            {
                cleaned = TextSafety.Clean(title.ToString(), MaxChars);
                break;
            }
        }

        if (cleaned is not null)
        {
            title = cleaned.AsSpan();
        }

        var count = 0;
        var length = 0;
        var segment = 0;
        var tokenStart = -1;
        for (var i = 0; i < title.Length && count < tokens.Length; i++)
        {
            var c = title[i];
            if (char.IsLetterOrDigit(c))
            {
                if (tokenStart < 0)
                {
                    tokenStart = length;
                }

                length = Append(c, chars, length);
                continue;
            }

            if (tokenStart >= 0)
            {
                tokens[count++] = new TitleToken(tokenStart, length - tokenStart, segment);
                tokenStart = -1;
            }

            if (c == '@' && count < tokens.Length && length < chars.Length)
            {
                chars[length] = '@';
                tokens[count++] = new TitleToken(length, 1, segment);
                length++;
            }
            else if (IsRoleBoundary(title, i) && count > 0 && tokens[count - 1].Segment == segment)
            {
                segment++;
            }
        }

        if (tokenStart >= 0 && count < tokens.Length)
        {
            tokens[count++] = new TitleToken(tokenStart, length - tokenStart, segment);
        }

        return count;
    }

    private static bool IsRoleBoundary(ReadOnlySpan<char> title, int i) => title[i] switch
    {
        '|' or '•' or '·' or ';' or '/' or '\\' or '–' or '—' or '(' or ')' or '[' or ']' or '{' or '}' or '¦' or '▪' or '●' or '►' or '⚫' or '+' => true,
        '-' => (i > 0 && char.IsWhiteSpace(title[i - 1])) || (i + 1 < title.Length && char.IsWhiteSpace(title[i + 1])),
        _ => false,
    };

    private static int Append(char c, Span<char> chars, int length)
    {
        if (length + 2 > chars.Length)
        {
            return length;
        }

        var lower = char.ToLowerInvariant(c);
        switch (lower)
        {
            case 'ß':
                chars[length++] = 's';
                chars[length++] = 's';
                return length;
            case 'æ':
                chars[length++] = 'a';
                chars[length++] = 'e';
                return length;
            case 'œ':
                chars[length++] = 'o';
                chars[length++] = 'e';
                return length;
            case 'ø':
                chars[length++] = 'o';
                return length;
            case 'ı' or 'İ':
                chars[length++] = 'i';
                return length;
            case 'ł':
                chars[length++] = 'l';
                return length;
            case 'đ' or 'ð':
                chars[length++] = 'd';
                return length;
            default:
                chars[length++] = lower < Fold.Length ? Fold[lower] : lower;
                return length;
        }
    }

    private static char[] BuildFold()
    {
        var fold = new char[0x250];
        for (var c = 0; c < fold.Length; c++)
        {
            fold[c] = (char)c;
        }

        for (var i = 0; i < FoldFrom.Length; i++)
        {
            fold[FoldFrom[i]] = FoldTo[i];
        }

        return fold;
    }
}
