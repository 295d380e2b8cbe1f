using System.Collections.Immutable;
using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;
using NetworkAdvisor.Model;
using NetworkAdvisor.Samples;

namespace NetworkAdvisor.Tests.Samples;

public sealed partial class SampleExportGeneratorTests
{
    private static readonly DateOnly AsOf = SampleBundles.AsOf;

    public static TheoryData<int, int> Sizes => new()
    {
        { 0, 1 },
        { 1, 2 },
        { 7, 3 },
        { 250, 4 },
        { 2_500, 42 },
    };

    [Theory]
    [MemberData(nameof(Sizes))]
    public void Same_options_give_identical_bundles(int connections, int seed)
    {
        var options = new SampleOptions(connections, seed, AsOf);

        var first = SampleExportGenerator.Generate(options);
        var second = SampleExportGenerator.Generate(options);

        AssertSame(first, second);
    }

    [Fact]
    public void The_current_culture_changes_nothing()
    {
        var options = new SampleOptions(500, 11, AsOf);
        var original = CultureInfo.CurrentCulture;
        ExportBundle invariant;
        ExportBundle turkish;
        ExportBundle german;
        try
        {
            CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;
            invariant = SampleExportGenerator.Generate(options);
            CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo("tr-TR");
            turkish = SampleExportGenerator.Generate(options);
            CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo("de-DE");
            german = SampleExportGenerator.Generate(options);
        }
        finally
        {
            CultureInfo.CurrentCulture = original;
        }

        AssertSame(invariant, turkish);
        AssertSame(invariant, german);
    }

    [Theory]
    [InlineData(1, 2)]
    [InlineData(42, 43)]
    [InlineData(-7, 7)]
    public void Different_seeds_give_different_bundles(int seed, int otherSeed)
    {
        var first = SampleBundles.Get(250, seed);
        var second = SampleBundles.Get(250, otherSeed);

        Assert.False(first.Connections.SequenceEqual(second.Connections));
        Assert.False(first.Messages.SequenceEqual(second.Messages));
        Assert.False(first.Invitations.SequenceEqual(second.Invitations));
        Assert.NotEqual(first.Source, second.Source);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(7)]
    [InlineData(100)]
    [InlineData(2_500)]
    [InlineData(30_000)]
    public void Connection_count_is_exactly_the_requested_one(int connections)
    {
        var bundle = SampleBundles.Get(connections, 5);

        Assert.Equal(connections, bundle.Connections.Length);
    }

    [Fact]
    public void Source_names_the_seed_and_the_import_account_is_empty()
    {
        var bundle = SampleBundles.Get(250, -7);

        Assert.Equal("sample:seed=-7", bundle.Source);
        Assert.Empty(bundle.Files);
        Assert.Empty(bundle.Skipped);
        Assert.Empty(bundle.Issues);
        Assert.NotNull(bundle.Profile);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(42)]
    public void About_one_percent_of_profiles_are_hidden(int seed)
    {
        var bundle = SampleBundles.Get(2_500, seed);

        var hidden = bundle.Connections.Where(c => c.IsHidden).ToList();
        var share = hidden.Count / (double)bundle.Connections.Length;

        Assert.InRange(share, 0.003, 0.02);
        Assert.All(hidden, c => Assert.Equal(new Connection("", "", "", "", "", "", c.ConnectedOn), c));
    }

    [Theory]
    [InlineData(250, 1)]
    [InlineData(2_500, 42)]
    [InlineData(30_000, 5)]
    public void Nothing_happens_after_the_export_date(int connections, int seed)
    {
        var bundle = SampleBundles.Get(connections, seed);
        var end = AsOf.ToDateTime(new TimeOnly(23, 59, 59));

        Assert.All(bundle.Connections, c => Assert.True(c.ConnectedOn <= AsOf));
        Assert.All(bundle.Invitations, i => Assert.True(i.SentAt <= end));
        Assert.All(bundle.Messages, m => Assert.True(m.SentAt <= end));
        Assert.All(bundle.Endorsements, e => Assert.True(e.EndorsedOn <= end));
        Assert.All(bundle.Recommendations, r => Assert.True(r.CreatedAt <= end));
        Assert.All(bundle.CompanyFollows, f => Assert.True(f.FollowedOn <= end));
        Assert.All(bundle.Positions, p => Assert.True(p.StartedOn <= AsOf && (p.FinishedOn ?? AsOf) <= AsOf));
    }

