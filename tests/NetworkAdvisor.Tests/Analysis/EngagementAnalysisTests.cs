using System.Globalization;
using Microsoft.Data.Analysis;
using NetworkAdvisor.Analysis;
using NetworkAdvisor.Frames;
using NetworkAdvisor.Model;
using static NetworkAdvisor.Tests.Analysis.EngagementFixtures;

namespace NetworkAdvisor.Tests.Analysis;

public sealed class EngagementAnalysisTests
{
    private static readonly DateOnly AsOf = new(2026, 11, 1);

    private static EngagementResult Analyze(
        IReadOnlyList<Connection> connections, IReadOnlyList<Message> messages, bool withProfile = true, DateOnly? asOf = null, int top = 10) =>
        EngagementAnalysis.Analyze(AnalysisFixtures.Classify([.. connections]), messages, withProfile ? Owner : null, asOf ?? AsOf, top);

    private static EngagementContact Contact(EngagementResult result, string name) => Assert.Single(result.Contacts, c => c.Name == name);

    [Fact]
    public void Empty_network_without_messages_is_all_zero()
    {
        var result = Analyze([], []);

        Assert.Empty(result.Contacts);
        Assert.Empty(result.TopContacts);
        Assert.False(result.HasMessages);
        Assert.Equal(
            new[] { 0, 0, 0, 0, 0, 0, 0, 0, 0, 0 },
            new[] { result.Connections, result.Identified, result.Messages, result.MatchedMessages, result.UnmatchedMessages, result.IgnoredAfterAsOf, result.EverMessaged, result.Engaged12Months, result.Dormant, result.TwoWay });
        Assert.Equal(0, result.EngagedShare);
        Assert.Equal(0, result.DormantShare);
        Assert.Equal(string.Empty, result.OwnerProfileUrl);
    }

    [Fact]
    public void Empty_network_with_messages_counts_them_all_as_unmatched()
    {
        var result = Analyze([], [Out("Ada Lovelace", "https://www.linkedin.com/in/ada", "2026-01-01 10:00:00"), In("Ada Lovelace", "https://www.linkedin.com/in/ada", "2026-01-02 10:00:00")]);

        Assert.Equal(2, result.Messages);
        Assert.Equal(0, result.MatchedMessages);
        Assert.Equal(2, result.UnmatchedMessages);
        Assert.Equal("linkedin.com/in/olivia-owner", result.OwnerProfileUrl);
    }

    [Fact]
    public void One_connection_without_messages_is_never_messaged_and_dormant()
    {
        var result = Analyze([Person("Ada", "Lovelace", "https://www.linkedin.com/in/ada", "2020-01-01")], []);

        var ada = Assert.Single(result.Contacts);
        Assert.Equal((0, 0, (DateTime?)null, (DateTime?)null, false, true), (ada.Sent, ada.Received, ada.FirstContact, ada.LastContact, ada.Engaged, ada.Dormant));
        Assert.Equal((1, 0, 1, 1), (result.Identified, result.EverMessaged, result.NeverMessaged, result.Dormant));
        Assert.Equal(1.0, result.NeverMessagedShare);
    }

    [Fact]
    public void One_connection_counts_sent_received_first_and_last_contact()
    {
        var result = Analyze(
            [Person("Ada", "Lovelace", "https://www.linkedin.com/in/ada")],
            [
                Out("Ada Lovelace", "https://www.linkedin.com/in/ada", "2026-03-05 17:04:33"),
                In("Ada Lovelace", "https://www.linkedin.com/in/ada", "2026-03-06 08:00:00"),
                Out("Ada Lovelace", "https://www.linkedin.com/in/ada", "2021-07-01 09:30:00"),
            ]);

        var ada = Assert.Single(result.Contacts);
        Assert.Equal(2, ada.Sent);
        Assert.Equal(1, ada.Received);
        Assert.Equal(At("2021-07-01 09:30:00"), ada.FirstContact);
        Assert.Equal(At("2026-03-06 08:00:00"), ada.LastContact);
        Assert.True(ada.TwoWay);
        Assert.True(ada.Engaged);
        Assert.False(ada.Dormant);
        Assert.Equal((3, 3, 1, 1, 1), (result.Messages, result.MatchedMessages, result.EverMessaged, result.Engaged12Months, result.TwoWay));
    }

