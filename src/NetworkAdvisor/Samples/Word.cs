namespace NetworkAdvisor.Samples;

/// <summary>
/// A word or phrase with an optional feminine form, written <c>masculine|feminine</c> in the
/// vocabulary tables ("Projektleiter|Projektleiterin", "Directeur {D}|Directrice {D}").
/// </summary>
internal readonly record struct Word(string Masculine, string Feminine)
{
    public string For(bool female) => female ? Feminine : Masculine;

    /// <summary>
    /// Parses <c>masculine|feminine</c>. Only a bar without spaces around it separates the forms:
    /// " | " is part of titles such as "CEO | Speaker | Author".
    /// </summary>
    public static Word Parse(string text)
    {
        var bar = -1;
        for (var i = 1; i < text.Length - 1 && bar < 0; i++)
        {
            if (text[i] == '|' && text[i - 1] != ' ' && text[i + 1] != ' ')
            {
                bar = i;
            }
        }

        return bar < 0
            ? new Word(text, text)
            : new Word(text[..bar].Trim(), text[(bar + 1)..].Trim());
    }

    /// <summary>Parses a <c>;</c>-separated list of words; an empty text gives an empty list.</summary>
    public static Word[] List(string text) =>
        text.Length == 0
            ? []
            : text.Split(';', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
                .Select(Parse)
                .ToArray();
}
