using System.Diagnostics;
using System.Text;
using CsCheck;
using NetworkAdvisor.Classification;

namespace NetworkAdvisor.Tests.Robustness;

/// <summary>
/// Property tests of the title classifier and the company normaliser (issue 9): any string, with
/// lone surrogates, control characters, right-to-left overrides, emoji, combining marks,
/// compatibility characters that expand under NFKC, and megabyte lengths, returns without
/// throwing and within a second. On failure CsCheck prints the seed (set <c>CsCheck_Seed</c> to replay).
/// </summary>
public sealed class TextClassifierPropertyTests
{
    private static readonly TimeSpan PerCall = TimeSpan.FromSeconds(1);

    private static readonly string[] Words =
    [
        "Senior", "Head of", "Geschäftsführer", "VP", "CEO", "Inc.", "GmbH", "& Co. KG", "S.A. de C.V.", "Self-employed",
        "Selbstständig", "at", "@", "|", " - ", "/", "(", ")", "İstanbul", "ı", "ß", "Ǆ", "ﬁ", "ＣＥＯ", "𝗖𝗘𝗢", "\uFDFA", "\u3300",
    ];

    /// <summary>Text pieces: plain letters, rule words, and every kind of hostile character, surrogate halves included.</summary>
    private static readonly Gen<string> Pieces = Gen.Frequency(
        (8, Gen.Char['a', 'z'].Array[1, 8].Select(a => new string(a))),
        (4, Gen.OneOf(Words)),
        (2, Gen.Char[(char)0, (char)0x1F].Select(c => c.ToString())),
        (2, Gen.OneOf("\u202E", "\u202D", "\u200F", "\u200E", "\u2066", "\u2069", "\u200B", "\uFEFF", "\u2028", "\u00A0", "\uFFFE", "\uFFFF", "\uFDD0")),
        (2, Gen.Char['\u0300', '\u036F'].Array[1, 6].Select(a => new string(a))),
        (2, Gen.Int[0x1F300, 0x1FAFF].Select(char.ConvertFromUtf32)),
        (2, Gen.Char['\uD800', '\uDFFF'].Select(c => c.ToString())),
        (2, Gen.Char[(char)0, char.MaxValue].Select(c => c.ToString())),
        (1, Gen.Int[0x10000, 0x10FFFF].Select(char.ConvertFromUtf32)));

    private static readonly Gen<string> Texts = Gen.Frequency(
        (1, Gen.Const(string.Empty)),
        (10, Pieces.Array[1, 60].Select(string.Concat)),
        (2, Gen.String));

    /// <summary>Large texts: a hostile head repeated or padded to between 100 KB and 1 MB.</summary>
    private static readonly Gen<string> HugeTexts =
        Gen.Select(Pieces.Array[1, 20].Select(string.Concat), Gen.Int[100_000, 1_000_000], Gen.Int[0, 2])
            .Select((head, length, shape) =>
            {
                var builder = new StringBuilder(length + head.Length);
                var filler = shape switch { 0 => head, 1 => " ", _ => "\uFDFA" };
                builder.Append(head);
                while (builder.Length < length)
                {
                    builder.Append(filler.Length == 0 ? "x" : filler);
                }

                return builder.ToString();
            });

    [Fact]
    public void Any_title_classifies_without_throwing_in_bounded_time()
    {
        Texts.Sample(title => CheckTitle(title), iter: 3000, print: Escape);
    }

    [Fact]
    public void Any_company_normalises_without_throwing_in_bounded_time()
    {
        Texts.Sample(company => CheckCompany(company), iter: 3000, print: Escape);
    }

    [Fact]
    public void Megabyte_titles_and_companies_return_within_a_second()
    {
        HugeTexts.Sample(text =>
        {
            CheckTitle(text);
            CheckCompany(text);
        }, iter: 12, threads: 1, print: t => $"{t.Length} chars: {Escape(t[..Math.Min(200, t.Length)])}");
    }

    [Fact]
    public void A_title_of_compatibility_characters_that_expand_under_NFKC_stays_within_its_buffers()
    {
        // U+FDFA becomes 18 characters and U+3300 five under NFKC: 320 of them are far more than TitleText's buffers.
        foreach (var title in new[] { new string('\uFDFA', 400), new string('\u3300', 400), string.Concat(Enumerable.Repeat("ﬁ \uFDFA @ ", 200)) })
        {
            CheckTitle(title);
            CheckCompany(title);
        }
    }

    [Theory]
    [InlineData("Senior Engineer \uFFFE")]
    [InlineData("\uFFFF CEO \uFDFA")]
    [InlineData("VP \uFDD0 Sales \uFFFE\u0301")]
    [InlineData("Acme \uD83F\uDFFE GmbH \uFFFE")]
    public void Regression_noncharacter_U_FFFE_does_not_make_normalisation_throw(string text)
    {
        // Found by Any_title_classifies_without_throwing_in_bounded_time: string.IsNormalized threw
        // ArgumentException ("invalid Unicode code points") on U+FFFE in TextSafety.Clean.
        CheckTitle(text);
        CheckCompany(text);
        Assert.DoesNotContain('\uFFFE', TextSafety.Clean(text, 300));
    }

    private static void CheckTitle(string title)
    {
        var stopwatch = Stopwatch.StartNew();
        var result = TitleClassifier.Default.Classify(title);
        stopwatch.Stop();

        Assert.True(stopwatch.Elapsed < PerCall, $"Classify took {stopwatch.Elapsed}");
        Assert.Same(title, result.Title);
        Assert.True(Enum.IsDefined(result.Function), result.Function.ToString());
        Assert.True(Enum.IsDefined(result.Seniority), result.Seniority.ToString());
        Assert.InRange(result.Confidence, 0.0, 1.0);
        Assert.NotNull(result.Evidence);
    }

    private static void CheckCompany(string company)
    {
        var stopwatch = Stopwatch.StartNew();
        var result = CompanyNormalizer.Default.Normalize(company);
        stopwatch.Stop();

        Assert.True(stopwatch.Elapsed < PerCall, $"Normalize took {stopwatch.Elapsed}");
        Assert.NotNull(result.Display);
        if (result.IsSelfEmployed)
        {
            Assert.Equal(CompanyName.SelfEmployedKey, result.Key);
            return;
        }

        // The key is lower-case words of letters and digits (and '&') joined by single spaces.
        Assert.Equal(result.Key.Trim(), result.Key);
        Assert.DoesNotContain("  ", result.Key, StringComparison.Ordinal);
        Assert.True(
            result.Key.All(c => c is ' ' or '&' || char.IsLetterOrDigit(c)),
            "key has other characters: " + Escape(result.Key));
        Assert.True(result.Key.Length <= 300 * 18, $"key of {result.Key.Length} characters");
    }

    private static string Escape(string text)
    {
        var builder = new StringBuilder();
        foreach (var c in text.Length > 400 ? text[..400] : text)
        {
            _ = c is >= ' ' and <= '~' ? builder.Append(c) : builder.Append("\\u").Append(((int)c).ToString("X4", System.Globalization.CultureInfo.InvariantCulture));
        }

        return builder.ToString();
    }
}
