namespace Showcase.Catalog.Matching;

/// <summary>
/// Why a provider matches, signal by signal: each part is 0–1 and counts with its weight. <see cref="SimilarCases"/>
/// are the provider's delivered cases closest to the challenge, best first.
/// </summary>
public sealed record MatchExplanation(
    double Industry,
    double Domain,
    double Technology,
    double SimilarCaseScore,
    double Region,
    double TrackRecord,
    IReadOnlyList<string> SharedTechnologies,
    IReadOnlyList<MatchCase> SimilarCases,
    int DeliveredCases,
    MatchWeights Weights);

/// <summary>A provider's place for a challenge: its score (0–100) and why.</summary>
public sealed record ProviderMatch(MatchProvider Provider, double Score, MatchExplanation Explanation);
