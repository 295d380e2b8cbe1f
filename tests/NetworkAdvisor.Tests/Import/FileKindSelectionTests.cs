using NetworkAdvisor.Export;
using NetworkAdvisor.Import;
using NetworkAdvisor.Model;
using NetworkAdvisor.Samples;

namespace NetworkAdvisor.Tests.Import;

/// <summary>
/// Reading only some kinds of file (<see cref="ExportReadOptions.Kinds"/>, as the CLI's diff, segments, growth and
/// invitations do): the kinds asked for (and connections, always) are read exactly as in a full read; files of other
/// kinds, told by their header, are listed as skipped, and none of their rows is read or reported.
/// </summary>
public sealed class FileKindSelectionTests
{
    private const string MessagesHeader = "CONVERSATION ID,CONVERSATION TITLE,FROM,SENDER PROFILE URL,TO,RECIPIENT PROFILE URLS,DATE,SUBJECT,CONTENT,FOLDER";

    public static TheoryData<ExportFileKind[]> Selections => new()
    {
        { [] },
        { [ExportFileKind.Connections] },
        { [ExportFileKind.Connections, ExportFileKind.Positions] },
        { [ExportFileKind.Messages] },
        { [ExportFileKind.Invitations, ExportFileKind.Messages, ExportFileKind.Profile] },
        { [ExportFileKind.Skills, ExportFileKind.CompanyFollows, ExportFileKind.EndorsementsReceived, ExportFileKind.RecommendationsReceived] },
        { Enum.GetValues<ExportFileKind>() },
    };

    [Theory]
    [MemberData(nameof(Selections))]
    public void Kinds_asked_for_are_read_as_in_a_full_read_and_the_others_are_skipped(ExportFileKind[] kinds)
    {
        using var folder = new TempFolder();
        // Messages large enough to be read in parts (see Utf8Parts), as at LinkedIn's cap.
        ExportWriter.WriteFolder(SampleExportGenerator.Generate(new SampleOptions(2_500, 8, new DateOnly(2026, 11, 1))), folder.Path);
        Assert.True(new FileInfo(Path.Combine(folder.Path, "messages.csv")).Length > Utf8Parts.MinFileBytes);

        var full = ExportReader.Read(folder.Path);
        var selected = ExportReader.Read(folder.Path, ExportReadOptions.Default with { Kinds = kinds.ToHashSet() });

        foreach (var kind in Enum.GetValues<ExportFileKind>())
        {
            var read = kind == ExportFileKind.Connections || kinds.Contains(kind);
            var files = full.Files.Where(f => f.Kind == kind).Select(f => f.Path).ToList();
            Assert.NotEmpty(files);
            Assert.NotEmpty(Records(full, kind));
            Assert.Equal(read ? Records(full, kind) : [], Records(selected, kind));
            Assert.Equal(read ? files : [], selected.Files.Where(f => f.Kind == kind).Select(f => f.Path));
            Assert.Equal(!read, files.All(selected.Skipped.Contains));
        }

        Assert.Equal(full.Skipped.Count(), selected.Skipped.Count(path => full.Skipped.Contains(path)));
    }

    [Fact]
    public void A_file_left_out_is_known_by_its_header_and_its_rows_are_neither_read_nor_reported()
    {
        using var folder = new TempFolder();
        folder.File("Connections.csv", "First Name,Last Name,URL,Email Address,Company,Position,Connected On\nAda,L,,,Acme,CEO,08 Feb 2026");
        folder.File("inbox_1.csv", MessagesHeader + "\nc1,,Ada,,Bob,,not a date,,hi,INBOX");
        folder.File("inbox_2.csv", MessagesHeader + "\nc2,,Ada,,Bob,,2026-01-01 10:00:00 UTC,,hi,INBOX\nc3,,Ada,,Bob,,yesterday,,hi,INBOX");

        var full = ExportReader.Read(folder.Path);
        var withoutMessages = ExportReader.Read(folder.Path, ExportReadOptions.Default with { Kinds = new HashSet<ExportFileKind>() });

        Assert.Equal(2, full.Issues.Length);
        Assert.Single(full.Messages);
        Assert.Empty(withoutMessages.Issues);
        Assert.Empty(withoutMessages.Messages);
        Assert.Equal(["inbox_1.csv", "inbox_2.csv"], withoutMessages.Skipped.Order(StringComparer.Ordinal));
        Assert.Equal(full.Connections.AsEnumerable(), withoutMessages.Connections);
    }

    private static IEnumerable<object> Records(ExportBundle bundle, ExportFileKind kind) => kind switch
    {
        ExportFileKind.Connections => bundle.Connections,
        ExportFileKind.Invitations => bundle.Invitations,
        ExportFileKind.Messages => bundle.Messages,
        ExportFileKind.Positions => bundle.Positions,
        ExportFileKind.Profile => bundle.Profile is { } profile ? [profile] : [],
        ExportFileKind.EndorsementsReceived => bundle.Endorsements,
        ExportFileKind.RecommendationsReceived => bundle.Recommendations,
        ExportFileKind.Skills => bundle.Skills,
        ExportFileKind.CompanyFollows => bundle.CompanyFollows,
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };
}
