using Spectre.Console;

namespace NetworkAdvisor.Cli.Output;

/// <summary>A Spectre.Console console over a writer: colour only on a real terminal, never markup from data.</summary>
internal static class ConsoleOutput
{
    public static IAnsiConsole Create(TextWriter writer)
    {
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(writer),
            Ansi = ReferenceEquals(writer, Console.Out) ? AnsiSupport.Detect : AnsiSupport.No,
            ColorSystem = ReferenceEquals(writer, Console.Out) ? ColorSystemSupport.Detect : ColorSystemSupport.NoColors,
            Interactive = InteractionSupport.No,
        });
        if (!ReferenceEquals(writer, Console.Out))
        {
            console.Profile.Width = 120;
        }

        return console;
    }

    /// <summary>Untrusted text as a renderable: never parsed as markup, and control characters (terminal escapes) made visible.</summary>
    public static Text Plain(string text) => new(Printable(text));

    /// <summary>Replaces control characters other than line breaks with visible escapes, so data cannot drive the terminal.</summary>
    public static string Printable(string text)
    {
        var clean = true;
        foreach (var c in text)
        {
            if ((char.IsControl(c) && c != '\n') || c is '\u2028' or '\u2029' or '\u202E' or '\u202D')
            {
                clean = false;
                break;
            }
        }

        if (clean)
        {
            return text;
        }

        var builder = new System.Text.StringBuilder(text.Length + 8);
        foreach (var c in text)
        {
            if ((char.IsControl(c) && c != '\n') || c is '\u2028' or '\u2029' or '\u202E' or '\u202D')
            {
                builder.Append("\\u").Append(((int)c).ToString("X4", System.Globalization.CultureInfo.InvariantCulture));
            }
            else
            {
                builder.Append(c);
            }
        }

        return builder.ToString();
    }
}
