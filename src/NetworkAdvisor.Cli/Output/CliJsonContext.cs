using System.Text.Json.Serialization;
using NetworkAdvisor.Analysis;
using NetworkAdvisor.Cli.Commands;
using NetworkAdvisor.Import;

namespace NetworkAdvisor.Cli.Output;

/// <summary>
/// Source-generated serialization metadata for every JSON shape the CLI writes, so that <c>--format json</c> works in
/// a Native AOT build, where reflection-based serialization is disabled. Property names are camelCase, output is
/// indented, and every enum in a shape is written as its camelCase name; <see cref="JsonOutput.Shapes"/> binds these
/// options to the CLI's encoder.
/// </summary>
/// <remarks>A new shape needs a <see cref="JsonSerializableAttribute"/> here, and a new enum in a shape a converter.</remarks>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    WriteIndented = true,
    Converters =
    [
        typeof(CamelCaseEnumConverter<ExportFileKind>),
        typeof(CamelCaseEnumConverter<InvitationCategory>),
        typeof(CamelCaseEnumConverter<InvitationSuggestion>),
        typeof(CamelCaseEnumConverter<GrowthTarget>),
        typeof(CamelCaseEnumConverter<GrowthProjectionStatus>),
    ])]
[JsonSerializable(typeof(IReadOnlyList<ClassifyCommand.ClassifiedTitle>))]
[JsonSerializable(typeof(DiffJson))]
[JsonSerializable(typeof(EngagementJson))]
[JsonSerializable(typeof(FitJson))]
[JsonSerializable(typeof(IReadOnlyList<GoalsJson>))]
[JsonSerializable(typeof(GrowthJson))]
[JsonSerializable(typeof(InvitationsJson))]
[JsonSerializable(typeof(PruneJson))]
[JsonSerializable(typeof(SegmentsJson))]
[JsonSerializable(typeof(SummaryJson))]
internal sealed partial class CliJsonContext : JsonSerializerContext;