    [Fact]
    public void Hidden_profiles_never_match_and_are_not_in_the_denominator()
    {
        // Messages with empty names and URLs, as a hidden profile would look, must not be attributed.
        var result = Analyze(
            [Hidden("2010-01-01"), Hidden("2015-01-01"), Hidden()],
            [Message("c1", "", "", "Olivia Owner", OwnerUrl, "2026-01-01 10:00:00"), Out("", "", "2026-01-02 10:00:00"), In("Ada Lovelace", "https://www.linkedin.com/in/ada", "2026-01-03 10:00:00")]);

        Assert.Equal(3, result.Connections);
        Assert.Equal(0, result.Identified);
        Assert.Equal(3, result.Messages);
        Assert.Equal(0, result.MatchedMessages);
        Assert.All(result.Contacts, c => Assert.Equal((0, false, false), (c.Total, c.Engaged, c.Dormant)));
        Assert.Equal((0, 0, 0), (result.Dormant, result.EverMessaged, result.NeverMessaged));
        Assert.Equal(0, result.EngagedShare);
    }

    [Theory]
    // connection URL, URL in the messages, matched
    [InlineData("https://www.linkedin.com/in/ada-lovelace", "linkedin.com/in/ada-lovelace", true)]
    [InlineData("https://www.linkedin.com/in/ada-lovelace/", "http://linkedin.com/in/Ada-Lovelace", true)]
    [InlineData("linkedin.com/in/ADA-LOVELACE", "https://www.linkedin.com/in/ada-lovelace/?trk=public_profile", true)]
    [InlineData("https://WWW.LinkedIn.com/in/ada-lovelace", "  www.linkedin.com/in/ada-lovelace/  ", true)]
    [InlineData("https://www.linkedin.com/in/ada-lovelace", "https://www.linkedin.com/in/ada-lovelace-2", false)]
    public void Urls_match_whatever_their_spelling(string connectionUrl, string messageUrl, bool matched)
    {
        // The names in the messages differ from the connection's, so only the URL can match.
        var result = Analyze(
            [Person("Ada", "Lovelace", connectionUrl)],
            [Out("A. L.", messageUrl, "2026-05-01 10:00:00"), In("Countess of Lovelace", messageUrl, "2026-05-02 10:00:00")]);

        var ada = Assert.Single(result.Contacts);
        Assert.Equal(matched ? (1, 1) : (0, 0), (ada.Sent, ada.Received));
        Assert.Equal(matched ? 2 : 0, result.MatchedMessages);
    }

    [Fact]
    public void Name_is_the_fallback_when_no_url_matches_and_the_name_is_unique()
    {
        var result = Analyze(
            [Person("Grace", "Hopper"), Person("John", "Smith", "https://www.linkedin.com/in/john-1"), Person("John", "Smith", "https://www.linkedin.com/in/john-2")],
            [
                In(" grace HOPPER ", "https://www.linkedin.com/in/ACoAAB12345", "2026-01-01 10:00:00"),
                Out("Grace Hopper", "", "2026-01-02 10:00:00"),
                In("John Smith", "https://www.linkedin.com/in/ACoAAC67890", "2026-01-03 10:00:00"),
                Out("John Smith", "", "2026-01-04 10:00:00"),
            ]);

        var grace = Contact(result, "Grace Hopper");
        Assert.Equal((1, 1), (grace.Sent, grace.Received));
        Assert.All(result.Contacts.Where(c => c.Name == "John Smith"), c => Assert.Equal(0, c.Total));
        Assert.Equal(2, result.MatchedMessages);
        Assert.Equal(2, result.UnmatchedMessages);
    }

    [Theory]
    // first name, last name, the name in the messages, matched
    [InlineData("Grace", "", "GRACE", true)]
    [InlineData("", "Hopper", " hopper ", true)]
    [InlineData(" Grace", "Hopper ", "grace hopper", true)]
    [InlineData(" Grace ", " Hopper ", "Grace Hopper", false)]
    [InlineData("Grace", "Hopper", "Grace", false)]
    [InlineData("Grace", "Hopper", "Grace Hopper Jr", false)]
    [InlineData("Émile", "Zola", "ÉMILE ZOLA", true)]
    public void A_name_matches_the_trimmed_full_name_ignoring_case(string first, string last, string inMessages, bool matched) =>
        AssertMatchedByName(first, last, inMessages, matched);

