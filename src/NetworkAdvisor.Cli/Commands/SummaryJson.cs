using NetworkAdvisor.Import;

namespace NetworkAdvisor.Cli.Commands;

/// <summary>The JSON shape of <c>summary --format json</c>.</summary>
internal sealed record SummaryJson(
    string Source,
    int Connections,
    int HiddenProfiles,
    int Invitations,
    int Messages,
    int Positions,
    int Endorsements,
    int Recommendations,
    int Skills,
    int CompanyFollows,
    bool HasProfile,
    DateOnly? FirstConnectedOn,
    DateOnly? LastConnectedOn,
    IReadOnlyList<string> Files,
    IReadOnlyList<string> Skipped,
    IReadOnlyList<SummaryJson.RejectedRow> Rejected,
    IReadOnlyList<SummaryJson.FileDetail> FileDetails)
{
    public static SummaryJson From(ImportSummary s) => new(
        s.Source, s.Connections, s.HiddenProfiles, s.Invitations, s.Messages, s.Positions, s.Endorsements, s.Recommendations,
        s.Skills, s.CompanyFollows, s.HasProfile, s.FirstConnectedOn, s.LastConnectedOn,
        [.. s.Files.Select(f => f.Path)],
        s.Skipped,
        [.. s.Rejected.Select(r => new RejectedRow(r.File, r.Line, r.Reason, r.Excerpt))],
        [.. s.Files.Select(f => new FileDetail(f.Path, f.Kind, f.RowsRead, f.RowsLoaded, f.RowsRejected, f.Separator.ToString(), f.HeaderLine, f.RepairedBytes))]);

    /// <summary>One rejected row.</summary>
    internal sealed record RejectedRow(string File, int Line, string Reason, string Excerpt);

    /// <summary>One recognised file.</summary>
    internal sealed record FileDetail(
        string Path, ExportFileKind Kind, int RowsRead, int RowsLoaded, int RowsRejected, string Separator, int HeaderLine, int RepairedBytes);
}
