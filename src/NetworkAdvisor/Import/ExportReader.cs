using System.Collections.Immutable;
using System.Runtime.InteropServices;
using NetworkAdvisor.Import.Files;
using NetworkAdvisor.Model;

namespace NetworkAdvisor.Import;

/// <summary>
/// Reads a LinkedIn data export exactly as users have it: the zip archive (<c>Basic_</c>,
/// <c>Complete_</c>, <c>Initial_</c>), the unzipped folder, or a single CSV file, in every era of
/// the format. Files are recognised by their header, not their name; every data row becomes a
/// record or an <see cref="ImportIssue"/>.
/// </summary>
public static class ExportReader
{
    /// <summary>How much of a large file is read first to tell its kind when only some kinds are read (see <see cref="ExportReadOptions.Kinds"/>).</summary>
    private const int HeadBytes = 256 * 1024;

    private static readonly FileSchema[] Schemas =
    [
        ConnectionRows.Instance.Schema,
        InvitationRows.Instance.Schema,
        MessageRows.Instance.Schema,
        PositionRows.Instance.Schema,
        ProfileRows.Instance.Schema,
        EndorsementRows.Instance.Schema,
        RecommendationRows.Instance.Schema,
        SkillRows.Instance.Schema,
        CompanyFollowRows.Instance.Schema,
    ];

    /// <summary>Reads the export at <paramref name="path"/>.</summary>
    /// <param name="path">A zip archive, an unzipped export folder, or one CSV file.</param>
    /// <param name="options">Safety limits; <see cref="ExportReadOptions.Default"/> when null.</param>
    /// <returns>The records, the files read, the files skipped and every rejected row.</returns>
    /// <exception cref="ExportReadException">The path cannot be read, the archive is unsafe, or there is no connections file.</exception>
    public static ExportBundle Read(string path, ExportReadOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(path);
        options ??= ExportReadOptions.Default;
        using var source = ExportSource.Open(path, options);
        var builder = new BundleBuilder(options.KeepMessageText);
        string? unrecognisedConnections = null;
        foreach (var entry in source.Entries)
        {
            if (!entry.IsCsv || IsMacResourceFork(entry.Path))
            {
                builder.Skipped.Add(entry.Path);
                continue;
            }

            if (LeftOutByHead(entry, options))
            {
                // A kind the caller does not want, told by the file's first bytes: the rest is never read.
                builder.Skipped.Add(entry.Path);
                continue;
            }

            // A large UTF-8 file is decoded in parts while it is read (see Utf8Parts); the header is found in part 0.
            // Its bytes are given back once it is read; those of a file decoded whole, right after decoding.
            var bytes = entry.Read();
            try
            {
                if (!Add(builder, entry, bytes, options, ref unrecognisedConnections))
                {
                    bytes.Dispose();
                }
            }
            catch
            {
                bytes.Dispose();
                throw;
            }
        }

        builder.Complete();
        if (builder.Connections.Count == 0 && !builder.Files.Exists(f => f.Kind == ExportFileKind.Connections))
        {
            throw new ExportReadException(unrecognisedConnections is not null
                ? $"{unrecognisedConnections}: no connections header found (expected a 'Connected On' column with 'First Name', 'Last Name', 'Company', 'Position')"
                : $"{path}: no Connections.csv found; point NetworkAdvisor at your LinkedIn export (.zip), its unzipped folder, or Connections.csv");
        }

        return builder.Build(path);
    }

