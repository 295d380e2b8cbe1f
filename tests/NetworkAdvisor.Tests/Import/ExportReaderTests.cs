using System.IO.Compression;
using NetworkAdvisor.Import;
using NetworkAdvisor.Model;

namespace NetworkAdvisor.Tests.Import;

public sealed class ExportReaderTests
{
    private const string Connections = "Notes:\n\"note\"\n\nFirst Name,Last Name,URL,Email Address,Company,Position,Connected On\nAda,Lovelace,https://www.linkedin.com/in/ada,,Engines,CTO,08 Feb 2026";
    private const string Invitations = "From,To,Sent At,Message,Direction,inviterProfileUrl,inviteeProfileUrl\nBob Stone,Ada Lovelace,\"1/29/26, 2:37 PM\",\"Hi Ada, let's connect\",INCOMING,https://www.linkedin.com/in/bob,https://www.linkedin.com/in/ada\nAda Lovelace,Cyd Park,\"2/1/26, 9:05 AM\",,OUTGOING,,";
    private const string Messages = "CONVERSATION ID,CONVERSATION TITLE,FROM,SENDER PROFILE URL,TO,RECIPIENT PROFILE URLS,DATE,SUBJECT,CONTENT,FOLDER,ATTACHMENTS,IS MESSAGE DRAFT\nc1,,Bob Stone,https://www.linkedin.com/in/bob,Ada Lovelace,https://www.linkedin.com/in/ada,2026-01-30 08:15:00 UTC,,\"<p>Thanks,\nAda!</p>\",INBOX,,No";
    private const string Positions = "Company Name,Title,Description,Location,Started On,Finished On\nEngines,CTO,\"Builds, ships\",London,Jan 2024,\nOld Co,Engineer,,Paris,Mar 2019,Dec 2023";
    private const string Profile = "First Name,Last Name,Maiden Name,Address,Birth Date,Headline,Summary,Industry,Zip Code,Geo Location,Twitter Handles,Websites,Instant Messengers\nAda,Lovelace,,,,CTO at Engines,Math,Software Development,,London,,,";
    private const string Endorsements = "Endorsement Date,Skill Name,Endorser First Name,Endorser Last Name,Endorser Public Url,Endorsement Status\n2025/03/01 10:00:00 UTC,C#,Bob,Stone,www.linkedin.com/in/bob,ACCEPTED";
    private const string Recommendations = "First Name,Last Name,Company,Job Title,Text,Creation Date,Status\nBob,Stone,Acme,CEO,\"Great, truly\",\"04/29/21, 10:27 AM\",VISIBLE";
    private const string Skills = "Name\nC#\nF#";
    private const string Follows = "Organization,Followed On\nAcme,Wed Jun 24 12:43:42 UTC 2026";

    private static (string, string)[] CompleteExport(string prefix = "") =>
    [
        (prefix + "Connections.csv", Connections),
        (prefix + "Invitations.csv", Invitations),
        (prefix + "messages.csv", Messages),
        (prefix + "Positions.csv", Positions),
        (prefix + "Profile.csv", Profile),
        (prefix + "Endorsement_Received_Info.csv", Endorsements),
        (prefix + "Recommendations_Received.csv", Recommendations),
        (prefix + "Recommendations_Given.csv", Recommendations),
        (prefix + "Skills.csv", Skills),
        (prefix + "Company Follows.csv", Follows),
        (prefix + "Articles/Articles/post.html", "<html></html>"),
        (prefix + "Comments.csv", "Date,Link,Message\n2024-01-01 10:00:00,https://x,hi"),
    ];

    [Theory]
    [InlineData("Basic_LinkedInDataExport_02-08-2026.zip", "")]
    [InlineData("Complete_LinkedInDataExport_02-08-2026.zip", "")]
    [InlineData("Initial_LinkedInDataExport_02-08-2017.zip", "")]
    [InlineData("export.zip", "Complete_LinkedInDataExport_02-08-2026/")]
    public void Reads_a_complete_archive(string zipName, string prefix)
    {
        using var folder = new TempFolder();
        var path = folder.Zip(zipName, CompleteExport(prefix));

        AssertComplete(ExportReader.Read(path), prefix);
    }

