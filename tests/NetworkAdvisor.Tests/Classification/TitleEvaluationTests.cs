using System.Globalization;
using NetworkAdvisor.Classification;
using NetworkAdvisor.Import;
using Xunit.Abstractions;

namespace NetworkAdvisor.Tests.Classification;

/// <summary>
/// Accuracy on the team's hand-labelled table (title-evaluation.csv, written by people, not by the
/// classifier). Prints accuracy per field and per language; fails below honest floors.
/// </summary>
public sealed class TitleEvaluationTests(ITestOutputHelper output)
{
    private const double FunctionFloor = 0.95;
    private const double SeniorityFloor = 0.96;

    [Fact]
    public void Accuracy_on_the_labelled_table_stays_above_the_floor()
    {
        var rows = LoadTable();
        Assert.True(rows.Count >= 400, $"only {rows.Count} labelled titles");

        var results = rows.Select(r => (Row: r, Result: TitleClassifier.Default.Classify(r.Title))).ToList();
        var functionHits = results.Count(x => Vocabulary.Name(x.Result.Function) == x.Row.Function);
        var seniorityHits = results.Count(x => Vocabulary.Name(x.Result.Seniority) == x.Row.Seniority);
        var bothHits = results.Count(x => Vocabulary.Name(x.Result.Function) == x.Row.Function && Vocabulary.Name(x.Result.Seniority) == x.Row.Seniority);

        var functionAccuracy = (double)functionHits / rows.Count;
        var seniorityAccuracy = (double)seniorityHits / rows.Count;
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"titles: {rows.Count}"));
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"function accuracy:  {functionAccuracy:P1}"));
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"seniority accuracy: {seniorityAccuracy:P1}"));
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"both right:         {(double)bothHits / rows.Count:P1}"));
        foreach (var language in results.GroupBy(x => x.Row.Language).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            var n = language.Count();
            output.WriteLine(string.Create(
                CultureInfo.InvariantCulture,
                $"  {language.Key,-6} n={n,4}  function {(double)language.Count(x => Vocabulary.Name(x.Result.Function) == x.Row.Function) / n:P0}  seniority {(double)language.Count(x => Vocabulary.Name(x.Result.Seniority) == x.Row.Seniority) / n:P0}"));
        }

        foreach (var miss in results.Where(x => Vocabulary.Name(x.Result.Function) != x.Row.Function || Vocabulary.Name(x.Result.Seniority) != x.Row.Seniority))
        {
            output.WriteLine($"MISS {miss.Row.Title} | want {miss.Row.Function}/{miss.Row.Seniority} | got {Vocabulary.Name(miss.Result.Function)}/{Vocabulary.Name(miss.Result.Seniority)} | {miss.Result.Evidence}");
        }

        Assert.True(functionAccuracy >= FunctionFloor, string.Create(CultureInfo.InvariantCulture, $"function accuracy {functionAccuracy:P1} is below {FunctionFloor:P0}"));
        Assert.True(seniorityAccuracy >= SeniorityFloor, string.Create(CultureInfo.InvariantCulture, $"seniority accuracy {seniorityAccuracy:P1} is below {SeniorityFloor:P0}"));
    }

    [Fact]
    public void The_table_uses_only_linkedin_names()
    {
        foreach (var row in LoadTable())
        {
            Assert.True(Vocabulary.TryParseFunction(row.Function, out _), row.Function);
            Assert.True(Vocabulary.TryParseSeniority(row.Seniority, out _), row.Seniority);
        }
    }

    internal static List<LabelledTitle> LoadTable()
    {
        var path = Path.Combine(AppContext.BaseDirectory, "Classification", "title-evaluation.csv");
        var records = new CsvTokenizer(File.ReadAllText(path), ',').ReadAll().Skip(1).Where(r => !r.IsBlank).ToList();
        return [.. records.Select(r => new LabelledTitle(r.Fields[0], r.Fields[1], r.Fields[2], r.Fields[3]))];
    }

    internal sealed record LabelledTitle(string Title, string Function, string Seniority, string Language);
}
