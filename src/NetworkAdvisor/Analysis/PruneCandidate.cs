using System.Collections.Immutable;
using NetworkAdvisor.Classification;

namespace NetworkAdvisor.Analysis;

/// <summary>A connection worth reviewing for removal, with every reason that applies.</summary>
/// <param name="Connection">The classified connection.</param>
/// <param name="Score">Sum of the reasons' weights; higher means a stronger case.</param>
/// <param name="Reasons">Plain-language reasons, strongest first.</param>
public sealed record PruneCandidate(ClassifiedConnection Connection, int Score, ImmutableArray<string> Reasons);
