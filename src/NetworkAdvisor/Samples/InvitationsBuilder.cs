using NetworkAdvisor.Model;

namespace NetworkAdvisor.Samples;

/// <summary>
/// Generates pending invitations (2-5% of the connection count) from the last 120 days, incoming
/// and outgoing, with notes that are empty, personal, from recruiters, sales pitches or spam.
/// </summary>
internal static class InvitationsBuilder
{
    private const int WindowDays = 120;

    public static Invitation[] Build(SampleRandom random, SamplePeople people, SampleOwner owner, int connections, DateOnly asOf)
    {
        var count = (int)Math.Round(connections * random.NextDouble(0.02, 0.05));
        return Pending(random, people, owner, count, asOf);
    }

    /// <summary><paramref name="count"/> invitations with new people, newest first.</summary>
    public static Invitation[] Pending(SampleRandom random, SamplePeople people, SampleOwner owner, int count, DateOnly asOf)
    {
        var invitations = new Invitation[count];
        for (var i = 0; i < count; i++)
        {
            var language = random.Chance(0.5) ? owner.Language : (SampleLanguage)random.Next(11);
            var other = people.Create(random, language);
            // The first two are one of each direction, so even a small export shows both.
            var incoming = i switch
            {
                0 => true,
                1 => false,
                _ => random.Chance(0.6),
            };
            var daysAgo = (int)(WindowDays * Math.Pow(random.NextDouble(), 1.3));
            var sentAt = asOf.AddDays(-daysAgo).ToDateTime(TimeOnly.MinValue, DateTimeKind.Unspecified)
                .AddMinutes(random.Next(6 * 60, 23 * 60));
            invitations[i] = Create(random, owner, other, incoming, sentAt, personalNote: i == 0);
        }

        return [.. invitations.OrderByDescending(i => i.SentAt)];
    }

    /// <summary>One invitation between the owner and <paramref name="other"/>, with a note or none.</summary>
    public static Invitation Create(SampleRandom random, SampleOwner owner, SamplePerson other, bool incoming, DateTime sentAt, bool personalNote)
    {
        var context = incoming
            ? TextContext.Create(random, owner.Person.FirstName, other.FirstName, owner.CurrentCompany)
            : TextContext.Create(random, other.FirstName, owner.Person.FirstName, string.Empty);
        var note = personalNote
            ? InvitationTexts.PersonalNote(random, other.Language)
            : incoming
                ? InvitationTexts.Incoming(random, other.Language)
                : InvitationTexts.FromOwner(random, owner.Language);
        var message = note.Length == 0 ? string.Empty : context.Fill(note);
        var (from, to) = incoming ? (other, owner.Person) : (owner.Person, other);
        return new Invitation(
            from.FullName,
            to.FullName,
            sentAt,
            message,
            incoming ? InvitationDirection.Incoming : InvitationDirection.Outgoing,
            from.ProfileUrl,
            to.ProfileUrl);
    }
}