    [Theory]
    [InlineData(2_500, 42)]
    [InlineData(30_000, 5)]
    public void Every_moment_is_exactly_representable_in_the_export_formats(int connections, int seed)
    {
        var bundle = SampleBundles.Get(connections, seed);

        Assert.All(bundle.Messages, m => AssertPrecision(m.SentAt, DateTimeKind.Utc, TimeSpan.TicksPerSecond));
        Assert.All(bundle.Invitations, i => AssertPrecision(i.SentAt, DateTimeKind.Unspecified, TimeSpan.TicksPerMinute));
        Assert.All(bundle.Endorsements, e => AssertPrecision(e.EndorsedOn!.Value, DateTimeKind.Utc, TimeSpan.TicksPerSecond));
        Assert.All(bundle.Recommendations, r => AssertPrecision(r.CreatedAt!.Value, DateTimeKind.Unspecified, TimeSpan.TicksPerMinute));
        Assert.All(bundle.CompanyFollows, f => AssertPrecision(f.FollowedOn!.Value, DateTimeKind.Utc, TimeSpan.TicksPerSecond));
    }

    [Theory]
    [InlineData(2_500, 42)]
    [InlineData(30_000, 5)]
    public void Lists_are_newest_first(int connections, int seed)
    {
        var bundle = SampleBundles.Get(connections, seed);

        AssertDescending(bundle.Connections.Select(c => c.ConnectedOn.ToDateTime(TimeOnly.MinValue)));
        AssertDescending(bundle.Invitations.Select(i => i.SentAt));
        AssertDescending(bundle.Messages.Select(m => m.SentAt));
        AssertDescending(bundle.Positions.Select(p => p.StartedOn!.Value.ToDateTime(TimeOnly.MinValue)));
    }

    [Theory]
    [InlineData(2_500, 42)]
    [InlineData(30_000, 5)]
    public void Profile_urls_are_unique_and_well_formed(int connections, int seed)
    {
        var bundle = SampleBundles.Get(connections, seed);
        var urls = bundle.Connections.Where(c => !c.IsHidden).Select(c => c.ProfileUrl).ToList();

        Assert.All(urls, u => Assert.Matches(ProfileUrl(), u));
        Assert.Equal(urls.Count, urls.Distinct(StringComparer.Ordinal).Count());
        Assert.DoesNotContain(SampleBundles.OwnerUrl(bundle), urls);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(42)]
    public void Connections_have_multilingual_names_sparse_emails_and_awkward_companies(int seed)
    {
        var bundle = SampleBundles.Get(2_500, seed);
        var visible = bundle.Connections.Where(c => !c.IsHidden).ToList();

        Assert.Contains(visible, c => c.FullName.Any(ch => "äöüßéèçñãõøåæ".Contains(ch, StringComparison.Ordinal)));
        Assert.InRange(visible.Count(c => c.Email.Length > 0) / (double)visible.Count, 0.05, 0.15);
        Assert.All(visible.Where(c => c.Email.Length > 0), c => Assert.Matches(Email(), c.Email));
        Assert.Contains(visible, c => c.Company.Contains(',', StringComparison.Ordinal));
        Assert.Contains(visible, c => c.Company.Contains('"', StringComparison.Ordinal));
        Assert.Contains(visible, c => c.Position.Length == 0);
        Assert.Contains(visible, c => c.Company is "Self-employed" or "Freelance" or "Selbstständig" or "Freiberuflich" or "Indépendant" or "Zelfstandig");
        Assert.Contains(visible, c => LegalSuffix().IsMatch(c.Company));
    }

