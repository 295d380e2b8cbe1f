namespace NetworkAdvisor.Notebooks.Tests;

/// <summary>Paths in the repository these tests run from (found from the test binaries upward).</summary>
internal static class Repo
{
    public static string Root { get; } = FindRoot();

    public static string Notebooks => Path.Combine(Root, "notebooks");

    public static string Scripts => Path.Combine(Root, "notebooks", "scripts");

    public static string Sample => Path.Combine(Root, "data-samples", "typical", "Complete_LinkedInDataExport_11-01-2026.zip");

    public static string EarlierSample => Path.Combine(Root, "data-samples", "typical-earlier", "Complete_LinkedInDataExport_05-01-2026.zip");

    /// <summary>Where executed notebooks and script pages are kept after the run, to look at or export.</summary>
    public static string Results { get; } = Path.Combine(AppContext.BaseDirectory, "executed");

    private static string FindRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "NetworkAdvisor.sln")))
            {
                return folder.FullName;
            }
        }

        throw new InvalidOperationException($"No NetworkAdvisor.sln above {AppContext.BaseDirectory}.");
    }
}
