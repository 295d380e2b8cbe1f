using System.Text;
using NetworkAdvisor.Classification;
using NetworkAdvisor.Goals;
using NetworkAdvisor.Import;
using NetworkAdvisor.Tests.Cli;

namespace NetworkAdvisor.Tests.Import;

/// <summary>Regression tests for problems found in review: each names the input that used to break.</summary>
public sealed class HostileInputTests
{
    private const string Header = "First Name,Last Name,URL,Email Address,Company,Position,Connected On";

    [Theory]
    [InlineData("tags:\n  - &r {tag: t, company: x}\n  - *r\n", "anchors")]
    [InlineData("? &k [*k]\n: 1\n", "anchors")]
    [InlineData("tags: [[[[[[[[[[[[[[[[[[[[x]]]]]]]]]]]]]]]]]]]]\n", "nesting is too deep")]
    [InlineData("? [a, b]\n: 1\n", "keys must be plain values")]
    public void Yaml_bombs_are_refused_in_one_line(string yaml, string message)
    {
        var tags = Assert.Throws<FormatException>(() => TagRules.Parse(yaml, "t.yaml", CompanyNormalizer.Default));
        var goal = Assert.Throws<FormatException>(() => GoalFile.Parse(yaml, "g.yaml"));

        Assert.Contains(message, tags.Message, StringComparison.Ordinal);
        Assert.Contains(message, goal.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(299)]
    [InlineData(300)]
    public void A_company_cut_inside_an_emoji_does_not_throw(int prefix)
    {
        var company = new string('a', prefix) + "🚀 GmbH";

        Assert.NotEqual(string.Empty, CompanyNormalizer.Default.Normalize(company).Key);
        Assert.NotNull(CompanyNormalizer.Default.Normalize("Acme \uD800 Inc."));
    }

    [Theory]
    [InlineData("SENİOR SOFTWARE ENGİNEER", JobFunction.Engineering, Seniority.Senior)]
    [InlineData("ＣＥＯ", JobFunction.Unknown, Seniority.CXO)]
    [InlineData("𝗦𝗲𝗻𝗶𝗼𝗿 𝗦𝗼𝗳𝘁𝘄𝗮𝗿𝗲 𝗘𝗻𝗴𝗶𝗻𝗲𝗲𝗿", JobFunction.Engineering, Seniority.Senior)]
    public void Turkish_capitals_and_styled_letters_classify(string title, JobFunction function, Seniority seniority)
    {
        var result = TitleClassifier.Default.Classify(title);

        Assert.Equal((function, seniority), (result.Function, result.Seniority));
    }

    [Fact]
    public void Look_alike_files_are_skipped_not_mixed_in()
    {
        using var folder = new TempFolder();
        folder.File("Connections.csv", Header + "\nAda,L,,,Acme,CEO,08 Feb 2026");
        folder.File("Endorsement_Given_Info.csv", "Endorsement Date,Skill Name,Endorsee First Name,Endorsee Last Name,Endorsee Public Url,Endorsement Status\n2025/03/01 10:00:00 UTC,C#,Bob,Stone,x,ACCEPTED");
        folder.File("guide_messages.csv", "CONVERSATION ID,CONVERSATION TITLE,FROM,SENDER PROFILE URL,TO,RECIPIENT PROFILE URLS,DATE,SUBJECT,CONTENT,FOLDER\nc,,Coach,,Ada,,2026-01-01 10:00:00 UTC,,hi,INBOX");

        var bundle = ExportReader.Read(folder.Path);

        Assert.Empty(bundle.Endorsements);
        Assert.Empty(bundle.Messages);
        Assert.Contains("Endorsement_Given_Info.csv", bundle.Skipped);
        Assert.Contains("guide_messages.csv", bundle.Skipped);
    }

    [Fact]
    public void A_second_export_in_the_same_folder_is_reported_not_doubled()
    {
        using var folder = new TempFolder();
        folder.File("Basic/Connections.csv", Header + "\nAda,L,,,Acme,CEO,08 Feb 2026");
        folder.File("Complete/Connections.csv", Header + "\nAda,L,,,Acme,CEO,08 Feb 2026");

        var bundle = ExportReader.Read(folder.Path);

        Assert.Single(bundle.Connections);
        var issue = Assert.Single(bundle.Issues);
        Assert.Equal("Complete/Connections.csv", issue.File);
        Assert.Contains("Basic/Connections.csv was already read", issue.Reason, StringComparison.Ordinal);
        Assert.Contains("Complete/Connections.csv", bundle.Skipped);
    }

    [Fact]
    public void A_header_after_a_long_preamble_or_a_stray_quote_is_found()
    {
        using var folder = new TempFolder();
        var preamble = string.Concat(Enumerable.Range(0, 30).Select(i => $"note line {i}\n"));
        var path = folder.File("Connections.csv", "Notes:\n\"an unclosed quote\n" + preamble + Header + "\nAda,L,,,\"Acme, Inc\",CEO,08 Feb 2026");

        var bundle = ExportReader.Read(path);

        Assert.Empty(bundle.Issues);
        Assert.Equal("Acme, Inc", Assert.Single(bundle.Connections).Company);
        Assert.Equal(33, bundle.Files[0].HeaderLine);
    }

    [Theory]
    [InlineData("utf-16")]
    [InlineData("utf-16BE")]
    public void Utf16_without_a_bom_is_decoded(string encoding)
    {
        using var folder = new TempFolder();
        var path = folder.File("Connections.csv", Encoding.GetEncoding(encoding).GetBytes(Header + "\nZoë,L,,,Acme,CEO,08 Feb 2026"));

        var bundle = ExportReader.Read(path);

        Assert.Empty(bundle.Issues);
        Assert.Equal("Zoë", Assert.Single(bundle.Connections).FirstName);
    }

    [Fact]
    public void A_trailing_separator_on_the_header_is_not_a_column()
    {
        using var folder = new TempFolder();
        var path = folder.File("Connections.csv", Header + ",\nAda,L,,,Acme,CEO,08 Feb 2026");

        var bundle = ExportReader.Read(path);

        Assert.Empty(bundle.Issues);
        Assert.Single(bundle.Connections);
    }

    [Fact]
    public void Terminal_escapes_in_data_are_shown_not_obeyed()
    {
        using var folder = new TempFolder();
        folder.File("Connections.csv", Header + "\nAda,L,,,\u001b]0;pwned\u0007Acme,CEO,08 Feb 2026");

        var (exit, output, _) = CliRunner.Run("segments", folder.Path, "--by", "company");

        Assert.Equal(0, exit);
        Assert.DoesNotContain('\u001b', output);
        Assert.Contains("\\u001B]0;pwned\\u0007Acme", output, StringComparison.Ordinal);
    }

    [Fact]
    public void A_sample_date_outside_the_zip_range_is_a_usage_error()
    {
        using var folder = new TempFolder();

        var (exit, _, error) = CliRunner.Run("sample", "-o", Path.Combine(folder.Path, "x.zip"), "--as-of", "1979-06-01", "--connections", "10");

        Assert.Equal(2, exit);
        Assert.Contains("--as-of for samples must be between", error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_line_break_in_a_file_name_is_shown_not_printed()
    {
        using var folder = new TempFolder();
        folder.File("my\nexport.csv", Header + "\nAda,L,,,Acme,CEO,08 Feb 2026");

        var bundle = ExportReader.Read(folder.Path);

        Assert.Equal("my\\nexport.csv", Assert.Single(bundle.Files).Path);
    }
}
