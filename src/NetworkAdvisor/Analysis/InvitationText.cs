using System.Globalization;
using System.Text;

namespace NetworkAdvisor.Analysis;

/// <summary>
/// Folds invitation text into lower-case, accent-free words separated by single spaces, with a space
/// before the first and after the last (<c>"Wir haben uns auf der Messe getroffen!"</c> becomes
/// <c>" wir haben uns auf der messe getroffen "</c>), so that a phrase matches as whole words with one
/// ordinal search. Linear in the length of the text; never throws on malformed text (lone surrogates,
/// control characters).
/// </summary>
internal static class InvitationText
{
    private const string FoldFrom = "àáâãäåāăąçćčďđèéêëēėęěìíîïīįıñńňòóôõöōőøùúûüūůűųýÿśšşșțţťźżžğłŀ";
    private const string FoldTo = "aaaaaaaaacccddeeeeeeeeiiiiiiinnnoooooooouuuuuuuuyysssstttzzzgll";

    private static readonly char[] Fold = BuildFold();

    /// <summary>The folded words of <paramref name="text"/>; <c>" "</c> when it has none.</summary>
    /// <param name="text">Any text.</param>
    /// <returns>The words, padded with one space on each side.</returns>
    public static string Words(ReadOnlySpan<char> text)
    {
        var builder = new StringBuilder(text.Length + 2);
        builder.Append(' ');
        foreach (var raw in text)
        {
            if (char.IsLetterOrDigit(raw))
            {
                AppendFolded(builder, char.ToLowerInvariant(raw));
            }
            else if (CharUnicodeInfo.GetUnicodeCategory(raw) is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark)
            {
                // A combining accent (text in decomposed form) belongs to the letter before it: drop it.
            }
            else if (builder[^1] != ' ')
            {
                builder.Append(' ');
            }
        }

        if (builder[^1] != ' ')
        {
            builder.Append(' ');
        }

        return builder.ToString();
    }

    private static void AppendFolded(StringBuilder builder, char c)
    {
        switch (c)
        {
            case 'ß':
                builder.Append("ss");
                break;
            case 'æ':
                builder.Append("ae");
                break;
            case 'œ':
                builder.Append("oe");
                break;
            default:
                builder.Append(c < Fold.Length ? Fold[c] : c);
                break;
        }
    }

    private static char[] BuildFold()
    {
        var fold = new char[0x250];
        for (var i = 0; i < fold.Length; i++)
        {
            fold[i] = (char)i;
        }

        for (var i = 0; i < FoldFrom.Length; i++)
        {
            fold[FoldFrom[i]] = FoldTo[i];
        }

        return fold;
    }
}
