using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;

namespace NetworkAdvisor.Cli.Output;

/// <summary>
/// JSON written by the CLI: camelCase, indented, HTML-sensitive characters escaped, enums as camelCase names. Every
/// shape is source-generated (<see cref="CliJsonContext"/>), so the output is the same in a Native AOT build.
/// </summary>
internal static class JsonOutput
{
    /// <summary>
    /// The metadata of every shape, bound to <see cref="CliJsonContext"/>'s generated options with the encoder spelled
    /// out: <see cref="JavaScriptEncoder.Default"/> escapes HTML-sensitive and non-ASCII characters.
    /// </summary>
    public static CliJsonContext Shapes { get; } = new(new JsonSerializerOptions(CliJsonContext.Default.Options)
    {
        Encoder = JavaScriptEncoder.Default,
    });

    /// <summary>Writes <paramref name="value"/> and a line break.</summary>
    /// <typeparam name="T">The shape written.</typeparam>
    /// <param name="writer">Where to write.</param>
    /// <param name="value">The value.</param>
    /// <param name="shape">Its metadata from <see cref="Shapes"/>, such as <c>JsonOutput.Shapes.SummaryJson</c>.</param>
    public static void Write<T>(TextWriter writer, T value, JsonTypeInfo<T> shape)
    {
        writer.WriteLine(JsonSerializer.Serialize(value, shape));
    }
}