    [Theory]
    [InlineData("", true)]
    [InlineData("x", false)]
    public void Names_longer_than_any_buffer_match_as_well(string lastCharacter, bool matched)
    {
        var (first, last) = (new string('g', 200), new string('h', 200));
        AssertMatchedByName(first, last, first + " " + (lastCharacter.Length == 0 ? last : last[..^1] + lastCharacter), matched);
    }

    private static void AssertMatchedByName(string first, string last, string inMessages, bool matched)
    {
        // No URL matches: the owner's messages come from and go to the name alone, once each.
        var result = Analyze(
            [Person(first, last), Person("Someone", "Else")],
            [In(inMessages, "https://www.linkedin.com/in/ACoAAB12345", "2026-01-01 10:00:00"), Out(inMessages, "", "2026-01-02 10:00:00")]);

        Assert.Equal(matched ? (1, 1) : (0, 0), (result.Contacts[0].Sent, result.Contacts[0].Received));
        Assert.Equal(0, result.Contacts[1].Total);
        Assert.Equal(matched ? 2 : 0, result.MatchedMessages);
    }

    [Fact]
    public void Name_fallback_is_not_used_for_a_connection_matched_by_url()
    {
        // Ada is matched by her URL, so a namesake writing from another URL is someone else.
        var result = Analyze(
            [Person("Ada", "Lovelace", "https://www.linkedin.com/in/ada")],
            [In("Ada Lovelace", "https://www.linkedin.com/in/ada", "2026-01-01 10:00:00"), In("Ada Lovelace", "https://www.linkedin.com/in/another-ada", "2026-01-02 10:00:00")]);

        Assert.Equal(1, Assert.Single(result.Contacts).Received);
        Assert.Equal(1, result.UnmatchedMessages);
    }

    [Fact]
    public void A_group_message_counts_for_each_matched_recipient()
    {
        var result = Analyze(
            [Person("Ada", "Lovelace", "https://www.linkedin.com/in/ada"), Person("Bob", "Builder", "https://www.linkedin.com/in/bob")],
            [
                Out("Ada Lovelace,Bob Builder,Zed Stranger", "https://www.linkedin.com/in/ada, https://www.linkedin.com/in/bob/,https://www.linkedin.com/in/zed", "2026-02-01 10:00:00", "g1"),
                Message("g1", "Ada Lovelace", "https://www.linkedin.com/in/ada", "Olivia Owner,Bob Builder,Zed Stranger", OwnerUrl + ",https://www.linkedin.com/in/bob,https://www.linkedin.com/in/zed", "2026-02-02 10:00:00"),
            ]);

        var ada = Contact(result, "Ada Lovelace");
        var bob = Contact(result, "Bob Builder");
        Assert.Equal((1, 1), (ada.Sent, ada.Received));
        Assert.Equal((1, 0), (bob.Sent, bob.Received));
        Assert.Equal((2, 2, 0), (result.Messages, result.MatchedMessages, result.UnmatchedMessages));
    }

    [Fact]
    public void Messages_after_the_as_of_day_are_ignored()
    {
        var result = Analyze(
            [Person("Ada", "Lovelace", "https://www.linkedin.com/in/ada")],
            [In("Ada Lovelace", "https://www.linkedin.com/in/ada", "2026-11-01 23:59:59"), In("Ada Lovelace", "https://www.linkedin.com/in/ada", "2026-11-02 00:00:00")]);

        var ada = Assert.Single(result.Contacts);
        Assert.Equal(1, ada.Received);
        Assert.Equal(At("2026-11-01 23:59:59"), ada.LastContact);
        Assert.Equal((1, 1), (result.Messages, result.IgnoredAfterAsOf));
    }

    [Theory]
    // as of, day of the only message, engaged: the window is (as-of minus 12 months, as-of]
    [InlineData("2025-03-01", "2024-03-01", false)]
    [InlineData("2025-03-01", "2024-03-02", true)]
    [InlineData("2025-03-01", "2025-03-01", true)]
    [InlineData("2025-03-01", "2024-02-29", false)]
    [InlineData("2025-02-28", "2024-02-28", false)]
    [InlineData("2025-02-28", "2024-02-29", true)]
    [InlineData("2024-02-29", "2023-02-28", false)]
    [InlineData("2024-02-29", "2023-03-01", true)]
    [InlineData("2024-02-29", "2024-02-29", true)]
    public void Engaged_means_a_message_in_the_last_12_months(string asOf, string day, bool engaged)
    {
        var result = Analyze(
            [Person("Ada", "Lovelace", "https://www.linkedin.com/in/ada", "2010-01-01")],
            [In("Ada Lovelace", "https://www.linkedin.com/in/ada", day + " 12:00:00")],
            asOf: Day(asOf));

        Assert.Equal(engaged, Assert.Single(result.Contacts).Engaged);
        Assert.Equal(engaged ? 1 : 0, result.Engaged12Months);
    }