    /// <summary>
    /// Finds the header of one file and hands it to <paramref name="builder"/> to be parsed unless <paramref name="options"/>
    /// leave its kind out; false when the file is not read (then its bytes are the caller's to give back, else the parse
    /// gives them back once done).
    /// </summary>
    private static bool Add(BundleBuilder builder, ExportEntry entry, FileBytes bytes, ExportReadOptions options, ref string? unrecognisedConnections)
    {
        var parts = Utf8Parts.Of(bytes);
        int repaired;
        var text = parts is null ? TextDecoder.Decode(bytes.Span, out repaired) : parts.Decode(0, out repaired);
        if (parts is null)
        {
            // Decoded whole: the bytes are no longer needed.
            bytes.Dispose();
        }

        var normalizedName = FileSchema.NormalizeHeader(entry.FileName);
        var header = CsvFileLoader.DetectHeader(text, normalizedName, Schemas);
        if (header is null)
        {
            builder.Skipped.Add(entry.Path);
            var expected = Array.Find(Schemas, s => IsNamedLike(s, entry.FileName));
            if (expected is not null)
            {
                builder.AddIssue(new ImportIssue(
                    entry.Path, 1,
                    $"file not read: no {expected.CanonicalName} header (with {string.Join(", ", expected.RequiredHeaders)}) in its first lines",
                    Excerpt.Of(text.AsSpan(0, Math.Min(text.Length, 200)))));
                unrecognisedConnections ??= expected.Kind == ExportFileKind.Connections ? entry.Path : null;
            }

            return false;
        }

        var kind = header.Match.Schema.Kind;
        if (!options.Reads(kind))
        {
            // Not wanted by the caller: not an issue, just a file not used.
            builder.Skipped.Add(entry.Path);
            return false;
        }

        var part = PartKey(entry.Path);

        // Fix (issue 9): a zip may hold two entries with the same name. They share a part key, so
        // without this check the second was loaded as a "numbered part" of the first, doubling rows.
        if (builder.IsRead(entry.Path))
        {
            return NotRead($"file not read: the archive holds another entry named {entry.Path}, which was read; point NetworkAdvisor at one export");
        }

        if (builder.FirstPart.TryGetValue(kind, out var first) && first.Part != part)
        {
            // A second file of the same kind that is not a numbered part of the first: two exports in one place.
            return NotRead($"file not read: {first.Path} was already read as {header.Match.Schema.CanonicalName}; point NetworkAdvisor at one export");
        }

        builder.FirstPart.TryAdd(kind, (part, entry.Path));
        builder.Add(new FileText(text, parts, repaired, bytes), entry.Path, header);
        return true;

        // A file with a header that is not read: skipped, with the reason at its header line.
        bool NotRead(string reason)
        {
            builder.Skipped.Add(entry.Path);
            builder.AddIssue(new ImportIssue(entry.Path, header.Header.Line, reason, Excerpt.Of(text.AsSpan(0, Math.Min(text.Length, 200)))));
            return false;
        }
    }

    /// <summary>
    /// Whether a large file's first bytes already show, by its header, a kind <paramref name="options"/> leave out, so
    /// the file need not be read. False when unsure (they hold no header, or too few lines to be sure of it) or when
    /// every kind is read: the file is then read whole, and <see cref="Add"/> decides.
    /// </summary>
    private static bool LeftOutByHead(ExportEntry entry, ExportReadOptions options)
    {
        if (options.Kinds is null || entry.Head?.Invoke(HeadBytes) is not { } head)
        {
            return false;
        }

        var text = TextDecoder.Decode(head, out _);
        return CsvFileLoader.HoldsHeaderSearch(text) &&
            CsvFileLoader.DetectHeader(text, FileSchema.NormalizeHeader(entry.FileName), Schemas) is { } header &&
            !options.Reads(header.Match.Schema.Kind);
    }

    /// <summary>Folder plus file stem without a numbered-part suffix: <c>messages_2.csv</c> and <c>messages.csv</c> in one folder share it.</summary>
    private static string PartKey(string path)
    {
        var slash = path.LastIndexOf('/');
        var folder = slash < 0 ? string.Empty : path[..slash];
        var stem = Path.GetFileNameWithoutExtension(path[(slash + 1)..]).TrimEnd('0', '1', '2', '3', '4', '5', '6', '7', '8', '9').TrimEnd('_', '-', ' ');
        return folder + "/" + stem.ToLowerInvariant();
    }

    private static bool IsMacResourceFork(string path) =>
        path.StartsWith("__MACOSX/", StringComparison.Ordinal) || path.Contains("/._", StringComparison.Ordinal) || path.StartsWith("._", StringComparison.Ordinal);

    private static bool IsNamedLike(FileSchema schema, string fileName)
    {
        var stem = Path.GetFileNameWithoutExtension(fileName).TrimEnd('0', '1', '2', '3', '4', '5', '6', '7', '8', '9').TrimEnd('_', '-', ' ');
        return FileSchema.NormalizeHeader(stem) == FileSchema.NormalizeHeader(Path.GetFileNameWithoutExtension(schema.CanonicalName));
    }

    /// <summary>A file's text: whole, or its first part and the parts still to decode; bytes repaired in the text given; the file's bytes, given back once it is parsed.</summary>
    private sealed record FileText(string First, Utf8Parts? Parts, int Repaired, FileBytes Bytes);

    private sealed class BundleBuilder(bool keepMessageText)
    {
        public Gathered<Connection> Connections { get; } = new();

        public Gathered<Invitation> Invitations { get; } = new();

        public Gathered<Message> Messages { get; } = new();

