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
public sealed class FileKindSelectionTests(FileKindSelectionTests.GeneratedExport export) : IClassFixture<FileKindSelectionTests.GeneratedExport>
{
    private const string MessagesHeader = "CONVERSATION ID,CONVERSATION TITLE,FROM,SENDER PROFILE URL,TO,RECIPIENT PROFILE URLS,DATE,SUBJECT,CONTENT,FOLDER";
    private const string ConnectionsCsv = "First Name,Last Name,URL,Email Address,Company,Position,Connected On\nAda,L,,,Acme,CEO,08 Feb 2026";

    public static TheoryData<ExportFileKind[], bool> Selections
    {
        get
        {
            ExportFileKind[][] selections =
            [
                [],
                [ExportFileKind.Connections],
                [ExportFileKind.Connections, ExportFileKind.Positions],
                [ExportFileKind.Messages],
                [ExportFileKind.Invitations, ExportFileKind.Messages, ExportFileKind.Profile],
                [ExportFileKind.Skills, ExportFileKind.CompanyFollows, ExportFileKind.EndorsementsReceived, ExportFileKind.RecommendationsReceived],
                Enum.GetValues<ExportFileKind>(),
            ];
            var data = new TheoryData<ExportFileKind[], bool>();
            foreach (var selection in selections)
            {
                data.Add(selection, false);
                data.Add(selection, true);
            }

            return data;
        }
    }

    [Theory]
    [MemberData(nameof(Selections))]
    public void Kinds_asked_for_are_read_as_in_a_full_read_and_the_others_are_skipped(ExportFileKind[] kinds, bool zipped)
    {
        var path = zipped ? export.Zip : export.Folder;
        var full = ExportReader.Read(path);
        var selected = ExportReader.Read(path, ExportReadOptions.Default with { Kinds = kinds.ToHashSet() });

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
    public void A_large_file_left_out_is_told_by_its_first_lines_and_never_read_whole()
    {
        // The one-file limit is checked as a file is read whole: below the messages file's size, a full read fails on it,
        // and a read that leaves messages out never reads it.
        var messages = new FileInfo(Path.Combine(export.Folder, "messages.csv")).Length;
        var limits = new ExportReadOptions(MaxFileBytes: messages - 1);

        var error = Assert.Throws<ExportReadException>(() => ExportReader.Read(export.Folder, limits));
        Assert.Contains("messages.csv", error.Message, StringComparison.Ordinal);
        var selected = ExportReader.Read(export.Folder, limits with { Kinds = new HashSet<ExportFileKind>() });
        Assert.Contains("messages.csv", selected.Skipped);
        Assert.Equal(ExportReader.Read(export.Folder).Connections.AsEnumerable(), selected.Connections);
    }

    [Fact]
    public void A_large_file_whose_first_bytes_hold_too_few_lines_is_read_whole_to_tell_its_kind()
    {
        // 40 messages of 8,000 characters each: the first 256 KB hold too few lines to be sure of the header, so the
        // file is read whole (and its size limit applies); it is still left out, by the header found in the whole text.
        using var folder = new TempFolder();
        folder.File("Connections.csv", ConnectionsCsv);
        var row = "c1,,Ada,,Bob,,2026-01-01 10:00:00 UTC,," + new string('x', 8_000) + ",INBOX";
        var path = folder.File("messages.csv", MessagesHeader + "\n" + string.Join('\n', Enumerable.Repeat(row, 40)));
        var limits = new ExportReadOptions(MaxFileBytes: new FileInfo(path).Length - 1) { Kinds = new HashSet<ExportFileKind>() };

        Assert.Throws<ExportReadException>(() => ExportReader.Read(folder.Path, limits));
        var selected = ExportReader.Read(folder.Path, ExportReadOptions.Default with { Kinds = limits.Kinds });
        Assert.Equal(["messages.csv"], selected.Skipped.AsEnumerable());
        Assert.Empty(selected.Messages);
        Assert.Single(selected.Connections);
    }

    [Fact]
    public void A_file_left_out_is_known_by_its_header_and_its_rows_are_neither_read_nor_reported()
    {
        using var folder = new TempFolder();
        folder.File("Connections.csv", ConnectionsCsv);
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

    /// <summary>A generated export, as a folder and as a zip archive, with messages large enough to be read in parts (see Utf8Parts).</summary>
    public sealed class GeneratedExport : IDisposable
    {
        private readonly TempFolder _folder = new();

        public GeneratedExport()
        {
            var bundle = SampleExportGenerator.Generate(new SampleOptions(2_500, 8, new DateOnly(2026, 11, 1)));
            Folder = Path.Combine(_folder.Path, "export");
            ExportWriter.WriteFolder(bundle, Folder);
            Zip = Path.Combine(_folder.Path, "Basic_LinkedInDataExport_11-01-2026.zip");
            ExportWriter.WriteZip(bundle, Zip, new DateTime(2026, 11, 1, 0, 0, 0, DateTimeKind.Utc));
            Assert.True(new FileInfo(Path.Combine(Folder, "messages.csv")).Length > Utf8Parts.MinFileBytes);
        }

        public string Folder { get; }

        public string Zip { get; }

        public void Dispose() => _folder.Dispose();
    }
}
