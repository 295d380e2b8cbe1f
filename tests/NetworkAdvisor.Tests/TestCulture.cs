using System.Globalization;
using System.Runtime.CompilerServices;

namespace NetworkAdvisor.Tests;

/// <summary>
/// Runs the whole suite under the culture named by NETWORKADVISOR_TEST_CULTURE (e.g. de-DE,
/// tr-TR); the README's test command runs the suite once per culture.
/// </summary>
internal static class TestCulture
{
    public static string? Requested => Environment.GetEnvironmentVariable("NETWORKADVISOR_TEST_CULTURE");

    [ModuleInitializer]
    internal static void Apply()
    {
        var name = Requested;
        if (string.IsNullOrEmpty(name))
        {
            return;
        }

        var culture = name == "invariant" ? CultureInfo.InvariantCulture : CultureInfo.GetCultureInfo(name);
        CultureInfo.DefaultThreadCurrentCulture = culture;
        CultureInfo.DefaultThreadCurrentUICulture = culture;
        CultureInfo.CurrentCulture = culture;
        CultureInfo.CurrentUICulture = culture;
    }
}

public sealed class TestCultureTests
{
    [Fact]
    public void The_requested_culture_is_in_effect()
    {
        var name = TestCulture.Requested;
        var expected = string.IsNullOrEmpty(name) ? null : name == "invariant" ? string.Empty : name;
        if (expected is not null)
        {
            Assert.Equal(expected, CultureInfo.CurrentCulture.Name);
        }

        // Sanity: the culture-sensitive traps the suite guards against are live under de-DE and tr-TR.
        Assert.Equal("1.5", 1.5.ToString(CultureInfo.InvariantCulture));
    }
}
