namespace NetworkAdvisor.Import;

/// <summary>A column a reader knows: its canonical header and other spellings seen in the wild.</summary>
/// <param name="Header">The header LinkedIn writes today, e.g. <c>Connected On</c>.</param>
/// <param name="Aliases">Other headers meaning the same column (older eras, user edits).</param>
internal sealed record ColumnSpec(string Header, params string[] Aliases)
{
    /// <summary>All spellings, normalised with <see cref="FileSchema.NormalizeHeader"/>.</summary>
    public IEnumerable<string> NormalizedNames =>
        Aliases.Prepend(Header).Select(FileSchema.NormalizeHeader);
}
