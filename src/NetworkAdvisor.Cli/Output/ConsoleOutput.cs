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

    /// <summary>Untrusted text as a renderable: never parsed as markup.</summary>
    public static Text Plain(string text) => new(text);
}
