using System.Globalization;
using System.Text;
using System.Text.Json;

namespace NetworkAdvisor.Cli.Notebooks;

/// <summary>
/// The parts of a Jupyter notebook (nbformat 4) that an HTML page shows: markdown and code cells, and the outputs a run
/// left in them (dotnet-repl <c>--output-format ipynb</c>, VS Code, Jupyter). Texts may be strings or lists of strings.
/// </summary>
/// <param name="Cells">The cells in order; raw cells are left out.</param>
internal sealed record ExecutedNotebook(IReadOnlyList<ExecutedNotebook.Cell> Cells)
{
    /// <summary>The largest notebook read (images and charts make executed notebooks large, but not this large).</summary>
    public const long MaxBytes = 256L * 1024 * 1024;

    /// <summary>A markdown or code cell.</summary>
    /// <param name="IsCode">True for a code cell, false for markdown.</param>
    /// <param name="Source">The cell's text.</param>
    /// <param name="Outputs">What running a code cell produced (empty for markdown).</param>
    internal sealed record Cell(bool IsCode, string Source, IReadOnlyList<Output> Outputs);

    /// <summary>One output of a code cell.</summary>
    /// <param name="Type">nbformat's <c>output_type</c>: display_data, execute_result, stream or error.</param>
    /// <param name="Name">The stream name (stdout, stderr) for streams; empty otherwise.</param>
    /// <param name="Data">MIME type to content for display_data and execute_result (non-text values as JSON).</param>
    /// <param name="Text">A stream's text, or <c>ename: evalue</c> for an error.</param>
    internal sealed record Output(string Type, string Name, IReadOnlyDictionary<string, string> Data, string Text);

    /// <summary>Reads a notebook file, with one-line errors that name it.</summary>
    /// <param name="path">The path as the user gave it (used in messages).</param>
    /// <exception cref="CliException">The file cannot be read or is not an nbformat 4 notebook (exit code 1).</exception>
    public static ExecutedNotebook Load(string path)
    {
        if (Directory.Exists(path))
        {
            throw new CliException($"{path}: is a folder; give the notebook files, e.g. {Path.Combine(path, "*.ipynb")}", CliApp.BadInput);
        }

        byte[] bytes;
        try
        {
            var length = new FileInfo(path).Length;
            if (length > MaxBytes)
            {
                throw new CliException(string.Create(CultureInfo.InvariantCulture, $"{path}: {length} bytes is more than the limit of {MaxBytes} for one notebook"), CliApp.BadInput);
            }

            bytes = File.ReadAllBytes(path);
        }
        catch (Exception ex) when (ex is FileNotFoundException or DirectoryNotFoundException)
        {
            throw new CliException($"{path}: no such file", CliApp.BadInput);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new CliException($"{path}: cannot be read ({ex.Message.ReplaceLineEndings(" ")})", CliApp.BadInput);
        }

        try
        {
            return Parse(bytes, path);
        }
        catch (FormatException ex)
        {
            throw new CliException(ex.Message, CliApp.BadInput);
        }
    }

    /// <summary>Parses notebook JSON (UTF-8, with or without a byte order mark).</summary>
    /// <param name="utf8">The file's bytes.</param>
    /// <param name="name">The name used in messages.</param>
    /// <exception cref="FormatException">Not JSON (the message names the line), or not an nbformat 4 notebook.</exception>
    public static ExecutedNotebook Parse(ReadOnlyMemory<byte> utf8, string name)
    {
        if (utf8.Span.StartsWith("\uFEFF"u8))
        {
            utf8 = utf8[3..];
        }

        if (utf8.Span.Trim(" \t\r\n"u8).IsEmpty)
        {
            throw new FormatException($"{name}: is empty, so not a notebook");
        }

        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(utf8);
        }
        catch (JsonException ex)
        {
            var line = ex.LineNumber is { } n ? string.Create(CultureInfo.InvariantCulture, $":{n + 1}") : string.Empty;
            throw new FormatException($"{name}{line}: not valid JSON, so not a notebook ({Reason(ex.Message)})");
        }

        using (document)
        {
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object || !root.TryGetProperty("cells", out var cells) || cells.ValueKind != JsonValueKind.Array)
            {
                throw new FormatException($"{name}: not a Jupyter notebook (no \"cells\" list)");
            }

            if (!root.TryGetProperty("nbformat", out var format) || format.ValueKind != JsonValueKind.Number || !format.TryGetInt32(out var version))
            {
                throw new FormatException($"{name}: not a Jupyter notebook (no \"nbformat\" number)");
            }