    [Theory]
    // as of, connected on, day of the last message ("" for none), dormant
    [InlineData("2026-11-01", "2025-11-01", "", false)] // connected exactly 12 months ago: not more than 12 months
    [InlineData("2026-11-01", "2025-10-31", "", true)]
    [InlineData("2026-11-01", "2026-05-01", "", false)]
    [InlineData("2026-11-01", "2020-01-01", "2024-11-01", true)] // exactly 24 months ago is outside the window
    [InlineData("2026-11-01", "2020-01-01", "2024-11-02", false)]
    [InlineData("2026-11-01", "2020-01-01", "2026-11-01", false)]
    [InlineData("2026-02-28", "2020-01-01", "2024-02-28", true)]
    [InlineData("2026-02-28", "2020-01-01", "2024-02-29", false)] // leap day inside the window
    [InlineData("2025-02-28", "2024-02-28", "", false)]
    [InlineData("2025-02-28", "2024-02-27", "", true)]
    public void Dormant_means_connected_over_a_year_ago_and_no_message_in_two_years(string asOf, string connected, string lastMessage, bool dormant)
    {
        Message[] messages = lastMessage.Length == 0 ? [] : [Out("Ada Lovelace", "https://www.linkedin.com/in/ada", lastMessage + " 08:00:00")];
        var result = Analyze([Person("Ada", "Lovelace", "https://www.linkedin.com/in/ada", connected), Hidden("2001-01-01")], messages, asOf: Day(asOf));

        Assert.Equal(dormant, Contact(result, "Ada Lovelace").Dormant);
        Assert.Equal(dormant ? 1 : 0, result.Dormant);
        Assert.Equal(dormant ? 1.0 : 0.0, result.DormantShare);
    }

    [Fact]
    public void Top_contacts_order_by_total_then_last_contact_then_name()
    {
        Connection[] connections =
        [
            Person("Zoe", "Quiet", "https://www.linkedin.com/in/zoe"),
            Person("Bea", "Beta", "https://www.linkedin.com/in/bea"),
            Person("Abe", "Alpha", "https://www.linkedin.com/in/abe"),
            Person("Anna", "Alpha", "https://www.linkedin.com/in/anna"),
            Person("Dan", "Delta", "https://www.linkedin.com/in/dan"),
            Person("Ned", "Never", "https://www.linkedin.com/in/ned"),
        ];
        Message[] messages =
        [
            // Dan 5; Zoe 3, last 2026-01-01; Bea 3 and Anna 3, both last 2026-05-01 10:00; Abe 1 (the latest); Ned 0.
            In("Zoe", "https://www.linkedin.com/in/zoe", "2025-12-01 10:00:00"),
            In("Zoe", "https://www.linkedin.com/in/zoe", "2025-12-02 10:00:00"),
            Out("Zoe", "https://www.linkedin.com/in/zoe", "2026-01-01 10:00:00"),
            Out("Bea", "https://www.linkedin.com/in/bea", "2026-03-01 10:00:00"),
            Out("Bea", "https://www.linkedin.com/in/bea", "2026-04-01 10:00:00"),
            In("Bea", "https://www.linkedin.com/in/bea", "2026-05-01 10:00:00"),
            In("Anna", "https://www.linkedin.com/in/anna", "2024-01-01 10:00:00"),
            In("Anna", "https://www.linkedin.com/in/anna", "2024-01-02 10:00:00"),
            In("Anna", "https://www.linkedin.com/in/anna", "2026-05-01 10:00:00"),
            .. Enumerable.Range(1, 5).Select(d => Out("Dan", "https://www.linkedin.com/in/dan", $"2020-01-0{d} 10:00:00")),
            Out("Abe", "https://www.linkedin.com/in/abe", "2026-10-01 10:00:00"),
        ];

        Assert.Equal(["Dan Delta", "Anna Alpha", "Bea Beta", "Zoe Quiet"], Analyze(connections, messages, top: 4).TopContacts.Select(c => c.Name).ToArray());
        Assert.Equal(["Dan Delta", "Anna Alpha", "Bea Beta", "Zoe Quiet", "Abe Alpha"], Analyze(connections, messages, top: 10).TopContacts.Select(c => c.Name).ToArray());
        Assert.Empty(Analyze(connections, messages, top: 0).TopContacts);
    }

