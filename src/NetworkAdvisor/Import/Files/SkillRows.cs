using NetworkAdvisor.Model;

namespace NetworkAdvisor.Import.Files;

/// <summary>Reads <c>Skills.csv</c>; its single <c>Name</c> column is too generic, so the file name must say "skills".</summary>
internal sealed class SkillRows : RowReader<Skill>
{
    public static readonly SkillRows Instance = new();

    public override FileSchema Schema { get; } = new(
        ExportFileKind.Skills, "Skills.csv", [new("Name", "Skill", "Skill Name")], ["Name"], ["skills"], nameRequired: true);

    public override string? TryRead(Row row, DateOrder order, out Skill? value)
    {
        value = new Skill(row[0]);
        return null;
    }
}