            if (version != 4)
            {
                throw new FormatException(string.Create(CultureInfo.InvariantCulture, $"{name}: nbformat {version} is not supported; only nbformat 4 notebooks (Jupyter, VS Code, dotnet-repl) can be exported"));
            }

            var list = new List<Cell>();
            var number = 0;
            foreach (var cell in cells.EnumerateArray())
            {
                number++;
                if (ReadCell(cell, name, number) is { } read)
                {
                    list.Add(read);
                }
            }

            return new ExecutedNotebook(list);
        }
    }

    private static Cell? ReadCell(JsonElement cell, string name, int number)
    {
        if (cell.ValueKind != JsonValueKind.Object || !cell.TryGetProperty("cell_type", out var type) || type.ValueKind != JsonValueKind.String)
        {
            throw new FormatException(string.Create(CultureInfo.InvariantCulture, $"{name}: cell {number} is not a notebook cell (no \"cell_type\")"));
        }

        var kind = type.GetString();
        if (kind is not ("markdown" or "code"))
        {
            return null;
        }

        var source = Text(cell, "source", name, number);
        var outputs = new List<Output>();
        if (kind == "code" && cell.TryGetProperty("outputs", out var items) && items.ValueKind == JsonValueKind.Array)
        {
            foreach (var item in items.EnumerateArray())
            {
                if (ReadOutput(item, name, number) is { } output)
                {
                    outputs.Add(output);
                }
            }
        }

        return new Cell(kind == "code", source, outputs);
    }

    private static Output? ReadOutput(JsonElement output, string name, int number)
    {
        if (output.ValueKind != JsonValueKind.Object || !output.TryGetProperty("output_type", out var type) || type.ValueKind != JsonValueKind.String)
        {
            throw new FormatException(string.Create(CultureInfo.InvariantCulture, $"{name}: cell {number} has an output without an \"output_type\""));
        }

        var kind = type.GetString()!;
        switch (kind)
        {
            case "stream":
                return new Output(kind, Text(output, "name", name, number), new Dictionary<string, string>(), Text(output, "text", name, number));
            case "error":
                return new Output(kind, string.Empty, new Dictionary<string, string>(), Text(output, "ename", name, number) + ": " + Text(output, "evalue", name, number));
            case "display_data" or "execute_result" or "update_display_data":
                var data = new Dictionary<string, string>(StringComparer.Ordinal);
                if (output.TryGetProperty("data", out var bundle) && bundle.ValueKind == JsonValueKind.Object)
                {
                    foreach (var entry in bundle.EnumerateObject())
                    {
                        data[entry.Name] = entry.Value.ValueKind is JsonValueKind.String or JsonValueKind.Array && IsText(entry.Value)
                            ? Join(entry.Value)
                            : entry.Value.GetRawText();
                    }
                }

                return new Output(kind, string.Empty, data, string.Empty);
            default:
                return null;
        }
    }

    /// <summary>A text field: nbformat allows a string or a list of strings (joined as they are; each keeps its line end).</summary>
    private static string Text(JsonElement owner, string property, string name, int number)
    {
        if (!owner.TryGetProperty(property, out var value) || value.ValueKind == JsonValueKind.Null)
        {
            return string.Empty;
        }

        return IsText(value)
            ? Join(value)
            : throw new FormatException(string.Create(CultureInfo.InvariantCulture, $"{name}: cell {number}: \"{property}\" must be text or a list of text"));
    }

    private static bool IsText(JsonElement value) =>
        value.ValueKind == JsonValueKind.String ||
        (value.ValueKind == JsonValueKind.Array && value.EnumerateArray().All(item => item.ValueKind == JsonValueKind.String));

    private static string Join(JsonElement value)
    {
        if (value.ValueKind == JsonValueKind.String)
        {
            return value.GetString()!;
        }

        var text = new StringBuilder();
        foreach (var item in value.EnumerateArray())
        {
            text.Append(item.GetString());
        }

        return text.ToString();
    }

    /// <summary>System.Text.Json's reason without its zero-based position (the line is given in front).</summary>
    private static string Reason(string message)
    {
        var end = message.IndexOf(" LineNumber:", StringComparison.Ordinal);
        if (end < 0)
        {
            end = message.IndexOf(" Path:", StringComparison.Ordinal);
        }

        var reason = (end < 0 ? message : message[..end]).Trim().TrimEnd('.', ' ', '|');
        return reason.ReplaceLineEndings(" ");
    }
}
