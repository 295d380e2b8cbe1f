using NetworkAdvisor.Classification;

namespace NetworkAdvisor.Tests.Classification;

public sealed class VocabularyNameTests
{
    public static TheoryData<Seniority, string> Seniorities => new()
    {
        { Seniority.Unknown, "Unknown" },
        { Seniority.Unpaid, "Unpaid" },
        { Seniority.Training, "Training" },
        { Seniority.Entry, "Entry" },
        { Seniority.Senior, "Senior" },
        { Seniority.Manager, "Manager" },
        { Seniority.Director, "Director" },
        { Seniority.VP, "VP" },
        { Seniority.CXO, "CXO" },
        { Seniority.Partner, "Partner" },
        { Seniority.Owner, "Owner" },
        { (Seniority)99, "99" },
        { (Seniority)(-1), "-1" },
    };

    [Theory]
    [MemberData(nameof(Seniorities))]
    public void A_seniority_is_named_as_LinkedIn_names_it(Seniority seniority, string name) =>
        Assert.Equal(name, Vocabulary.Name(seniority));

    [Fact]
    public void Every_seniority_is_in_the_table() =>
        Assert.Equal(Enum.GetValues<Seniority>().Length, Seniorities.Count - 2);
}
