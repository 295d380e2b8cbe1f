using System.Globalization;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;
using YamlDotNet.RepresentationModel;

namespace NetworkAdvisor.Classification;

/// <summary>
/// Loads small user-written YAML/JSON files (tag rules, goals) safely: anchors and aliases (the
/// "billion laughs"), deep nesting, huge event counts and non-scalar keys are refused with a one-line
/// error before the document is built, so a hostile file cannot exhaust the stack or memory.
/// </summary>
internal static class SafeYaml
{
    private const int MaxDepth = 16;
    private const int MaxEvents = 200_000;
    private const int MaxChars = 4 * 1024 * 1024;

    /// <summary>Parses the text into a YAML stream; <see cref="FormatException"/> names the line of any problem.</summary>
    public static YamlStream Load(string text, string sourceName)
    {
        if (text.Length > MaxChars)
        {
            throw Error(sourceName, 1, string.Create(CultureInfo.InvariantCulture, $"file is larger than {MaxChars / (1024 * 1024)} MB"));
        }

        try
        {
            Validate(text, sourceName);
            var stream = new YamlStream();
            stream.Load(new StringReader(text));
            return stream;
        }
        catch (YamlException ex)
        {
            throw Error(sourceName, (int)ex.Start.Line, $"not valid YAML or JSON ({ex.Message.ReplaceLineEndings(" ")})");
        }
    }

    private static void Validate(string text, string sourceName)
    {
        var parser = new Parser(new StringReader(text));
        var events = 0;
        var frames = new Stack<(bool Mapping, bool NextIsKey)>();
        while (parser.MoveNext())
        {
            var current = parser.Current!;
            var line = (int)current.Start.Line;
            if (++events > MaxEvents)
            {
                throw Error(sourceName, line, "file has too many entries");
            }

            switch (current)
            {
                case AnchorAlias:
                    throw Error(sourceName, line, "aliases (*name) are not supported");
                case NodeEvent { Anchor.IsEmpty: false }:
                    throw Error(sourceName, line, "anchors (&name) are not supported");
            }

            if (current is NodeEvent && frames.Count > 0 && frames.Peek().Mapping)
            {
                var (mapping, nextIsKey) = frames.Pop();
                if (nextIsKey && current is not Scalar)
                {
                    throw Error(sourceName, line, "keys must be plain values");
                }

                frames.Push((mapping, !nextIsKey));
            }

            switch (current)
            {
                case MappingStart or SequenceStart:
                    if (frames.Count >= MaxDepth)
                    {
                        throw Error(sourceName, line, "nesting is too deep");
                    }

                    frames.Push((current is MappingStart, true));
                    break;
                case MappingEnd or SequenceEnd:
                    frames.Pop();
                    break;
            }
        }
    }

    private static FormatException Error(string source, int line, string message) =>
        new(string.Create(CultureInfo.InvariantCulture, $"{source}:{line}: {message}"));
}
