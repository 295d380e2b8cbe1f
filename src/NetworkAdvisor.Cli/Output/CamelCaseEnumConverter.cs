using System.Text.Json;
using System.Text.Json.Serialization;

namespace NetworkAdvisor.Cli.Output;

/// <summary>
/// Writes <typeparamref name="TEnum"/> as its camelCase name (<c>LinkedInLimit</c> as <c>linkedInLimit</c>). The
/// generic converter needs no runtime code generation, so it works in a Native AOT build; it is registered by type
/// on <see cref="CliJsonContext"/>, which is why it has a parameterless constructor.
/// </summary>
/// <typeparam name="TEnum">The enum written.</typeparam>
internal sealed class CamelCaseEnumConverter<TEnum>() : JsonStringEnumConverter<TEnum>(JsonNamingPolicy.CamelCase)
    where TEnum : struct, Enum;