    [Fact]
    public void A_small_network_gives_the_hand_computed_figures()
    {
        var result = Analyze(SmallNetwork.Connections, SmallNetwork.Messages);

        Assert.Equal("linkedin.com/in/olivia-owner", result.OwnerProfileUrl);
        Assert.Equal((7, 5, 2, 1), (result.Messages, result.MatchedMessages, result.UnmatchedMessages, result.IgnoredAfterAsOf));
        Assert.Equal((6, 5), (result.Connections, result.Identified));
        Assert.Equal((3, 2, 2, 2, 1), (result.EverMessaged, result.NeverMessaged, result.Engaged12Months, result.Dormant, result.TwoWay));
        Assert.Equal(0.4, result.EngagedShare, 10);
        Assert.Equal(0.4, result.DormantShare, 10);
        Assert.Equal(0.6, result.EverMessagedShare, 10);
        Assert.Equal(0.4, result.NeverMessagedShare, 10);
        Assert.Equal(0.2, result.TwoWayShare, 10);
        Assert.Equal(["Ada Lovelace", "Bob Builder", "Carl Corner"], result.TopContacts.Select(c => c.Name).ToArray());

        // name, sent, received, first, last, engaged, dormant, two-way
        var expected = new (string, int, int, string?, string?, bool, bool, bool)[]
        {
            ("Ada Lovelace", 2, 1, "2023-01-01 09:00:00", "2026-06-02 11:00:00", true, false, true),
            ("Bob Builder", 0, 1, "2026-04-01 10:00:00", "2026-04-01 10:00:00", true, false, false),
            ("Carl Corner", 1, 0, "2024-11-01 12:00:00", "2024-11-01 12:00:00", false, true, false),
            ("Dora Dormant", 0, 0, null, null, false, true, false),
            ("", 0, 0, null, null, false, false, false),
            ("Eli Early", 0, 0, null, null, false, false, false),
        };
        Assert.Equal(
            expected.Select(e => (e.Item1, e.Item2, e.Item3, e.Item4 is null ? (DateTime?)null : At(e.Item4), e.Item5 is null ? (DateTime?)null : At(e.Item5), e.Item6, e.Item7, e.Item8)).ToArray(),
            result.Contacts.Select(c => (c.Name, c.Sent, c.Received, c.FirstContact, c.LastContact, c.Engaged, c.Dormant, c.TwoWay)).ToArray());
    }

    [Fact]
    public void Frame_overloads_give_the_same_result_and_the_result_converts_to_a_frame()
    {
        var classified = AnalysisFixtures.Classify([.. SmallNetwork.Connections]);
        var fromLists = EngagementAnalysis.Analyze(classified, SmallNetwork.Messages, Owner, AsOf);
        var fromFrames = EngagementAnalysis.Analyze(ClassifiedFrame.ToDataFrame(classified), MessageFrame.ToDataFrame(SmallNetwork.Messages), Owner, AsOf);
        var fromFrameAndList = EngagementAnalysis.Analyze(ClassifiedFrame.ToDataFrame(classified), SmallNetwork.Messages, Owner, AsOf);

        static object Key(EngagementResult r) => string.Join(
            ";", r.Contacts.Select(c => FormattableString.Invariant($"{c.Name}|{c.Sent}|{c.Received}|{c.FirstContact:O}|{c.LastContact:O}|{c.Engaged}|{c.Dormant}")));
        Assert.Equal(Key(fromLists), Key(fromFrames));
        Assert.Equal(Key(fromLists), Key(fromFrameAndList));
        Assert.Equal((fromLists.Messages, fromLists.MatchedMessages, fromLists.IgnoredAfterAsOf), (fromFrames.Messages, fromFrames.MatchedMessages, fromFrames.IgnoredAfterAsOf));

        var frame = fromLists.ToDataFrame();
        Assert.Equal(6, frame.Rows.Count);
        Assert.Equal("Ada", frame["FirstName"][0]);
        Assert.Equal(2, frame["Sent"][0]);
        Assert.Equal(1, frame["Received"][0]);
        Assert.Equal(3, frame["Total"][0]);
        Assert.Equal(At("2023-01-01 09:00:00"), frame["FirstContact"][0]);
        Assert.Null(frame["LastContact"][3]);
        Assert.Equal(true, frame["Dormant"][2]);
        Assert.Equal(true, frame["IsHidden"][4]);
        Assert.IsType<PrimitiveDataFrameColumn<DateTime>>(frame["LastContact"]);
    }