        public Gathered<Position> Positions { get; } = new();

        public Gathered<Profile> Profiles { get; } = new();

        public Gathered<Endorsement> Endorsements { get; } = new();

        public Gathered<Recommendation> Recommendations { get; } = new();

        public Gathered<Skill> Skills { get; } = new();

        public Gathered<CompanyFollow> CompanyFollows { get; } = new();

        public List<ImportedFile> Files { get; } = [];

        public List<string> Skipped { get; } = [];

        public List<ImportIssue> Issues { get; } = [];

        public Dictionary<ExportFileKind, (string Part, string Path)> FirstPart { get; } = [];

        // Files are decoded one after the other (an archive is one stream) but parsed in parallel; every result is
        // applied in the order the files came, so rows, files and issues are in the same order as a sequential read.
        private readonly List<Task<Action>> _steps = [];

        private readonly HashSet<string> _read = new(StringComparer.Ordinal);

        public bool IsRead(string path) => _read.Contains(path);

        public void AddIssue(ImportIssue issue) => _steps.Add(Task.FromResult<Action>(() => Issues.Add(issue)));

        public void Add(FileText text, string path, DetectedHeader header)
        {
            _read.Add(path);
            _steps.Add(Task.Run(() =>
            {
                using (text.Bytes)
                {
                    return Parse(text, path, header);
                }
            }));
        }

        /// <summary>Waits for every file and applies the results in order.</summary>
        public void Complete()
        {
            foreach (var step in _steps)
            {
                step.GetAwaiter().GetResult()();
            }

            _steps.Clear();
        }

        private Action Parse(FileText text, string path, DetectedHeader header)
        {
            switch (header.Match.Schema.Kind)
            {
                case ExportFileKind.Connections: return Load(text, path, header, ConnectionRows.Instance, Connections);
                case ExportFileKind.Invitations: return Load(text, path, header, InvitationRows.Instance, Invitations);
                case ExportFileKind.Messages: return Load(text, path, header, keepMessageText ? MessageRows.Instance : MessageRows.WithoutText, Messages);
                case ExportFileKind.Positions: return Load(text, path, header, PositionRows.Instance, Positions);
                case ExportFileKind.Profile: return Load(text, path, header, ProfileRows.Instance, Profiles);
                case ExportFileKind.EndorsementsReceived: return Load(text, path, header, EndorsementRows.Instance, Endorsements);
                case ExportFileKind.RecommendationsReceived: return Load(text, path, header, RecommendationRows.Instance, Recommendations);
                case ExportFileKind.Skills: return Load(text, path, header, SkillRows.Instance, Skills);
                case ExportFileKind.CompanyFollows: return Load(text, path, header, CompanyFollowRows.Instance, CompanyFollows);
                default: throw new InvalidOperationException($"No reader for {header.Match.Schema.Kind}.");
            }
        }

        public ExportBundle Build(string source) => new(
            source,
            Connections.ToImmutable(),
            Invitations.ToImmutable(),
            Messages.ToImmutable(),
            Positions.ToImmutable(),
            Profiles.Count > 0 ? Profiles.ToImmutable()[0] : null,
            Endorsements.ToImmutable(),
            Recommendations.ToImmutable(),
            Skills.ToImmutable(),
            CompanyFollows.ToImmutable(),
            [.. Files],
            [.. Skipped],
            [.. Issues]);

        private Action Load<T>(FileText text, string path, DetectedHeader header, RowReader<T> reader, Gathered<T> into)
            where T : class
        {
            var loaded = text.Parts is null
                ? CsvFileLoader.Load(text.First, path, text.Repaired, header, reader)
                : CsvFileLoader.Load(text.Parts, text.First, text.Repaired, path, header, reader);
            return () =>
            {
                into.Add(loaded.Records);
                Files.Add(loaded.File);
                Issues.AddRange(loaded.Issues);
            };
        }
    }

    /// <summary>
    /// The records of one kind, file by file (a numbered part is a file of its own), joined only when there is more
    /// than one file: one file's record array becomes the export's as it is.
    /// </summary>
    private sealed class Gathered<T>
    {
        private readonly List<T[]> _files = [];

        public int Count { get; private set; }

        public void Add(T[] records)
        {
            _files.Add(records);
            Count += records.Length;
        }

        public ImmutableArray<T> ToImmutable() =>
            _files.Count == 1 ? ImmutableCollectionsMarshal.AsImmutableArray(_files[0]) : [.. _files.SelectMany(f => f)];
    }
}
