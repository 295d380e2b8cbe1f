using NetworkAdvisor.Export;
using NetworkAdvisor.Model;
using NetworkAdvisor.Samples;

namespace NetworkAdvisor.Tests.Robustness;

/// <summary>
/// Injection payloads in the spirit of the OWASP XSS filter-evasion cheat sheet, CSV formula
/// injection and JSON-breaking characters, placed in every text field of a generated export.
/// Payloads that would run set document.title to "pwned", so a browser test can see it.
/// </summary>
internal static class HostileCorpus
{
    public static readonly string[] Payloads =
    [
        "<script>document.title='pwned'</script>",
        "\"><img src=x onerror=\"document.title='pwned'\">",
        "</script><script>document.title='pwned'</script>",
        "<svg/onload=document.title='pwned'>",
        "<iframe srcdoc=\"<script>parent.document.title='pwned'</script>\"></iframe>",
        "javascript:document.title='pwned'",
        "'';!--\"<XSS>=&{()}",
        "<a href=\"javascript:document.title='pwned'\">click</a>",
        "{{constructor.constructor('document.title=\"pwned\"')()}}",
        "%{x}%{customdata} <b>bold</b>",
        "=HYPERLINK(\"http://evil.example\",\"x\")",
        "+cmd|' /C calc'!A0",
        "-2+3+cmd|' /C calc'!A0",
        "@SUM(1+1)*cmd|' /C calc'!A0",
        "\t=1+1",
        "\r=1+1",
        "line\u2028separator\u2029paragraph",
        "quote\" backslash\\ newline\n end",
        "\u202Eevil right-to-left",
    ];

    /// <summary>A generated export with a payload in every text field.</summary>
    public static ExportBundle Bundle(int connections = 150)
    {
        var bundle = SampleExportGenerator.Generate(new SampleOptions(connections, 21, new DateOnly(2026, 11, 1)));
        string P(int i) => Payloads[i % Payloads.Length];
        return bundle with
        {
            Connections = [.. bundle.Connections.Select((c, i) => c.IsHidden ? c : c with
            {
                FirstName = P(i),
                LastName = P(i + 1),
                Company = P(i + 2) + " GmbH",
                Position = P(i + 3) + " Engineer",
                Email = i % 7 == 0 ? "x@example.com" : c.Email,
            })],
            Invitations = [.. bundle.Invitations.Select((v, i) => v with { From = P(i), To = P(i + 4), Message = P(i + 5) })],
            Messages = [.. bundle.Messages.Select((m, i) => m with { Content = P(i), Subject = P(i + 6), From = i % 3 == 0 ? P(i) : m.From })],
            Positions = [.. bundle.Positions.Select((p, i) => p with { CompanyName = P(i) + " AG", Title = P(i + 7) })],
            Profile = bundle.Profile is { } profile ? profile with { Headline = P(8), Summary = P(9) } : null,
        };
    }

    /// <summary>Writes the hostile export as an unzipped folder.</summary>
    public static string WriteFolder(TempFolder folder, int connections = 150)
    {
        var path = Path.Combine(folder.Path, "export");
        ExportWriter.WriteFolder(Bundle(connections), path);
        return path;
    }
}