    [Fact]
    public void Reads_an_unzipped_folder()
    {
        using var folder = new TempFolder();
        foreach (var (name, content) in CompleteExport())
        {
            folder.File(name, content);
        }

        AssertComplete(ExportReader.Read(folder.Path), "");
    }

    [Fact]
    public void Recognises_files_by_header_not_name()
    {
        using var folder = new TempFolder();
        folder.File("my contacts (1).csv", Connections);
        folder.File("invites.csv", Invitations);

        var bundle = ExportReader.Read(folder.Path);

        Assert.Single(bundle.Connections);
        Assert.Equal(2, bundle.Invitations.Length);
        Assert.Equal([ExportFileKind.Invitations, ExportFileKind.Connections], bundle.Files.Select(f => f.Kind));
    }

    [Fact]
    public void Concatenates_numbered_message_parts()
    {
        using var folder = new TempFolder();
        folder.File("Connections.csv", Connections);
        folder.File("messages_1.csv", Messages);
        folder.File("messages_2.csv", Messages);

        Assert.Equal(2, ExportReader.Read(folder.Path).Messages.Length);
    }

    [Fact]
    public void A_single_connections_file_is_enough()
    {
        using var folder = new TempFolder();
        var bundle = ExportReader.Read(folder.File("Connections.csv", Connections));

        Assert.Single(bundle.Connections);
        Assert.Empty(bundle.Invitations);
        Assert.Null(bundle.Profile);
    }

