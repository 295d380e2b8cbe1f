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
        var titleCache = new Dictionary<string, TitleClassification>(StringComparer.Ordinal);
        var companyCache = new Dictionary<string, CompanyName>(StringComparer.Ordinal);
        var result = new ClassifiedConnection[connections.Count];
        for (var i = 0; i < result.Length; i++)
        {
            var connection = connections[i];
            if (!titleCache.TryGetValue(connection.Position, out var title))
            {
                titleCache[connection.Position] = title = Titles.Classify(connection.Position);
            }

            if (!companyCache.TryGetValue(connection.Company, out var company))
            {
                companyCache[connection.Company] = company = Companies.Normalize(connection.Company);
            }

            var relationship = relationships.Classify(company);
            var tags = Tags.TagsFor(new TagSubject(connection, title, company, relationship));
            result[i] = new ClassifiedConnection(connection, title, company, relationship, tags);
        }

        return result;
    }
}
