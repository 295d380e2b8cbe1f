using System.Text;

namespace NetworkAdvisor.Classification;

/// <summary>Makes untrusted text safe to normalise: bounded length, no broken surrogate pairs, compatibility forms folded.</summary>
internal static class TextSafety
{
    /// <summary>
    /// At most <paramref name="maxChars"/> characters (never cutting a surrogate pair), lone surrogates
    /// and U+FFFE/U+FFFF replaced by U+FFFD, then NFKC-normalised when the text holds characters whose compatibility
    /// form differs (full-width letters, mathematical bold letters and the like).
    /// </summary>
    public static string Clean(string text, int maxChars)
    {
        if (text.Length > maxChars)
        {
            var cut = char.IsHighSurrogate(text[maxChars - 1]) ? maxChars - 1 : maxChars;
            text = text[..cut];
        }

        var needsWork = false;
        foreach (var c in text)
        {
            if (c >= '\u2000')
            {
                needsWork = true;
                break;
            }
        }

        if (!needsWork)
        {
            return text;
        }

        var builder = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                builder.Append(c).Append(text[++i]);
            }
            else
            {
                // Lone surrogates and the noncharacter U+FFFE (and its twin U+FFFF) are "invalid code
                // points" to string.Normalize/IsNormalized, which throw on them (issue 9, found by fuzzing).
                builder.Append(char.IsSurrogate(c) || c is '\uFFFE' or '\uFFFF' ? '\uFFFD' : c);
            }
        }

        var clean = builder.ToString();
        return clean.IsNormalized(NormalizationForm.FormKC) ? clean : clean.Normalize(NormalizationForm.FormKC);
    }
}