    [Fact]
    public void Without_a_profile_the_owner_takes_part_in_the_most_conversations()
    {
        var result = Analyze(
            [Person("Ada", "Lovelace", "https://www.linkedin.com/in/ada"), Person("Bob", "Builder", "https://www.linkedin.com/in/bob"), Person("Zed", "Zeta", "https://www.linkedin.com/in/zed")],
            [
                Out("Ada Lovelace", "https://www.linkedin.com/in/ada", "2026-01-01 10:00:00", "c1"),
                In("Ada Lovelace", "https://www.linkedin.com/in/ada", "2026-01-02 10:00:00", "c1"),
                Out("Bob Builder", "https://www.linkedin.com/in/bob", "2026-02-01 10:00:00", "c2"),
                In("Zed Zeta", "https://www.linkedin.com/in/zed", "2026-03-01 10:00:00", "c3"),
                In("Zed Zeta", "https://www.linkedin.com/in/zed", "2026-03-02 10:00:00", "c3"),
                In("Zed Zeta", "https://www.linkedin.com/in/zed", "2026-03-03 10:00:00", "c3"),
            ],
            withProfile: false);

        Assert.Equal("linkedin.com/in/olivia-owner", result.OwnerProfileUrl);
        Assert.Equal(
            [(1, 1), (1, 0), (0, 3)],
            result.Contacts.Select(c => (c.Sent, c.Received)).ToArray());
    }

    [Fact]
    public void An_owner_who_only_received_messages_is_still_found()
    {
        // The owner never wrote: the stranger Zed sends in one conversation, the owner takes part in two.
        var result = Analyze(
            [Person("Ada", "Lovelace", "https://www.linkedin.com/in/ada")],
            [In("Zed Stranger", "https://www.linkedin.com/in/zed", "2026-01-01 10:00:00", "c1"), In("Ada Lovelace", "https://www.linkedin.com/in/ada", "2026-01-02 10:00:00", "c2")]);

        Assert.Equal("linkedin.com/in/olivia-owner", result.OwnerProfileUrl);
        var ada = Assert.Single(result.Contacts);
        Assert.Equal((0, 1), (ada.Sent, ada.Received));
        Assert.Equal((1, 1), (result.MatchedMessages, result.UnmatchedMessages));
    }

    [Fact]
    public void Without_a_profile_a_connection_is_never_taken_for_the_owner()
    {
        // One conversation in which Ada writes more than the owner: the owner is the sender who is not a connection.
        var result = Analyze(
            [Person("Ada", "Lovelace", "https://www.linkedin.com/in/ada")],
            [
                Out("Ada Lovelace", "https://www.linkedin.com/in/ada", "2026-01-01 10:00:00"),
                In("Ada Lovelace", "https://www.linkedin.com/in/ada", "2026-01-02 10:00:00"),
                In("Ada Lovelace", "https://www.linkedin.com/in/ada", "2026-01-03 10:00:00"),
                In("Ada Lovelace", "https://www.linkedin.com/in/ada", "2026-01-04 10:00:00"),
            ],
            withProfile: false);

        var ada = Assert.Single(result.Contacts);
        Assert.Equal((1, 3), (ada.Sent, ada.Received));
    }

    [Fact]
    public void Without_urls_the_owner_is_recognised_by_the_profile_name()
    {
        var result = Analyze(
            [Person("Ada", "Lovelace")],
            [
                Message("c1", " olivia OWNER", "", "Ada Lovelace", "", "2026-01-01 10:00:00"),
                Message("c1", "Ada Lovelace", "", "Olivia Owner", "", "2026-01-02 10:00:00"),
                Message("c1", "Ada Lovelace", "", "Olivia Owner", "", "2026-01-03 10:00:00"),
            ]);

        Assert.Equal(string.Empty, result.OwnerProfileUrl);
        var ada = Assert.Single(result.Contacts);
        Assert.Equal((1, 2), (ada.Sent, ada.Received));
    }

