using CsCheck;
using NetworkAdvisor.Import;

namespace NetworkAdvisor.Tests.Import;

/// <summary>
/// The shortcut for LinkedIn's two most frequent layouts (<c>2026-06-24 12:43:42 UTC</c>, <c>08 Feb 2026</c>) must give
/// exactly what the general reading gives, for valid and invalid values alike and for texts that only look close.
/// </summary>
public sealed class ExportDateShortcutTests
{
    private static readonly string[] Months =
        ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec", "FEB", "feb", "Mai", "Okt", "Dez", "Xyz", "Fbr", "Déc"];

    private static readonly Gen<string> Digit = Gen.Char['0', '9'].Select(c => c.ToString());

    // Fields drawn around their limits (00, 12, 13, 23, 24, 29-31, 59, 60, 99) and at random.
    private static readonly Gen<string> TwoDigits = Gen.Frequency(
        (3, Gen.OneOf(Gen.Const("00"), Gen.Const("01"), Gen.Const("12"), Gen.Const("13"), Gen.Const("23"), Gen.Const("24"),
            Gen.Const("28"), Gen.Const("29"), Gen.Const("30"), Gen.Const("31"), Gen.Const("59"), Gen.Const("60"), Gen.Const("99"))),
        (2, Gen.Select(Digit, Digit, (a, b) => a + b)));

    private static readonly Gen<string> Year = Gen.OneOf(
        Gen.Const("2026"), Gen.Const("2024"), Gen.Const("2100"), Gen.Const("1899"), Gen.Const("1900"), Gen.Const("2199"), Gen.Const("2200"),
        Gen.Const("0026"), Gen.Select(Digit, Digit, Digit, Digit, (a, b, c, d) => a + b + c + d));

    private static readonly Gen<string> Iso = Gen.Select(Year, TwoDigits, TwoDigits, TwoDigits, TwoDigits, TwoDigits,
        (y, mo, d, h, mi, s) => $"{y}-{mo}-{d} {h}:{mi}:{s} UTC");

    private static readonly Gen<string> Named = Gen.Select(TwoDigits, Gen.OneOf(Months), Year, (d, m, y) => $"{d} {m} {y}");

    // Near misses: one character of a well-formed text replaced, or padding added.
    private static readonly Gen<string> Mutated = Gen.Select(Gen.OneOf(Iso, Named), Gen.Int[0, 30], Gen.OneOf('/', ':', ' ', 'x', '-', '1', '.'), (text, at, c) =>
        at < text.Length ? text[..at] + c + text[(at + 1)..] : " " + text + " ");

    [Fact]
    public void The_shortcut_reads_as_the_general_reading_does()
    {
        Gen.OneOf(Iso, Named, Mutated).Sample(text =>
        {
            foreach (var order in new[] { DateOrder.MonthFirst, DateOrder.DayFirst })
            {
                var fast = ExportDateParser.TryParse(text, order, out var fastValue);
                var general = ExportDateParser.TryParseWithoutShortcut(text, order, out var generalValue);
                if (fast != general || (fast && fastValue != generalValue))
                {
                    return false;
                }
            }

            return true;
        }, iter: 20_000);
    }
}
