using NetworkAdvisor.Model;

namespace NetworkAdvisor.Tests.Model;

/// <summary>
/// <see cref="Connection.IsHidden"/> is kept as the record is made: it must stay what the six texts say after any
/// <c>with</c> copy, and must not make equal records unequal.
/// </summary>
public sealed class ConnectionTests
{
    private static readonly Connection Hidden = new(string.Empty, string.Empty, string.Empty, string.Empty, string.Empty, string.Empty, new DateOnly(2024, 5, 1));

    private static readonly Connection Known = new("Ada", "Lee", "https://www.linkedin.com/in/ada-lee", "ada@example.org", "Acme", "CEO", new DateOnly(2024, 5, 1));

    public static TheoryData<string, string> Fields => new()
    {
        { nameof(Connection.FirstName), "Ada" },
        { nameof(Connection.LastName), "Lee" },
        { nameof(Connection.ProfileUrl), "https://www.linkedin.com/in/ada-lee" },
        { nameof(Connection.Email), "ada@example.org" },
        { nameof(Connection.Company), "Acme" },
        { nameof(Connection.Position), "CEO" },
    };

    [Fact]
    public void A_row_with_only_a_date_is_hidden_and_any_text_makes_it_known()
    {
        Assert.True(Hidden.IsHidden);
        Assert.False(Known.IsHidden);
        Assert.False(new Connection(" ", string.Empty, string.Empty, string.Empty, string.Empty, string.Empty, Hidden.ConnectedOn).IsHidden);
    }

    [Theory]
    [MemberData(nameof(Fields))]
    public void A_with_copy_that_sets_one_text_is_known_and_one_that_clears_the_rest_stays_known(string field, string value)
    {
        var one = With(Hidden, field, value);

        Assert.False(one.IsHidden, field);
        Assert.Equal(one, With(Hidden, field, value));
        Assert.Equal(one.GetHashCode(), With(Hidden, field, value).GetHashCode());
        Assert.True(With(one, field, string.Empty).IsHidden, field);
        Assert.Equal(Hidden, With(one, field, string.Empty));
    }

    [Fact]
    public void A_with_copy_that_clears_every_text_is_hidden_and_equal_to_a_new_hidden_row()
    {
        var cleared = Known with
        {
            FirstName = string.Empty, LastName = string.Empty, ProfileUrl = string.Empty,
            Email = string.Empty, Company = string.Empty, Position = string.Empty,
        };

        Assert.True(cleared.IsHidden);
        Assert.Equal(Hidden, cleared);
        Assert.False((cleared with { Company = "Acme" }).IsHidden);
    }

    private static Connection With(Connection c, string field, string value) => field switch
    {
        nameof(Connection.FirstName) => c with { FirstName = value },
        nameof(Connection.LastName) => c with { LastName = value },
        nameof(Connection.ProfileUrl) => c with { ProfileUrl = value },
        nameof(Connection.Email) => c with { Email = value },
        nameof(Connection.Company) => c with { Company = value },
        nameof(Connection.Position) => c with { Position = value },
        _ => throw new ArgumentOutOfRangeException(nameof(field)),
    };
}