    [Fact]
    public void Arguments_are_checked()
    {
        Assert.Throws<ArgumentNullException>(() => EngagementAnalysis.Analyze((IReadOnlyList<NetworkAdvisor.Classification.ClassifiedConnection>)null!, [], Owner, AsOf));
        Assert.Throws<ArgumentNullException>(() => EngagementAnalysis.Analyze([], null!, Owner, AsOf));
        Assert.Throws<ArgumentOutOfRangeException>(() => EngagementAnalysis.Analyze([], [], Owner, AsOf, top: -1));
    }
}

/// <summary>Hand-made connections and messages for the engagement tests; the owner is Olivia Owner.</summary>
internal static class EngagementFixtures
{
    public const string OwnerUrl = "https://www.linkedin.com/in/olivia-owner";

    public static readonly Profile Owner = new("Olivia", "Owner", "Headline", "", "", "");

    public static DateOnly Day(string text) => DateOnly.ParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static DateTime At(string text) =>
        DateTime.SpecifyKind(DateTime.ParseExact(text, "yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture), DateTimeKind.Utc);

    public static Connection Person(string first, string last, string url = "", string connected = "2020-01-01") =>
        new(first, last, url, "", "Acme", "Software Engineer", Day(connected));

    public static Connection Hidden(string connected = "2020-01-01") => new("", "", "", "", "", "", Day(connected));

    public static Message Message(string conversation, string from, string fromUrl, string to, string toUrls, string at) =>
        new(conversation, "", from, fromUrl, to, toUrls, At(at), "", "Hello", "INBOX");

    /// <summary>A message from the owner.</summary>
    public static Message Out(string to, string toUrls, string at, string conversation = "c1") =>
        Message(conversation, "Olivia Owner", OwnerUrl, to, toUrls, at);

    /// <summary>A message to the owner.</summary>
    public static Message In(string from, string fromUrl, string at, string conversation = "c1") =>
        Message(conversation, from, fromUrl, "Olivia Owner", OwnerUrl, at);
}

/// <summary>
/// As of 2026-11-01: Ada (two-way, engaged), Bob (received only, engaged, new), Carl (last message exactly 24
/// months ago: dormant), Dora (never messaged, old: dormant), a hidden profile, Eli (never messaged, new),
/// two messages with a stranger and one after the as-of day.
/// </summary>
internal static class SmallNetwork
{
    public static readonly Connection[] Connections =
    [
        Person("Ada", "Lovelace", "https://www.linkedin.com/in/ada", "2019-05-01"),
        Person("Bob", "Builder", "https://www.linkedin.com/in/bob", "2026-03-01"),
        Person("Carl", "Corner", "https://www.linkedin.com/in/carl", "2018-01-01"),
        Person("Dora", "Dormant", "https://www.linkedin.com/in/dora", "2017-01-01"),
        Hidden("2015-01-01"),
        Person("Eli", "Early", "https://www.linkedin.com/in/eli", "2026-10-01"),
    ];

    public static readonly Message[] Messages =
    [
        Out("Ada Lovelace", "https://www.linkedin.com/in/ada", "2026-06-01 10:00:00", "c1"),
        In("Ada Lovelace", "https://www.linkedin.com/in/ada", "2026-06-02 11:00:00", "c1"),
        Out("Ada Lovelace", "https://www.linkedin.com/in/ada", "2023-01-01 09:00:00", "c1"),
        In("Bob Builder", "https://www.linkedin.com/in/bob", "2026-04-01 10:00:00", "c2"),
        Out("Carl Corner", "https://www.linkedin.com/in/carl", "2024-11-01 12:00:00", "c3"),
        In("Zed Stranger", "https://www.linkedin.com/in/zed", "2026-01-01 10:00:00", "c4"),
        Out("Zed Stranger", "https://www.linkedin.com/in/zed", "2026-09-01 10:00:00", "c4"),
        In("Ada Lovelace", "https://www.linkedin.com/in/ada", "2026-11-02 00:00:00", "c1"),
    ];
}