    [Theory]
    [InlineData(2_500, 42)]
    [InlineData(30_000, 5)]
    public void Companies_have_a_few_big_employers_and_a_long_tail(int connections, int seed)
    {
        var bundle = SampleBundles.Get(connections, seed);
        var counts = bundle.Connections
            .Where(c => c.Company.Length > 0)
            .GroupBy(c => c.Company, StringComparer.Ordinal)
            .Select(g => g.Count())
            .OrderDescending()
            .ToList();

        Assert.True(counts[0] >= connections * 0.03, $"biggest employer has {counts[0]}");
        Assert.True(counts.Count(c => c == 1) >= counts.Count * 0.5, "most companies are one-offs");
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(42)]
    public void Some_connections_work_at_the_owners_companies(int seed)
    {
        var bundle = SampleBundles.Get(2_500, seed);
        var companies = bundle.Connections.Select(c => c.Company).ToHashSet(StringComparer.Ordinal);

        var shared = bundle.Positions.Count(p => companies.Contains(p.CompanyName));

        Assert.True(shared >= 2, $"only {shared} of the owner's companies appear among connections");
        var current = bundle.Positions.Single(p => p.IsCurrent);
        Assert.True(bundle.Connections.Count(c => c.Company == current.CompanyName) >= 10);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(42)]
    [InlineData(-7)]
    public void Positions_are_a_career_with_one_current_job(int seed)
    {
        var positions = SampleBundles.Get(250, seed).Positions;

        Assert.InRange(positions.Length, 3, 6);
        Assert.True(positions[0].IsCurrent);
        Assert.All(positions.Skip(1), p => Assert.False(p.IsCurrent));
        Assert.All(positions, p => Assert.Equal(1, p.StartedOn!.Value.Day));
        Assert.All(positions.Skip(1), p => Assert.Equal(1, p.FinishedOn!.Value.Day));
        Assert.All(positions.Skip(1), p => Assert.True(p.FinishedOn >= p.StartedOn));
        Assert.All(positions, p => Assert.False(string.IsNullOrWhiteSpace(p.Title)));
        Assert.Equal(positions.Length, positions.Select(p => p.CompanyName).Distinct(StringComparer.Ordinal).Count());
    }

    [Theory]
    [InlineData(1)]
    [InlineData(42)]
    public void The_network_grows_with_bursts(int seed)
    {
        var bundle = SampleBundles.Get(2_500, seed);
        var perYear = bundle.Connections
            .GroupBy(c => c.ConnectedOn.Year)
            .ToDictionary(g => g.Key, g => g.Count());
        var years = perYear.Keys.Order().ToList();

        Assert.True(years.Count >= 5, "connections spread over years");
        var jumps = years.Skip(1).Count(y => perYear.GetValueOrDefault(y - 1) > 0 && perYear[y] >= 2 * perYear[y - 1]);
        Assert.True(jumps >= 1, "at least one burst year with twice the adds of the year before");
    }

    public static TheoryData<string, string[]> TitleLanguages => new()
    {
        { "English", ["Senior ", "Engineer", "Head of ", "Manager"] },
        { "German", ["Leiter", "Werkstudent", "Geschäftsführer", "Vertrieb", "Einkauf", "entwickler", "Projektleiter", "Berater"] },
        { "French", ["Directeur", "Directrice", "Ingénieur", "Chef de projet", "Stagiaire", "Chargé", "Fondat"] },
        { "Spanish", ["Jefe de", "Jefa de", "Becari", "Ingenier", "Ventas", "Director de", "Directora de", "Gerente de"] },
        { "Portuguese", ["Diretor de", "Diretora de", "Estagiári", "Coordenador", "Vendas", "Sênior", "Engenheir"] },
        { "Italian", ["Responsabile", "Direttore", "Direttrice", "Stagista", "Sviluppat", "Acquisti", "Vendite", "Amministra"] },
        { "Dutch", ["Inkoper", "Hoofd ", "Teamleider", "medewerker", "Adviseur", "Verkoop", "Stagiair", "Eigenaar", "Oprichter"] },
        { "Nordic", ["chef", "sjef", "päällikkö", "ledare", "Toimitusjohtaja", "Daglig leder", "utvikler", "utvecklare", "udvikler", "VD"] },
    };

    [Theory]
    [MemberData(nameof(TitleLanguages))]
    public void Titles_come_in_many_languages(string language, string[] markers)
    {
        var titles = SampleBundles.Get(2_500, 42).Connections.Select(c => c.Position).ToList();

        Assert.True(
            titles.Any(t => markers.Any(m => t.Contains(m, StringComparison.Ordinal))),
            $"no {language} title among 2,500 connections");
    }

