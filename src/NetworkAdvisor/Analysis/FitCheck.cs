namespace NetworkAdvisor.Analysis;

/// <summary>One measured check of a network against a goal.</summary>
/// <param name="Name">Stable identifier, e.g. <c>decision-makers</c>.</param>
/// <param name="Value">What was measured, e.g. "18.2% (91 of 500)".</param>
/// <param name="Target">What the goal asks for, e.g. "at least 20%".</param>
/// <param name="Passed">True or false; null when the export cannot measure it (say why in <paramref name="Explanation"/>).</param>
/// <param name="Fulfilment">0 to 1: how close the value is to the target (1 when passed); used in the score.</param>
/// <param name="Explanation">One sentence a person understands.</param>
/// <param name="Recommendation">What to do when the check fails or cannot be measured; empty when passed.</param>
public sealed record FitCheck(string Name, string Value, string Target, bool? Passed, double Fulfilment, string Explanation, string Recommendation);
