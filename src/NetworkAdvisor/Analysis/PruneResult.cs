using System.Collections.Immutable;

namespace NetworkAdvisor.Analysis;

/// <summary>Prune candidates, ranked, and how many connections were protected from the list.</summary>
/// <param name="Candidates">Ranked candidates (highest score first, then longest connected).</param>
/// <param name="Considered">Connections looked at.</param>
/// <param name="ProtectedColleagues">Current and ex-colleagues, never proposed.</param>
/// <param name="ProtectedKeepers">Connections with a keep tag or on the keep list, never proposed.</param>
/// <param name="MessagesAvailable">False when the export has no messages, so "never messaged" and "dormant" could not be judged.</param>
public sealed record PruneResult(
    ImmutableArray<PruneCandidate> Candidates, int Considered, int ProtectedColleagues, int ProtectedKeepers, bool MessagesAvailable);
