using System.Text.Json;
using System.Text.Json.Nodes;

namespace NetworkAdvisor.Tests.Cli;

/// <summary>
/// Builds executed notebooks (nbformat 4) shaped like dotnet-repl's <c>--output-format ipynb</c>: sources and
/// multi-line outputs as lists of lines, each keeping its line end.
/// </summary>
internal static class NotebookFixture
{
    public static string Notebook(params JsonObject[] cells) => new JsonObject
    {
        ["cells"] = new JsonArray([.. cells]),
        ["metadata"] = new JsonObject
        {
            ["kernelspec"] = new JsonObject { ["display_name"] = ".NET (C#)", ["language"] = "C#", ["name"] = ".net-csharp" },
            ["language_info"] = new JsonObject { ["file_extension"] = ".cs", ["mimetype"] = "text/x-csharp", ["name"] = "C#" },
        },
        ["nbformat"] = 4,
        ["nbformat_minor"] = 5,
    }.ToJsonString(new JsonSerializerOptions { WriteIndented = true });

    public static JsonObject Markdown(string source) => new()
    {
        ["cell_type"] = "markdown",
        ["metadata"] = new JsonObject(),
        ["source"] = Lines(source),
    };

    public static JsonObject Code(string source, params JsonObject[] outputs) => new()
    {
        ["cell_type"] = "code",
        ["execution_count"] = null,
        ["metadata"] = new JsonObject { ["dotnet_interactive"] = new JsonObject { ["language"] = "csharp" } },
        ["outputs"] = new JsonArray([.. outputs]),
        ["source"] = Lines(source),
    };

    /// <summary>A display_data output with one MIME type (how dotnet-repl writes formatter output).</summary>
    public static JsonObject Display(string mimeType, string content) => new()
    {
        ["data"] = new JsonObject { [mimeType] = Lines(content) },
        ["metadata"] = new JsonObject(),
        ["output_type"] = "display_data",
    };

    public static JsonObject Html(string html) => Display("text/html", html);

    /// <summary>An execute_result with text/plain as one string (the other form nbformat allows).</summary>
    public static JsonObject Plain(string text) => new()
    {
        ["data"] = new JsonObject { ["text/plain"] = text },
        ["execution_count"] = 1,
        ["metadata"] = new JsonObject(),
        ["output_type"] = "execute_result",
    };

    public static JsonObject Stream(string name, string text) => new()
    {
        ["name"] = name,
        ["output_type"] = "stream",
        ["text"] = Lines(text),
    };

    public static JsonObject Error(string ename, string evalue) => new()
    {
        ["ename"] = ename,
        ["evalue"] = evalue,
        ["output_type"] = "error",
        ["traceback"] = new JsonArray("   at Submission#3.<<Initialize>>d__0.MoveNext()"),
    };

    /// <summary>Text as nbformat's list of lines, each but the last ending in its line break.</summary>
    public static JsonArray Lines(string text)
    {
        var lines = new JsonArray();
        var start = 0;
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '\n')
            {
                lines.Add(text[start..(i + 1)]);
                start = i + 1;
            }
        }

        if (start < text.Length)
        {
            lines.Add(text[start..]);
        }

        return lines;
    }
}
