using System.Buffers;
using System.Collections;
using System.Globalization;
using System.Text.Json;
using Plotly.NET;

namespace NetworkAdvisor.Charts;

/// <summary>
/// Writes a Plotly.NET chart as figure JSON, <c>{"data":[...],"layout":{...}}</c>, straight from Plotly.NET's
/// trace and layout objects. It gives the same JSON values as <c>GenericChart.toFigureJson</c> (a test compares
/// them chart by chart) without Newtonsoft.Json's dynamic-object path, which binds every property through the
/// C# runtime binder: that cost dominated a cold report and does not work in a native (AOT) build.
/// </summary>
/// <remarks>
/// The default encoder escapes <c>&lt;</c>, <c>&gt;</c>, <c>&amp;</c>, quotes and non-ASCII as <c>\uXXXX</c>: valid
/// JSON that is also inert inside an HTML script element. Numbers that are not finite are written as strings, as
/// Newtonsoft.Json does by default.
/// </remarks>
internal static class PlotlyJson
{
    /// <summary>The figure JSON of traces and a layout.</summary>
    public static string Figure(IEnumerable<Trace> traces, Layout layout)
    {
        var buffer = new ArrayBufferWriter<byte>(4096);
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            writer.WritePropertyName("data");
            writer.WriteStartArray();
            foreach (var trace in traces)
            {
                WriteObject(writer, trace);
            }

            writer.WriteEndArray();
            writer.WritePropertyName("layout");
            WriteObject(writer, layout);
            writer.WriteEndObject();
        }

        return System.Text.Encoding.UTF8.GetString(buffer.WrittenSpan);
    }

    private static void WriteObject(Utf8JsonWriter writer, DynamicObj.DynamicObj value)
    {
        writer.WriteStartObject();

        // Only the dynamic properties are read: the one class property Plotly.NET serialises, a trace's type, is
        // written by name, so a trimmed native build (which drops the metadata reflection would need) writes it too.
        if (value is Trace trace)
        {
            writer.WriteString("type", trace.type);
        }

        foreach (var property in value.GetProperties(false))
        {
            writer.WritePropertyName(property.Key);
            WriteValue(writer, property.Value);
        }

        writer.WriteEndObject();
    }

    private static void WriteValue(Utf8JsonWriter writer, object? value)
    {
        switch (value)
        {
            case null:
                writer.WriteNullValue();
                break;
            case string text:
                writer.WriteStringValue(text);
                break;
            case bool flag:
                writer.WriteBooleanValue(flag);
                break;
            case int number:
                writer.WriteNumberValue(number);
                break;
            case long number:
                writer.WriteNumberValue(number);
                break;
            case double number:
                WriteDouble(writer, number);
                break;
            case float number when float.IsFinite(number):
                writer.WriteNumberValue(number);
                break;
            case float number:
                WriteDouble(writer, number);
                break;
            case decimal number:
                writer.WriteNumberValue(number);
                break;
            case byte or sbyte or short or ushort or uint:
                writer.WriteNumberValue(Convert.ToInt64(value, CultureInfo.InvariantCulture));
                break;
            case ulong number:
                writer.WriteNumberValue(number);
                break;
            case char character:
                writer.WriteStringValue(character.ToString());
                break;
            case DateOnly date:
                writer.WriteStringValue(date.ToString("yyyy'-'MM'-'dd", CultureInfo.InvariantCulture));
                break;
            case Color color:
                WriteValue(writer, color.Value);
                break;
            case ARGB argb:
                // As Plotly.NET's own converter writes it: rgba(r, g, b, alpha with one decimal).
                writer.WriteStringValue(string.Create(
                    CultureInfo.InvariantCulture,
                    $"rgba({argb.R}, {argb.G}, {argb.B}, {argb.A / 255.0:0.0})"));
                break;
            case DynamicObj.DynamicObj dynamic:
                WriteObject(writer, dynamic);
                break;
            case IDictionary dictionary:
                writer.WriteStartObject();
                foreach (DictionaryEntry entry in dictionary)
                {
                    writer.WritePropertyName(Convert.ToString(entry.Key, CultureInfo.InvariantCulture) ?? string.Empty);
                    WriteValue(writer, entry.Value);
                }

                writer.WriteEndObject();
                break;
            case IEnumerable items:
                writer.WriteStartArray();
                foreach (var item in items)
                {
                    WriteValue(writer, item);
                }

                writer.WriteEndArray();
                break;
            default:
                throw new NotSupportedException($"A chart property holds a {value.GetType().FullName}, which the figure writer does not know.");
        }
    }

    private static void WriteDouble(Utf8JsonWriter writer, double number)
    {
        if (double.IsFinite(number))
        {
            writer.WriteNumberValue(number);
        }
        else
        {
            writer.WriteStringValue(double.IsNaN(number) ? "NaN" : double.IsPositiveInfinity(number) ? "Infinity" : "-Infinity");
        }
    }
}
