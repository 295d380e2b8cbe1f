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
            var context = incoming
                ? TextContext.Create(random, owner.Person.FirstName, other.FirstName, owner.Positions[0].CompanyName)
                : TextContext.Create(random, other.FirstName, owner.Person.FirstName, string.Empty);
            var note = i switch
            {
                0 => InvitationTexts.PersonalNote(random, other.Language),
                _ when incoming => InvitationTexts.Incoming(random, other.Language),
                _ => InvitationTexts.FromOwner(random, owner.Language),
            };
            var message = note.Length == 0 ? string.Empty : context.Fill(note);
            var (from, to) = incoming ? (other, owner.Person) : (owner.Person, other);
            invitations[i] = new Invitation(
                from.FullName,
                to.FullName,
                sentAt,
                message,
                incoming ? InvitationDirection.Incoming : InvitationDirection.Outgoing,
                from.ProfileUrl,
                to.ProfileUrl);
        }

        return [.. invitations.OrderByDescending(i => i.SentAt)];
    }
}
