using NetworkAdvisor.Model;

namespace NetworkAdvisor.Analysis;

/// <summary>The same person in two exports whose job changed.</summary>
/// <param name="Before">The connection in the older export.</param>
/// <param name="After">The connection in the newer export.</param>
/// <param name="CompanyChanged">True when the normalised company differs.</param>
/// <param name="PositionChanged">True when the title differs (ignoring case and spacing).</param>
/// <param name="MatchedBy">How the two rows were recognised as one person: <c>url</c> or <c>name</c>.</param>
public sealed record PersonChange(Connection Before, Connection After, bool CompanyChanged, bool PositionChanged, string MatchedBy);
