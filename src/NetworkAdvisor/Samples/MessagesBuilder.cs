using System.Text;
using NetworkAdvisor.Model;

namespace NetworkAdvisor.Samples;

/// <summary>
/// Generates messages: one thread per messaged connection (as LinkedIn keeps 1:1 threads) with
/// episodes over the years (thanks for connecting, catch-ups, work, asks), one-way pitches and
/// recruiter InMails, a few heavy contacts, and some group conversations.
/// </summary>
internal static class MessagesBuilder
{
    private const int MaxMessagesPerConnection = 5;
    private const int IndexBits = 23;

    private static readonly string[] InMailSubjects =
    [
        "Opportunity: {role} in {city}", "Quick question, {name}", "Partnership idea for {company}", "{role} - confidential",
        "Exploring {topic} at {company}",
    ];

    private static readonly string[] GroupTitles =
    [
        "Team offsite", "Alumni {company}", "Project Phoenix", "Book club", "{event} crew", "Hiring sync", "Friday beers 🍻",
    ];

    private enum Kind
    {
        Thanks,
        Intro,
        Pitch,
        Recruiter,
        CatchUp,
        Work,
        Ask,
    }

    public static Message[] Build(SampleRandom random, SampleOwner owner, SampleNetwork network, DateOnly asOf)
    {
        var count = network.Connections.Length;
        if (count == 0)
        {
            return [];
        }

        var writer = new Writer(owner, asOf, (long)MaxMessagesPerConnection * count);
        var share = Math.Clamp(0.33 - (0.03 * Math.Log10(Math.Max(count, 100) / 100.0)), 0.22, 0.33);
        var colleagues = owner.Tenures.Select(t => t.Company).ToHashSet(StringComparer.Ordinal);
        var messaged = new List<int>();
        for (var i = 0; i < count && !writer.Full; i++)
        {
            if (network.People[i] is not { } person || !random.Chance(share))
            {
                continue;
            }

            messaged.Add(i);
            var connection = network.Connections[i];
            var heavy = random.Chance(colleagues.Contains(connection.Company) ? 0.12 : 0.02);
            Thread(random, writer, person, connection, network.Titles[i].Function, heavy, asOf);
        }

        var groups = messaged.Count / 50;
        for (var g = 0; g < groups && !writer.Full; g++)
        {
            Group(random, writer, network, messaged, asOf);
        }

        return writer.NewestFirst();
    }