    [Theory]
    [InlineData(250, 1)]
    [InlineData(2_500, 42)]
    [InlineData(30_000, 5)]
    public void Invitations_go_both_ways_with_some_notes(int connections, int seed)
    {
        var bundle = SampleBundles.Get(connections, seed);
        var owner = SampleBundles.OwnerName(bundle);
        var ownerUrl = SampleBundles.OwnerUrl(bundle);
        var invitations = bundle.Invitations;

        Assert.InRange(invitations.Length, (int)Math.Floor(connections * 0.02), (int)Math.Ceiling(connections * 0.05));
        var incoming = invitations.Where(i => i.Direction == InvitationDirection.Incoming).ToList();
        var outgoing = invitations.Where(i => i.Direction == InvitationDirection.Outgoing).ToList();
        Assert.NotEmpty(incoming);
        Assert.NotEmpty(outgoing);
        Assert.All(incoming, i => Assert.Equal((owner, ownerUrl), (i.To, i.InviteeProfileUrl)));
        Assert.All(outgoing, i => Assert.Equal((owner, ownerUrl), (i.From, i.InviterProfileUrl)));
        Assert.All(invitations, i => Assert.Matches(ProfileUrl(), i.InviterProfileUrl));
        Assert.All(invitations, i => Assert.Matches(ProfileUrl(), i.InviteeProfileUrl));
        Assert.Contains(invitations, i => i.Message.Length > 0);
        Assert.Contains(invitations, i => i.Message.Length == 0);
        Assert.All(invitations, i => Assert.InRange(i.SentAt, AsOf.ToDateTime(TimeOnly.MinValue).AddDays(-121), AsOf.ToDateTime(new TimeOnly(23, 59))));
    }

    [Theory]
    [InlineData(250, 1)]
    [InlineData(2_500, 42)]
    [InlineData(30_000, 5)]
    public void Messages_go_both_ways_with_a_part_of_the_network(int connections, int seed)
    {
        var bundle = SampleBundles.Get(connections, seed);
        var ownerUrl = SampleBundles.OwnerUrl(bundle);
        var messages = bundle.Messages;

        Assert.InRange(messages.Length, 1, 5 * connections);
        Assert.All(messages, m => Assert.Equal(m.SenderProfileUrl == ownerUrl ? "SENT" : "INBOX", m.Folder));
        Assert.All(messages.Where(m => m.Folder == "INBOX"), m => Assert.Contains(ownerUrl, m.RecipientProfileUrls.Split(','), StringComparer.Ordinal));
        Assert.Contains(messages, m => m.Folder == "SENT");
        Assert.Contains(messages, m => m.Folder == "INBOX");
        Assert.Contains(messages, m => m.Content.Contains('\n', StringComparison.Ordinal));
        Assert.Contains(messages, m => m.Content.Contains("<p>", StringComparison.Ordinal));
        Assert.True(messages.Count(m => m.ConversationTitle.Length == 0) > messages.Length * 0.8, "titles mostly empty");
        Assert.True(messages.Count(m => m.Subject.Length == 0) > messages.Length * 0.8, "subjects mostly empty");
        Assert.All(messages, m => Assert.Matches(ConversationId(), m.ConversationId));

        var visible = bundle.Connections.Where(c => !c.IsHidden).Select(c => c.ProfileUrl).ToHashSet(StringComparer.Ordinal);
        var messaged = messages
            .SelectMany(m => m.RecipientProfileUrls.Split(',').Append(m.SenderProfileUrl))
            .Where(visible.Contains)
            .Distinct(StringComparer.Ordinal)
            .Count();
        Assert.InRange(messaged / (double)visible.Count, 0.2, 0.4);
    }

    [Theory]
    [InlineData(2_500, 42)]
    [InlineData(30_000, 5)]
    public void Messages_with_a_connection_start_after_connecting(int connections, int seed)
    {
        var bundle = SampleBundles.Get(connections, seed);
        var connectedOn = bundle.Connections.Where(c => !c.IsHidden)
            .ToDictionary(c => c.ProfileUrl, c => c.ConnectedOn, StringComparer.Ordinal);

        foreach (var message in bundle.Messages.Where(m => !m.RecipientProfileUrls.Contains(',', StringComparison.Ordinal)))
        {
            var other = message.Folder == "SENT" ? message.RecipientProfileUrls : message.SenderProfileUrl;
            Assert.True(DateOnly.FromDateTime(message.SentAt) >= connectedOn[other], $"{message.SentAt} before connecting to {other}");
        }
    }

