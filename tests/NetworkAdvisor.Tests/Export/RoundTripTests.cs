using NetworkAdvisor.Export;
using NetworkAdvisor.Import;
using NetworkAdvisor.Model;
using NetworkAdvisor.Samples;

namespace NetworkAdvisor.Tests.Export;

/// <summary>generate -> write -> read gives back the same records, for many seeds and every era.</summary>
public sealed class RoundTripTests
{
    public static TheoryData<int> Seeds => [.. Enumerable.Range(1, 24)];

    [Theory]
    [MemberData(nameof(Seeds))]
    public void A_generated_export_reads_back_identically(int seed)
    {
        var generated = SampleExportGenerator.Generate(new SampleOptions(40 + (seed * 37 % 300), seed, new DateOnly(2026, 11, 1)));
        using var folder = new TempFolder();
        var zip = Path.Combine(folder.Path, "Complete_LinkedInDataExport_11-01-2026.zip");
        ExportWriter.WriteZip(generated, zip, new DateTime(2026, 11, 1, 12, 0, 0));

        var read = ExportReader.Read(zip);

        Assert.Empty(read.Issues);
        Assert.Equal(generated.Connections.ToArray(), read.Connections.ToArray());
        Assert.Equal(generated.Invitations.ToArray(), read.Invitations.ToArray());
        Assert.Equal(generated.Messages.ToArray(), read.Messages.ToArray());
        Assert.Equal(generated.Positions.ToArray(), read.Positions.ToArray());
        Assert.Equal(generated.Profile, read.Profile);
        Assert.Equal(generated.Endorsements.ToArray(), read.Endorsements.ToArray());
        Assert.Equal(generated.Recommendations.ToArray(), read.Recommendations.ToArray());
        Assert.Equal(generated.Skills.ToArray(), read.Skills.ToArray());
        Assert.Equal(generated.CompanyFollows.ToArray(), read.CompanyFollows.ToArray());
        Assert.All(read.Files, f => Assert.Equal(f.RowsRead, f.RowsLoaded));
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void A_large_export_reads_back_identically_from_a_zip_and_a_folder(bool zipped)
    {
        // Files of a megabyte and more are read outside the managed heap and given back once parsed (FileBytes).
        var generated = SampleExportGenerator.Generate(new SampleOptions(12_000, 31, new DateOnly(2026, 11, 1)));
        using var folder = new TempFolder();
        var unzipped = Path.Combine(folder.Path, "export");
        ExportWriter.WriteFolder(generated, unzipped);
        var zip = Path.Combine(folder.Path, "Complete_LinkedInDataExport_11-01-2026.zip");
        ExportWriter.WriteZip(generated, zip, new DateTime(2026, 11, 1, 12, 0, 0));
        Assert.True(new FileInfo(Path.Combine(unzipped, "Connections.csv")).Length > FileBytes.NativeFromBytes);

        var read = ExportReader.Read(zipped ? zip : unzipped);

        Assert.Empty(read.Issues);
        Assert.Equal(generated.Connections.ToArray(), read.Connections.ToArray());
        Assert.Equal(generated.Messages.ToArray(), read.Messages.ToArray());
        Assert.Equal(generated.Invitations.ToArray(), read.Invitations.ToArray());
        Assert.Equal(generated.Positions.ToArray(), read.Positions.ToArray());
    }

    public static TheoryData<ConnectionsEra, int> ErasAndSeeds
    {
        get
        {
            var data = new TheoryData<ConnectionsEra, int>();
            foreach (var era in Enum.GetValues<ConnectionsEra>())
            {
                foreach (var seed in new[] { 3, 11, 29 })
                {
                    data.Add(era, seed);
                }
            }

            return data;
        }
    }

    [Theory]
    [MemberData(nameof(ErasAndSeeds))]
    public void Every_era_reads_back_what_it_can_hold(ConnectionsEra era, int seed)
    {
        var generated = SampleExportGenerator.Generate(new SampleOptions(250, seed, new DateOnly(2026, 11, 1)));
        using var folder = new TempFolder();
        var path = folder.File("Connections.csv", ConnectionsCsv.Render(generated.Connections, era));

        var read = ExportReader.Read(path);

        Assert.Empty(read.Issues);
        var expected = generated.Connections.Select(c => ConnectionsCsv.AsReadBack(c, era));
        if (era == ConnectionsEra.UserEdited)
        {
            Assert.Equal(expected.OrderBy(c => c.ToString(), StringComparer.Ordinal), read.Connections.OrderBy(c => c.ToString(), StringComparer.Ordinal));
        }
        else
        {
            Assert.Equal(expected.ToArray(), read.Connections.ToArray());
        }
    }
}
