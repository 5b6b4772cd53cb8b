namespace Showcase.Catalog.Matching;

/// <summary>What a challenge asks for, as matching sees it: industry, domain, technologies and where the work is.</summary>
public sealed record MatchTarget(string? Industry, string? Domain, IReadOnlyList<string> Technologies, string? Province);

/// <summary>A listed provider's capabilities as matching sees them.</summary>
public sealed record MatchProvider(string Id, string Name, string? Province, IReadOnlyList<string> Industries, IReadOnlyList<string> Domains, IReadOnlyList<string> Technologies);

/// <summary>A published case and the providers that delivered it.</summary>
public sealed record MatchCase(string Id, string Title, IReadOnlyList<string> Industries, IReadOnlyList<string> Domains, IReadOnlyList<string> Technologies, IReadOnlyList<string> Providers);

/// <summary>How much each signal counts; they add up to 1.</summary>
public sealed record MatchWeights(double Industry, double Domain, double Technology, double SimilarCases, double Region, double TrackRecord)
{
    public static MatchWeights Default { get; } = new(Industry: 0.30, Domain: 0.20, Technology: 0.15, SimilarCases: 0.20, Region: 0.05, TrackRecord: 0.10);
}
