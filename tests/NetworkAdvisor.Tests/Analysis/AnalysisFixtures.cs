using NetworkAdvisor.Classification;
using NetworkAdvisor.Model;

namespace NetworkAdvisor.Tests.Analysis;

/// <summary>Small hand-made networks whose classification is unambiguous.</summary>
internal static class AnalysisFixtures
{
    public static Connection Person(string company, string title, string date = "2024-01-15", string email = "", string url = "") =>
        new("P", "Q", url, email, company, title, DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture));

    public static Connection Hidden(string date = "2024-01-15") =>
        new("", "", "", "", "", "", DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture));

    public static IReadOnlyList<ClassifiedConnection> Classify(params Connection[] connections) =>
        ConnectionClassifier.Default.Classify(connections, []);

    public static IReadOnlyList<ClassifiedConnection> Classify(IReadOnlyList<Connection> connections, IReadOnlyList<Position> positions, TagRules? tags = null) =>
        new ConnectionClassifier(TitleClassifier.Default, CompanyNormalizer.Default, tags ?? TagRules.None).Classify(connections, positions);
}
