using System.Collections.Concurrent;
using System.Runtime.InteropServices;
using NetworkAdvisor.Model;

namespace NetworkAdvisor.Classification;

/// <summary>
/// Classifies every connection of an export: title (function, seniority), company, relationship to
/// the owner and the user's tags. Pure: the same inputs give the same result; nothing is read from disk.
/// </summary>
public sealed class ConnectionClassifier
{
    /// <summary>Creates a classifier from its parts.</summary>
    /// <param name="titles">The title classifier (built-in rules, or with the user's own).</param>
    /// <param name="companies">The company normaliser (with the user's aliases).</param>
    /// <param name="tags">The user's tag rules.</param>
    public ConnectionClassifier(TitleClassifier titles, CompanyNormalizer companies, TagRules tags)
    {
        Titles = titles ?? throw new ArgumentNullException(nameof(titles));
        Companies = companies ?? throw new ArgumentNullException(nameof(companies));
        Tags = tags ?? throw new ArgumentNullException(nameof(tags));
    }

    /// <summary>Built-in rules, no aliases, no tags.</summary>
    public static ConnectionClassifier Default { get; } = new(TitleClassifier.Default, CompanyNormalizer.Default, TagRules.None);

    /// <summary>The title classifier.</summary>
    public TitleClassifier Titles { get; }

    /// <summary>The company normaliser.</summary>
    public CompanyNormalizer Companies { get; }

    /// <summary>The tag rules.</summary>
    public TagRules Tags { get; }

    /// <summary>Classifies the connections of an export, using its Positions.csv for relationships.</summary>
    /// <param name="bundle">The export.</param>
    /// <returns>One result per connection, in order.</returns>
    public IReadOnlyList<ClassifiedConnection> Classify(ExportBundle bundle)
    {
        ArgumentNullException.ThrowIfNull(bundle);
        return Classify(bundle.Connections, bundle.Positions);
    }

    /// <summary>Classifies connections (for example from a filtered DataFrame) against the owner's positions.</summary>
    /// <param name="connections">The connections.</param>
    /// <param name="ownerPositions">The owner's jobs (Positions.csv); empty when unknown.</param>
    /// <returns>One result per connection, in order.</returns>
    public IReadOnlyList<ClassifiedConnection> Classify(IReadOnlyList<Connection> connections, IReadOnlyList<Position> ownerPositions)
    {
        ArgumentNullException.ThrowIfNull(connections);
        ArgumentNullException.ThrowIfNull(ownerPositions);
        var relationships = new RelationshipClassifier(ownerPositions, Companies);

        // Titles and companies repeat (30,000 connections have about 9,000 distinct titles): each distinct one is
        // classified once, and the work is spread over the cores (titles and companies are told apart at the same
        // time). Classifiers and rules are immutable.
        var titleOf = new int[connections.Count];
        var companyOf = new int[connections.Count];
        List<string> distinctTitles = [], distinctCompanies = [];
        Parallel.Invoke(
            () => distinctTitles = Distinct(connections, c => c.Position, titleOf),
            () => distinctCompanies = Distinct(connections, c => c.Company, companyOf));
        var titles = new TitleClassification[distinctTitles.Count];
        var companies = new CompanyName[distinctCompanies.Count];
        InParallel(titles.Length, i => titles[i] = Titles.Classify(distinctTitles[i]));
        InParallel(companies.Length, i => companies[i] = Companies.Normalize(distinctCompanies[i]));
        var relationshipOf = Array.ConvertAll(companies, relationships.Classify);

        var result = new ClassifiedConnection[connections.Count];
        InParallel(result.Length, i =>
        {
            var connection = connections[i];
            var title = titles[titleOf[i]];
            var company = companies[companyOf[i]];
            var relationship = relationshipOf[companyOf[i]];
            var tags = Tags.TagsNothing ? [] : Tags.TagsFor(new TagSubject(connection, title, company, relationship));
            result[i] = new ClassifiedConnection(connection, title, company, relationship, tags);
        });

        return result;
    }

    /// <summary>The distinct values in order of first appearance; <paramref name="indexOf"/> gets each row's index.</summary>
    private static List<string> Distinct(IReadOnlyList<Connection> connections, Func<Connection, string> value, int[] indexOf)
    {
        var index = new Dictionary<string, int>(StringComparer.Ordinal);
        var distinct = new List<string>();
        for (var i = 0; i < connections.Count; i++)
        {
            var text = value(connections[i]);
            ref var slot = ref CollectionsMarshal.GetValueRefOrAddDefault(index, text, out var exists);
            if (!exists)
            {
                slot = distinct.Count;
                distinct.Add(text);
            }

            indexOf[i] = slot;
        }

        return distinct;
    }

    /// <summary>Runs <paramref name="body"/> for 0 to <paramref name="count"/> - 1 in ranges spread over the cores.</summary>
    private static void InParallel(int count, Action<int> body)
    {
        if (count < 2_000)
        {
            for (var i = 0; i < count; i++)
            {
                body(i);
            }

            return;
        }

        Parallel.ForEach(Partitioner.Create(0, count, Math.Max(1_000, count / (4 * Environment.ProcessorCount))), range =>
        {
            for (var i = range.Item1; i < range.Item2; i++)
            {
                body(i);
            }
        });
    }
}
