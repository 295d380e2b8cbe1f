using System.CommandLine;
using System.Globalization;
using NetworkAdvisor.Export;
using NetworkAdvisor.Samples;

namespace NetworkAdvisor.Cli.Commands;

/// <summary>
/// <c>sample -o &lt;folder|file.zip|Connections.csv&gt; --connections N --seed S --as-of yyyy-MM-dd [--earlier yyyy-MM-dd] [--era E]</c>:
/// writes a synthetic export made by the generator; the same arguments always give the same bytes.
/// With <c>--earlier</c> it writes the same account's export as it was on that earlier day, for trying <c>diff</c>.
/// </summary>
internal static class SampleCommand
{
    public static Command Create(CliContext context)
    {
        var output = new Option<string>("--output", "-o")
        {
            Description = "Where to write: a folder, a .zip archive, or a .csv file (Connections.csv only)",
            Required = true,
        };
        var connections = CliOptions.Number("--connections", "Number of connections", 2500, 0, 1_000_000, "-n");
        var seed = CliOptions.Number("--seed", "Random seed; the same seed gives the same export", 1, int.MinValue, int.MaxValue);
        var asOf = CliOptions.AsOf();
        var era = new Option<ConnectionsEra>("--era")
        {
            Description = "Format era of Connections.csv when writing a .csv file",
            DefaultValueFactory = _ => ConnectionsEra.Current,
        };
        var earlier = CliOptions.Date("--earlier", "Write the same account's export as it was on this earlier date (yyyy-MM-dd, before --as-of), to compare with diff");
        var force = new Option<bool>("--force") { Description = "Overwrite the output if it exists" };
        var command = new Command(
            "sample",
            "Write a synthetic LinkedIn export (no real person's data) for trying NetworkAdvisor.\n" +
            "Example: network-advisor sample -o sample.zip --connections 2500 --seed 42 --as-of 2026-11-01\n" +
            "The same account half a year earlier, to compare with diff:\n" +
            "  network-advisor sample -o earlier/Complete_LinkedInDataExport_05-01-2026.zip --connections 2500 --seed 42 --as-of 2026-11-01 --earlier 2026-05-01")
        {
            output, connections, seed, asOf, earlier, era, force,
        };
        command.SetAction(parse =>
        {
            var target = parse.GetValue(output)!;
            if ((File.Exists(target) || (Directory.Exists(target) && Directory.EnumerateFileSystemEntries(target).Any())) && !parse.GetValue(force))
            {
                throw new CliException($"{target}: already exists; use --force to overwrite it", CliApp.BadInput);
            }

            var day = parse.GetValue(asOf) ?? CliOptions.Today(context);
            if (day < SampleOptions.MinAsOf || day > SampleOptions.MaxAsOf)
            {
                throw new CliException(
                    string.Create(CultureInfo.InvariantCulture, $"--as-of for samples must be between {SampleOptions.MinAsOf:yyyy-MM-dd} and {SampleOptions.MaxAsOf:yyyy-MM-dd}"),
                    CliApp.UsageError);
            }

            var snapshot = parse.GetValue(earlier);
            if (snapshot is { } then && (then < SampleOptions.MinAsOf || then >= day))
            {
                throw new CliException(
                    string.Create(CultureInfo.InvariantCulture, $"--earlier must be from {SampleOptions.MinAsOf:yyyy-MM-dd} to the day before --as-of ({day:yyyy-MM-dd}), not {then:yyyy-MM-dd}"),
                    CliApp.UsageError);
            }

            var options = new SampleOptions(parse.GetValue(connections), parse.GetValue(seed), day);
            var bundle = snapshot is { } date ? SampleExportGenerator.GenerateEarlier(options, date) : SampleExportGenerator.Generate(options);
            if (target.EndsWith(".zip", StringComparison.OrdinalIgnoreCase))
            {
                CreateParent(target);
                ExportWriter.WriteZip(bundle, target, (snapshot ?? day).ToDateTime(new TimeOnly(12, 0)));
            }
            else if (target.EndsWith(".csv", StringComparison.OrdinalIgnoreCase))
            {
                CreateParent(target);
                File.WriteAllBytes(target, ConnectionsCsv.Render(bundle.Connections, parse.GetValue(era)));
            }
            else
            {
                ExportWriter.WriteFolder(bundle, target);
            }

            var asOfText = (snapshot ?? day).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
            context.Error.WriteLine(string.Create(
                CultureInfo.InvariantCulture, $"Wrote {bundle.Connections.Length} connections, {bundle.Messages.Length} messages as of {asOfText} to {target}"));
            return CliApp.Success;
        });
        return command;
    }

    private static void CreateParent(string file)
    {
        var parent = Path.GetDirectoryName(Path.GetFullPath(file));
        if (parent is not null)
        {
            Directory.CreateDirectory(parent);
        }
    }
}