    [Fact]
    public void A_path_without_connections_is_a_clear_error()
    {
        using var folder = new TempFolder();
        folder.File("Invitations.csv", Invitations);

        var error = Assert.Throws<ExportReadException>(() => ExportReader.Read(folder.Path));

        Assert.Contains("no Connections.csv found", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain('\n', error.Message);
    }

    [Fact]
    public void A_connections_file_with_an_unknown_header_names_the_file()
    {
        using var folder = new TempFolder();
        var path = folder.File("Connections.csv", "Vorname,Nachname,Firma\nAda,Lovelace,Engines");

        var error = Assert.Throws<ExportReadException>(() => ExportReader.Read(path));

        Assert.StartsWith("Connections.csv: no connections header found", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("missing.zip", "no such file or folder")]
    [InlineData("fake.zip", "not a zip archive")]
    [InlineData("truncated.zip", "not a readable zip archive")]
    public void Broken_paths_and_archives_give_one_line_errors(string name, string expected)
    {
        using var folder = new TempFolder();
        if (name == "fake.zip")
        {
            folder.File(name, "First Name,Last Name\n");
        }
        else if (name == "truncated.zip")
        {
            var full = folder.Zip("full.zip", CompleteExport());
            var bytes = File.ReadAllBytes(full);
            folder.File(name, bytes[..(bytes.Length / 2)]);
        }

        var error = Assert.Throws<ExportReadException>(() => ExportReader.Read(Path.Combine(folder.Path, name)));

        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain('\n', error.Message);
    }

    [Fact]
    public void Refuses_a_zip_bomb_before_unpacking_it()
    {
        using var folder = new TempFolder();
        var path = Path.Combine(folder.Path, "bomb.zip");
        using (var archive = ZipFile.Open(path, ZipArchiveMode.Create))
        {
            using var stream = archive.CreateEntry("Connections.csv", CompressionLevel.SmallestSize).Open();
            var zeros = new byte[1024 * 1024];
            for (var i = 0; i < 64; i++)
            {
                stream.Write(zeros);
            }
        }

        var error = Assert.Throws<ExportReadException>(() => ExportReader.Read(path));

        Assert.Contains("zip bomb", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Refuses_archives_over_the_entry_and_size_limits()
    {
        using var folder = new TempFolder();
        var path = folder.Zip("many.zip", [.. Enumerable.Range(0, 20).Select(i => ($"f{i}.txt", "x")), ("Connections.csv", Connections)]);

        var tooMany = Assert.Throws<ExportReadException>(() => ExportReader.Read(path, new ExportReadOptions(MaxEntries: 10)));
        var tooBig = Assert.Throws<ExportReadException>(() => ExportReader.Read(path, new ExportReadOptions(MaxFileBytes: 50)));

        Assert.Contains("more than the limit of 10", tooMany.Message, StringComparison.Ordinal);
        Assert.Contains("more than the limit of 50", tooBig.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Mac_resource_forks_in_archives_are_skipped()
    {
        using var folder = new TempFolder();
        var path = folder.Zip("export.zip", ("Connections.csv", Connections), ("__MACOSX/._Connections.csv", "\0\u0005binary"));

        var bundle = ExportReader.Read(path);

        Assert.Contains("__MACOSX/._Connections.csv", bundle.Skipped);
        Assert.Empty(bundle.Issues);
    }

    private static void AssertComplete(ExportBundle bundle, string prefix)
    {
        Assert.Empty(bundle.Issues);
        Assert.Equal(new Connection("Ada", "Lovelace", "https://www.linkedin.com/in/ada", "", "Engines", "CTO", new DateOnly(2026, 2, 8)), Assert.Single(bundle.Connections));

        Assert.Equal(
            [
                new Invitation("Bob Stone", "Ada Lovelace", new DateTime(2026, 1, 29, 14, 37, 0), "Hi Ada, let's connect", InvitationDirection.Incoming, "https://www.linkedin.com/in/bob", "https://www.linkedin.com/in/ada"),
                new Invitation("Ada Lovelace", "Cyd Park", new DateTime(2026, 2, 1, 9, 5, 0), "", InvitationDirection.Outgoing, "", ""),
            ],
            bundle.Invitations.ToArray());

        var message = Assert.Single(bundle.Messages);
        Assert.Equal("<p>Thanks,\nAda!</p>", message.Content);
        Assert.Equal(new DateTime(2026, 1, 30, 8, 15, 0, DateTimeKind.Utc), message.SentAt);
        Assert.Equal(DateTimeKind.Utc, message.SentAt.Kind);

        Assert.Equal(
            [
                new Position("Engines", "CTO", "Builds, ships", "London", new DateOnly(2024, 1, 1), null),
                new Position("Old Co", "Engineer", "", "Paris", new DateOnly(2019, 3, 1), new DateOnly(2023, 12, 1)),
            ],
            bundle.Positions.ToArray());
        Assert.True(bundle.Positions[0].IsCurrent);

        Assert.Equal(new Profile("Ada", "Lovelace", "CTO at Engines", "Math", "Software Development", "London"), bundle.Profile);
        Assert.Equal(new Endorsement(new DateTime(2025, 3, 1, 10, 0, 0, DateTimeKind.Utc), "C#", "Bob", "Stone", "www.linkedin.com/in/bob", "ACCEPTED"), Assert.Single(bundle.Endorsements));
        Assert.Equal(new Recommendation("Bob", "Stone", "Acme", "CEO", "Great, truly", new DateTime(2021, 4, 29, 10, 27, 0), "VISIBLE"), Assert.Single(bundle.Recommendations));
        Assert.Equal([new Skill("C#"), new Skill("F#")], bundle.Skills.ToArray());
        Assert.Equal(new CompanyFollow("Acme", new DateTime(2026, 6, 24, 12, 43, 42, DateTimeKind.Utc)), Assert.Single(bundle.CompanyFollows));

        Assert.Equal(9, bundle.Files.Length);
        Assert.All(bundle.Files, f => Assert.Equal(f.RowsRead, f.RowsLoaded + f.RowsRejected));
        Assert.Contains(prefix + "Recommendations_Given.csv", bundle.Skipped);
        Assert.Contains(prefix + "Comments.csv", bundle.Skipped);
        Assert.Contains(prefix + "Articles/Articles/post.html", bundle.Skipped);
        Assert.Equal(4, bundle.Files.Single(f => f.Kind == ExportFileKind.Connections).HeaderLine);
    }
}
