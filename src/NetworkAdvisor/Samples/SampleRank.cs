namespace NetworkAdvisor.Samples;

/// <summary>The seniority a generated title is built for (the domain's seniorities, lowest first).</summary>
internal enum SampleRank
{
    Unpaid = 0,
    Training = 1,
    Entry = 2,
    Senior = 3,
    Manager = 4,
    Director = 5,
    VicePresident = 6,
    Chief = 7,
    Partner = 8,
    Owner = 9,
}
