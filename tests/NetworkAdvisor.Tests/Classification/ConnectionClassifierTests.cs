using Microsoft.Data.Analysis;
using NetworkAdvisor.Classification;
using NetworkAdvisor.Frames;
using NetworkAdvisor.Model;

namespace NetworkAdvisor.Tests.Classification;

public sealed class ConnectionClassifierTests
{
    private static readonly Position[] Career =
    [
        new("Engines Ltd", "CTO", "", "", new DateOnly(2023, 1, 1), null),
        new("Old Co GmbH", "Engineer", "", "", new DateOnly(2018, 1, 1), new DateOnly(2022, 12, 1)),
        new("Freelance", "Consultant", "", "", new DateOnly(2016, 1, 1), new DateOnly(2017, 12, 1)),
    ];

    private static readonly Connection[] People =
    [
        new("Ada", "L", "https://www.linkedin.com/in/ada", "", "Engines", "Senior Software Engineer", new DateOnly(2024, 1, 1)),
        new("Bob", "M", "https://www.linkedin.com/in/bob", "", "Old Co", "Head of Sales", new DateOnly(2019, 5, 1)),
        new("Cyd", "N", "", "", "Freelancer", "Freelance Designer", new DateOnly(2016, 5, 1)),
        new("Dee", "O", "linkedin.com/in/dee/", "", "Google LLC", "Technical Recruiter", new DateOnly(2021, 5, 1)),
        new("", "", "", "", "", "", new DateOnly(2020, 1, 1)),
    ];

    [Fact]
    public void Colleagues_come_from_the_owners_positions()
    {
        var result = ConnectionClassifier.Default.Classify(People, Career);

        Assert.Equal(
            [Relationship.CurrentColleague, Relationship.ExColleague, Relationship.None, Relationship.None, Relationship.None],
            result.Select(r => r.Relationship));
    }

    [Fact]
    public void Tags_come_from_rules_and_url_lists()
    {
        var companies = CompanyNormalizer.WithAliases("Alphabet = Google");
        const string Rules = """
            tags:
              - tag: target-account
                company: [Alphabet, Microsoft]
              - tag: decision-maker
                seniority: [Director, VP, CXO, Partner, Owner]
              - tag: recruiter
                title: recruiter
              - tag: early
                connectedTo: 2018-12-31
              - tag: eng-colleague
                function: Engineering
                relationship: [CurrentColleague]
            """;
        var tags = TagRules.Parse(Rules, "tags.yaml", companies)
            .Combine(TagRules.FromUrlCsv("url,tag\nhttps://linkedin.com/in/dee,vip\nhttps://www.linkedin.com/in/ada/,vip\n", "tags.csv"));
        var classifier = new ConnectionClassifier(TitleClassifier.Default, companies, tags);

        var result = classifier.Classify(People, Career);

        Assert.Equal(["eng-colleague", "vip"], result[0].Tags.ToArray());
        Assert.Equal(["decision-maker"], result[1].Tags.ToArray());
        Assert.Equal(["decision-maker", "early"], result[2].Tags.ToArray());
        Assert.Equal(["recruiter", "target-account", "vip"], result[3].Tags.ToArray());
        Assert.Empty(result[4].Tags.ToArray());
    }

    [Fact]
    public void Json_rules_work_as_well()
    {
        var tags = TagRules.Parse("""{"tags": [{"tag": "sales", "function": ["Sales"]}]}""", "tags.json", CompanyNormalizer.Default);
        var result = new ConnectionClassifier(TitleClassifier.Default, CompanyNormalizer.Default, tags).Classify(People, Career);

        Assert.Equal(["sales"], result[1].Tags.ToArray());
    }

    [Theory]
    [InlineData("tags:\n  - tag: x\n", "tags.yaml:2: tag 'x' has no condition")]
    [InlineData("tags:\n  - tag: x\n    colour: red\n", "tags.yaml:3: unknown key 'colour'")]
    [InlineData("tags:\n  - tag: x\n    seniority: [Boss]\n", "tags.yaml:3: 'Boss' is not a valid seniority")]
    [InlineData("tags:\n  - tag: x\n    connectedFrom: 01/02/2020\n", "tags.yaml:3: connectedfrom must be one date")]
    [InlineData("tags: [\n", "tags.yaml:")]
    [InlineData("people: []\n", "tags.yaml:1: expected a 'tags' list")]
    public void Malformed_tag_rules_name_the_line(string text, string message)
    {
        var error = Assert.Throws<FormatException>(() => TagRules.Parse(text, "tags.yaml", CompanyNormalizer.Default));

        Assert.StartsWith(message, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_classified_frame_has_every_column_and_converts_back()
    {
        var result = ConnectionClassifier.Default.Classify(People, Career);

        var frame = ClassifiedFrame.ToDataFrame(result);

        Assert.Equal(ClassifiedFrame.Columns, frame.Columns.Select(c => c.Name));
        Assert.Equal("Engineering", frame["Function"][0]);
        Assert.Equal("Senior", frame["Seniority"][0]);
        Assert.Equal("Director", frame["Seniority"][1]);
        Assert.Equal("engines", frame["CompanyKey"][0]);
        Assert.Equal(true, frame["SelfEmployed"][2]);
        Assert.Equal("ExColleague", frame["Relationship"][1]);
        var engineers = frame.Filter(((StringDataFrameColumn)frame["Function"]).ElementwiseEquals("Engineering"));
        Assert.Equal([People[0]], ConnectionFrame.ToConnections(engineers));
    }
}
