using System.Text.Json;

namespace NetworkAdvisor.Notebooks.Tests;

/// <summary>One output of an executed notebook's code cell: its type (display_data, execute_result, stream, error) and its text.</summary>
internal sealed record NotebookOutput(int Cell, string Type, string Text)
{
    /// <summary>Every output of every cell of an executed .ipynb file.</summary>
    public static IReadOnlyList<NotebookOutput> Read(string ipynb)
    {
        using var document = JsonDocument.Parse(File.ReadAllText(ipynb));
        var outputs = new List<NotebookOutput>();
        var cells = document.RootElement.GetProperty("cells");
        for (var cell = 0; cell < cells.GetArrayLength(); cell++)
        {
            if (!cells[cell].TryGetProperty("outputs", out var list))
            {
                continue;
            }

            foreach (var output in list.EnumerateArray())
            {
                var type = output.TryGetProperty("output_type", out var t) ? t.GetString() ?? string.Empty : string.Empty;
                var text = new List<string>();
                if (output.TryGetProperty("data", out var data))
                {
                    text.AddRange(data.EnumerateObject().Select(d => Flatten(d.Value)));
                }

                foreach (var name in new[] { "text", "ename", "evalue" })
                {
                    if (output.TryGetProperty(name, out var value))
                    {
                        text.Add(Flatten(value));
                    }
                }

                outputs.Add(new NotebookOutput(cell + 1, type, string.Join("\n", text)));
            }
        }

        return outputs;
    }

    private static string Flatten(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.String => value.GetString() ?? string.Empty,
        JsonValueKind.Array => string.Concat(value.EnumerateArray().Select(Flatten)),
        _ => value.GetRawText(),
    };
}