    [Theory]
    [InlineData(250, 1)]
    [InlineData(2_500, 42)]
    public void Endorsements_recommendations_skills_and_follows_are_plausible(int connections, int seed)
    {
        var bundle = SampleBundles.Get(connections, seed);
        var connectionUrls = bundle.Connections.Select(c => c.ProfileUrl).ToHashSet(StringComparer.Ordinal);
        var skills = bundle.Skills.Select(s => s.Name).ToList();

        Assert.InRange(skills.Count, 15, 40);
        Assert.Equal(skills.Count, skills.Distinct(StringComparer.Ordinal).Count());

        Assert.NotEmpty(bundle.Endorsements);
        Assert.All(bundle.Endorsements, e => Assert.Equal("ACCEPTED", e.Status));
        Assert.All(bundle.Endorsements, e => Assert.Contains(e.SkillName, skills));
        Assert.All(bundle.Endorsements, e => Assert.StartsWith("www.linkedin.com/in/", e.EndorserProfileUrl, StringComparison.Ordinal));
        var fromConnections = bundle.Endorsements.Count(e => connectionUrls.Contains("https://" + e.EndorserProfileUrl));
        Assert.True(fromConnections > bundle.Endorsements.Length / 2, "endorsements mostly from connections");

        Assert.All(bundle.Recommendations, r => Assert.Equal("VISIBLE", r.Status));
        Assert.All(bundle.Recommendations, r => Assert.False(string.IsNullOrWhiteSpace(r.Text)));
        Assert.All(bundle.Recommendations, r => Assert.Contains(bundle.Connections, c => c.FirstName == r.FirstName && c.LastName == r.LastName));

        Assert.InRange(bundle.CompanyFollows.Length, 3, 40);
        Assert.Equal(bundle.CompanyFollows.Length, bundle.CompanyFollows.Select(f => f.Organization).Distinct(StringComparer.Ordinal).Count());
    }

    [Fact]
    public void Thirty_thousand_connections_generate_quickly()
    {
        var stopwatch = Stopwatch.StartNew();
        var bundle = SampleExportGenerator.Generate(new SampleOptions(30_000, 99, AsOf));
        stopwatch.Stop();

        Assert.Equal(30_000, bundle.Connections.Length);

        // Generous on purpose (shared CI machines); the point is to catch quadratic work.
        Assert.True(stopwatch.Elapsed < TimeSpan.FromSeconds(15), $"took {stopwatch.Elapsed}");
    }

    internal static void AssertSame(ExportBundle expected, ExportBundle actual)
    {
        Assert.Equal(expected.Source, actual.Source);
        Assert.Equal(expected.Profile, actual.Profile);
        AssertSequence(expected.Connections, actual.Connections);
        AssertSequence(expected.Invitations, actual.Invitations);
        AssertSequence(expected.Messages, actual.Messages);
        AssertSequence(expected.Positions, actual.Positions);
        AssertSequence(expected.Endorsements, actual.Endorsements);
        AssertSequence(expected.Recommendations, actual.Recommendations);
        AssertSequence(expected.Skills, actual.Skills);
        AssertSequence(expected.CompanyFollows, actual.CompanyFollows);
        AssertSequence(expected.Files, actual.Files);
        AssertSequence(expected.Skipped, actual.Skipped);
        AssertSequence(expected.Issues, actual.Issues);
    }

    private static void AssertSequence<T>(ImmutableArray<T> expected, ImmutableArray<T> actual) =>
        Assert.True(expected.SequenceEqual(actual), $"{typeof(T).Name} lists differ");

    private static void AssertPrecision(DateTime value, DateTimeKind kind, long ticks)
    {
        Assert.Equal(kind, value.Kind);
        Assert.Equal(0, value.Ticks % ticks);
    }

    private static void AssertDescending(IEnumerable<DateTime> values)
    {
        var previous = DateTime.MaxValue;
        foreach (var value in values)
        {
            Assert.True(value <= previous, $"{value:O} after {previous:O}");
            previous = value;
        }
    }

    [GeneratedRegex("^https://www\\.linkedin\\.com/in/[a-z0-9]+(-[a-z0-9]+)*$")]
    private static partial Regex ProfileUrl();

    [GeneratedRegex("^[a-z0-9._]+@[a-z0-9-]+(\\.[a-z0-9-]+)+$")]
    private static partial Regex Email();

    [GeneratedRegex("^2-[A-Za-z0-9+/]+={0,2}$")]
    private static partial Regex ConversationId();

    [GeneratedRegex(" (GmbH|Inc\\.|S\\.A\\.|B\\.V\\.|& Co\\. KG|AG|Ltd|S\\.r\\.l\\.|Oy|AB|A/S)$")]
    private static partial Regex LegalSuffix();
}
