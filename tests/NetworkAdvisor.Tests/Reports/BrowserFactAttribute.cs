namespace NetworkAdvisor.Tests.Reports;

/// <summary>
/// A test that needs headless Chromium: skipped, with the reason, where it is not installed on a
/// developer machine; in CI (CI=true) it runs and fails when Chromium is missing.
/// </summary>
public sealed class BrowserFactAttribute : FactAttribute
{
    public BrowserFactAttribute()
    {
        if (Chromium.Path is null && !string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase))
        {
            Skip = "Chromium is not installed (apt-get install chromium); CI installs it and runs this test";
        }
    }
}