    private static void Thread(
        SampleRandom random, Writer writer, SamplePerson person, Connection connection, string function, bool heavy, DateOnly asOf)
    {
        var language = person.Language == writer.Owner.Language ? person.Language : SampleLanguage.English;
        var texts = MessageTexts.Of(language);
        var conversation = new Conversation(ConversationId(random), string.Empty, string.Empty);
        var episodes = heavy ? random.Next(4, 15) : random.Geometric(1, 0.35, 6);
        var days = new int[episodes];
        var from = connection.ConnectedOn.DayNumber;
        var to = asOf.DayNumber;
        for (var e = 0; e < episodes; e++)
        {
            days[e] = e == 0 && random.Chance(0.45)
                ? Math.Min(from + random.Next(0, 11), to)
                : random.Next(from, to + 1);
        }

        Array.Sort(days);
        for (var e = 0; e < episodes && !writer.Full; e++)
        {
            var early = e == 0 && days[e] - from <= 10;
            var kind = PickKind(random, early, heavy, function);
            var thread = conversation;
            if (kind is Kind.Pitch or Kind.Recruiter && random.Chance(0.3))
            {
                var context = TextContext.Create(random, person.FirstName, writer.Owner.Person.FirstName, writer.OwnerCompany);
                var subject = context.Fill(random.Pick(InMailSubjects));
                thread = new Conversation(ConversationId(random), subject, subject);
            }

            var start = DateOnly.FromDayNumber(days[e]).ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc)
                .AddSeconds(random.Next(7 * 3600, 22 * 3600));
            Episode(random, writer, texts, thread, person, connection.Company, kind, heavy, start);
        }
    }

    /// <summary>What an episode is about; recruiters mostly recruit and salespeople mostly pitch.</summary>
    private static Kind PickKind(SampleRandom random, bool early, bool heavy, string function)
    {
        if (!heavy && function == "Human Resources" && random.Chance(0.5))
        {
            return Kind.Recruiter;
        }

        if (!heavy && function is "Sales" or "Business Development" && random.Chance(0.35))
        {
            return Kind.Pitch;
        }

        var roll = random.NextDouble();
        if (early)
        {
            return roll switch
            {
                < 0.45 => Kind.Thanks,
                < 0.60 => Kind.Intro,
                < 0.80 => Kind.Pitch,
                < 0.92 => Kind.Recruiter,
                _ => Kind.Ask,
            };
        }

        if (heavy)
        {
            return roll < 0.5 ? Kind.Work : Kind.CatchUp;
        }

        return roll switch
        {
            < 0.35 => Kind.CatchUp,
            < 0.60 => Kind.Work,
            < 0.70 => Kind.Pitch,
            < 0.80 => Kind.Recruiter,
            < 0.88 => Kind.Ask,
            _ => Kind.Intro,
        };
    }

    private static void Episode(
        SampleRandom random,
        Writer writer,
        MessageTexts texts,
        Conversation thread,
        SamplePerson other,
        string otherCompany,
        Kind kind,
        bool heavy,
        DateTime start)
    {
        var time = start;
        var ownerSends = kind switch
        {
            Kind.Thanks => random.Chance(0.85),
            Kind.Pitch or Kind.Recruiter => false,
            Kind.Intro => random.Chance(0.4),
            _ => random.Chance(0.5),
        };

        bool Send(string content)
        {
            if (time > writer.End || writer.Full)
            {
                return false;
            }

            writer.Add(thread, other, ownerSends, time, content);
            ownerSends = !ownerSends;
            time = time.AddSeconds(Delay(random));
            return true;
        }

        TextContext Context() => ownerSends
            ? TextContext.Create(random, other.FirstName, writer.Owner.Person.FirstName, otherCompany)
            : TextContext.Create(random, writer.Owner.Person.FirstName, other.FirstName, writer.OwnerCompany);

        string Long(string[] bodies)
        {
            var context = Context();
            return Letter(random, texts, context, context.Fill(random.Pick(bodies)));
        }

        string Short(string[] lines) => Context().Fill(random.Pick(lines));

        switch (kind)
        {
            case Kind.Thanks:
                if (Send(Long(texts.Thanks)) && random.Chance(0.6) && Send(Short(texts.Casual)) && random.Chance(0.3))
                {
                    Send(Short(texts.Casual));
                }

                break;
            case Kind.Pitch:
                if (Send(Long(texts.Pitch)))
                {
                    for (var bump = 0; bump < 2 && random.Chance(bump == 0 ? 0.5 : 0.4); bump++)
                    {
                        ownerSends = false;
                        time = time.AddDays(random.Next(3, 8));
                        if (!Send(Short(texts.Bump)))
                        {
                            break;
                        }
                    }

                    if (random.Chance(0.08))
                    {
                        ownerSends = true;
                        Send(Short(texts.NoThanks));
                    }
                }

                break;
            case Kind.Recruiter:
                if (Send(Long(texts.Recruiter)) && random.Chance(0.55))
                {
                    var interested = random.Chance(0.5);
                    if (Send(Short(interested ? texts.Interested : texts.NotLooking)) && interested)
                    {
                        Replies(random.Geometric(1, 0.5, 5), texts.Casual);
                    }
                }

                break;
            case Kind.Intro:
                if (Send(Long(texts.Intro)) && random.Chance(0.75) && Send(Short(random.Chance(0.6) ? texts.Yes : texts.Casual)))
                {
                    Replies(random.Geometric(0, 0.5, 4), texts.Casual);
                }

                break;
            case Kind.Ask:
                if (Send(Long(texts.Ask)) && Send(Short(random.Chance(0.7) ? texts.Yes : texts.Decline)))
                {
                    Replies(random.Geometric(0, 0.4, 3), texts.Casual);
                }

                break;
            case Kind.CatchUp:
                if (Send(Long(texts.Openers)))
                {
                    Replies(heavy ? random.Geometric(2, 0.75, 25) : random.Geometric(1, 0.6, 9), texts.Casual);
                }

                break;
            default:
                Replies(heavy ? random.Geometric(4, 0.8, 30) : random.Geometric(3, 0.65, 14), texts.Work, texts.Casual);
                break;
        }

        void Replies(int count, string[] lines, string[]? mixed = null)
        {
            for (var r = 0; r < count; r++)
            {
                if (random.Chance(0.2))
                {
                    ownerSends = !ownerSends;
                }

                if (!Send(Short(mixed is not null && random.Chance(0.4) ? mixed : lines)))
                {
                    return;
                }
            }
        }
    }

    private static void Group(SampleRandom random, Writer writer, SampleNetwork network, List<int> messaged, DateOnly asOf)
    {
        var size = Math.Min(random.Next(2, 5), messaged.Count);
        var members = new List<SamplePerson>(size);
        var companies = new List<string>(size);
        var from = 0;
        for (var attempt = 0; members.Count < size && attempt < 20; attempt++)
        {
            var index = messaged[random.Next(messaged.Count)];
            var person = network.People[index]!;
            if (!members.Contains(person))
            {
                members.Add(person);
                companies.Add(network.Connections[index].Company);
                from = Math.Max(from, network.Connections[index].ConnectedOn.DayNumber);
            }
        }

        var titleContext = TextContext.Create(random, string.Empty, string.Empty, companies[0]);
        var title = random.Chance(0.6) ? titleContext.Fill(random.Pick(GroupTitles)) : string.Empty;
        var thread = new Conversation(ConversationId(random), title, string.Empty);
        var time = DateOnly.FromDayNumber(random.Next(from, asOf.DayNumber + 1)).ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc)
            .AddSeconds(random.Next(7 * 3600, 22 * 3600));
        var count = random.Geometric(3, 0.75, 25);
        var previous = -2;
        for (var m = 0; m < count && time <= writer.End && !writer.Full; m++)
        {
            var sender = random.Next(-1, members.Count);
            if (sender == previous)
            {
                sender = random.Next(-1, members.Count);
            }

            previous = sender;
            var texts = MessageTexts.Of(SampleLanguage.English);
            var me = sender < 0 ? writer.Owner.Person.FirstName : members[sender].FirstName;
            var context = TextContext.Create(random, string.Empty, me, companies[0]);
            var content = context.Fill(random.Pick(random.Chance(0.5) ? texts.Casual : texts.Work));
            writer.AddGroup(thread, members, sender, time, content);
            time = time.AddSeconds(Delay(random));
        }
    }

    /// <summary>Greeting, body and sign-off; sometimes as simple HTML as LinkedIn exports it.</summary>
    private static string Letter(SampleRandom random, MessageTexts texts, TextContext context, string body)
    {
        var greeting = random.Chance(0.8) ? context.Fill(random.Pick(texts.Greetings)) : string.Empty;
        if (greeting.Length == 0 && body.Length > 0)
        {
            body = char.ToUpperInvariant(body[0]) + body[1..];
        }

        var signoff = random.Chance(0.7) ? context.Fill(random.Pick(texts.Signoffs)) : string.Empty;
        var parts = new[] { greeting, body, signoff }.Where(p => p.Length > 0).ToArray();
        if (!random.Chance(0.15))
        {
            return string.Join("\n\n", parts);
        }

        var html = new StringBuilder();
        foreach (var part in parts)
        {
            foreach (var paragraph in part.Split("\n\n"))
            {
                html.Append("<p>").Append(paragraph.Replace("\n", "<br>", StringComparison.Ordinal)).Append("</p>");
            }
        }

        return html.ToString();
    }

    /// <summary>Seconds until the next message: minutes to days, log-uniform.</summary>
    private static int Delay(SampleRandom random) =>
        (int)Math.Round(Math.Exp(random.NextDouble(Math.Log(60), Math.Log(3 * 24 * 3600))));

    /// <summary>An identifier shaped like LinkedIn's: "2-" and base64 of a GUID-like text.</summary>
    private static string ConversationId(SampleRandom random)
    {
        Span<byte> bytes = stackalloc byte[16];
        random.NextBytes(bytes);
        var hex = Convert.ToHexStringLower(bytes);
        var text = $"{hex[..8]}-{hex[8..12]}-{hex[12..16]}-{hex[16..20]}-{hex[20..]}_010";
        return "2-" + Convert.ToBase64String(Encoding.ASCII.GetBytes(text));
    }

    private sealed record Conversation(string Id, string Title, string Subject);

    /// <summary>Collects messages within the budget and sorts them newest first.</summary>
    private sealed class Writer
    {
        private readonly long budget;
        private readonly List<Message> messages = [];
        private readonly List<long> seconds = [];

        public Writer(SampleOwner owner, DateOnly asOf, long budget)
        {
            Owner = owner;
            OwnerCompany = owner.Positions[0].CompanyName;
            End = asOf.ToDateTime(new TimeOnly(23, 59, 59), DateTimeKind.Utc);
            this.budget = Math.Min(budget, (1L << IndexBits) - 1);
        }

        public SampleOwner Owner { get; }

        public string OwnerCompany { get; }

        /// <summary>The last second a message may have.</summary>
        public DateTime End { get; }

        public bool Full => messages.Count >= budget;

        public void Add(Conversation thread, SamplePerson other, bool ownerSends, DateTime time, string content)
        {
            var owner = Owner.Person;
            var (sender, recipient) = ownerSends ? (owner, other) : (other, owner);
            Append(new Message(
                thread.Id,
                thread.Title,
                sender.FullName,
                sender.ProfileUrl,
                recipient.FullName,
                recipient.ProfileUrl,
                time,
                thread.Subject,
                content,
                ownerSends ? "SENT" : "INBOX"));
        }

        public void AddGroup(Conversation thread, List<SamplePerson> members, int senderIndex, DateTime time, string content)
        {
            var owner = Owner.Person;
            var sender = senderIndex < 0 ? owner : members[senderIndex];
            var recipients = members.Where(m => !ReferenceEquals(m, sender)).ToList();
            if (senderIndex >= 0)
            {
                recipients.Insert(0, owner);
            }

            Append(new Message(
                thread.Id,
                thread.Title,
                sender.FullName,
                sender.ProfileUrl,
                string.Join(",", recipients.Select(r => r.FullName)),
                string.Join(",", recipients.Select(r => r.ProfileUrl)),
                time,
                thread.Subject,
                content,
                senderIndex < 0 ? "SENT" : "INBOX"));
        }

        public Message[] NewestFirst()
        {
            var items = messages.ToArray();
            var keys = new long[items.Length];
            var latest = seconds.Count == 0 ? 0 : seconds.Max();
            for (var i = 0; i < keys.Length; i++)
            {
                keys[i] = ((latest - seconds[i]) << IndexBits) | (long)i;
            }

            Array.Sort(keys, items);
            return items;
        }

        private void Append(Message message)
        {
            messages.Add(message);
            seconds.Add(message.SentAt.Ticks / TimeSpan.TicksPerSecond);
        }
    }
}
