using System.Collections.Frozen;
using System.Text;

namespace NetworkAdvisor.Import;

/// <summary>
/// How one export file is recognised by its header: its columns (read by name, never by position),
/// which of them must be present, and file-name hints for headers that say too little on their own.
/// </summary>
internal sealed class FileSchema
{
    private readonly FrozenDictionary<string, int> _slotByName;
    private readonly int[] _requiredSlots;
    private readonly string[] _nameHints;
    private readonly string[] _excludedNames;

    /// <param name="kind">The file kind.</param>
    /// <param name="canonicalName">The file name LinkedIn uses, for messages.</param>
    /// <param name="columns">Known columns; a column's slot is its index here.</param>
    /// <param name="required">Headers that must all be present for the header to match.</param>
    /// <param name="nameHints">Normalised fragments of the file name; when <paramref name="nameRequired"/>, one must appear.</param>
    /// <param name="nameRequired">True when the header alone is too generic (e.g. a single <c>Name</c> column).</param>
    /// <param name="excludedNames">Normalised name fragments of look-alike files with the same header (e.g. <c>given</c>, <c>coach</c>).</param>
    public FileSchema(ExportFileKind kind, string canonicalName, ColumnSpec[] columns, string[] required, string[] nameHints, bool nameRequired = false, string[]? excludedNames = null)
    {
        _excludedNames = excludedNames ?? [];
        Kind = kind;
        CanonicalName = canonicalName;
        Columns = columns;
        _nameHints = nameHints;
        NameRequired = nameRequired;
        var map = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var slot = 0; slot < columns.Length; slot++)
        {
            foreach (var name in columns[slot].NormalizedNames)
            {
                map.TryAdd(name, slot);
            }
        }

        _slotByName = map.ToFrozenDictionary(StringComparer.Ordinal);
        _requiredSlots = [.. required.Select(header => Array.FindIndex(columns, c => c.Header == header))];
        if (Array.IndexOf(_requiredSlots, -1) >= 0)
        {
            throw new ArgumentException("A required header is not among the columns.", nameof(required));
        }
    }

    /// <summary>The file kind.</summary>
    public ExportFileKind Kind { get; }

    /// <summary>The file name LinkedIn uses.</summary>
    public string CanonicalName { get; }

    /// <summary>Known columns by slot.</summary>
    public IReadOnlyList<ColumnSpec> Columns { get; }

    /// <summary>True when the file name must carry one of the hints.</summary>
    public bool NameRequired { get; }

    /// <summary>Headers that must be present, for error messages.</summary>
    public IEnumerable<string> RequiredHeaders => _requiredSlots.Select(slot => Columns[slot].Header);

    /// <summary>
    /// Lower-cases and keeps only letters and digits, so that <c>First Name</c>, <c>FirstName</c>,
    /// <c>first_name</c> and <c>"First Name "</c> are the same column.
    /// </summary>
    public static string NormalizeHeader(string header)
    {
        var builder = new StringBuilder(header.Length);
        foreach (var c in header)
        {
            if (char.IsLetterOrDigit(c))
            {
                builder.Append(char.ToLowerInvariant(c));
            }
        }

        return builder.ToString();
    }

    /// <summary>True when the normalised file name contains one of this schema's hints.</summary>
    public bool NameMatches(string normalizedFileName) =>
        Array.Exists(_nameHints, normalizedFileName.Contains);

    /// <summary>Matches a header row; null when a required column is missing.</summary>
    public HeaderMatch? Match(string[] header, string normalizedFileName)
    {
        if ((NameRequired && !NameMatches(normalizedFileName)) || Array.Exists(_excludedNames, normalizedFileName.Contains))
        {
            return null;
        }

        var fieldBySlot = new int[Columns.Count];
        Array.Fill(fieldBySlot, -1);
        var score = 0;
        for (var field = 0; field < header.Length; field++)
        {
            if (_slotByName.TryGetValue(NormalizeHeader(header[field]), out var slot) && fieldBySlot[slot] < 0)
            {
                fieldBySlot[slot] = field;
                score++;
            }
        }

        foreach (var slot in _requiredSlots)
        {
            if (fieldBySlot[slot] < 0)
            {
                return null;
            }
        }

        // Trailing empty header cells (a separator at the end of the header line) are not columns.
        var width = header.Length;
        while (width > 0 && string.IsNullOrWhiteSpace(header[width - 1]))
        {
            width--;
        }

        return new HeaderMatch(this, fieldBySlot, score, width);
    }
}
