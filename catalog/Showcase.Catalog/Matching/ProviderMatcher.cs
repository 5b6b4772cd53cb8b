namespace Showcase.Catalog.Matching;

/// <summary>
/// Ranks providers for a challenge, each with its explanation: the same industry and domain, shared technologies,
/// delivered cases like the challenge, the same province, and a track record of delivered cases. The roster (providers
/// with their delivered cases) is built once and can serve many challenges; ranking scores every provider without
/// allocating and explains only the ones it returns, so ten thousand providers rank in a few milliseconds.
/// </summary>
public sealed class ProviderMatcher
{
    /// <summary>Cases counted towards a full similar-case or track-record part.</summary>
    private const int EnoughSimilarCases = 3;
    private const int EnoughDeliveredCases = 10;

    private readonly IReadOnlyList<MatchProvider> _providers;
    private readonly MatchCase[][] _delivered;

    public ProviderMatcher(IReadOnlyList<MatchProvider> providers, IReadOnlyList<MatchCase> cases)
    {
        _providers = providers;
        var byProvider = new Dictionary<string, List<MatchCase>>(StringComparer.Ordinal);
        foreach (var delivered in cases)
        {
            foreach (var provider in delivered.Providers)
            {
                if (!byProvider.TryGetValue(provider, out var list))
                {
                    byProvider[provider] = list = [];
                }

                list.Add(delivered);
            }
        }

        _delivered = providers.Select(p => byProvider.TryGetValue(p.Id, out var list) ? list.ToArray() : []).ToArray();
    }

    /// <summary>One-off ranking (builds the roster for this call).</summary>
    public static IReadOnlyList<ProviderMatch> Rank(MatchTarget target, IReadOnlyList<MatchProvider> providers, IReadOnlyList<MatchCase> cases, int take,
        MatchWeights? weights = null) => new ProviderMatcher(providers, cases).Rank(target, take, weights);

    /// <summary>The best <paramref name="take"/> providers that fit the work, best first (ties by id), explained.</summary>
    public IReadOnlyList<ProviderMatch> Rank(MatchTarget target, int take, MatchWeights? weights = null)
    {
        weights ??= MatchWeights.Default;
        var technologies = target.Technologies.ToHashSet(StringComparer.Ordinal);
        var top = new PriorityQueue<int, (double Score, string Id)>(take + 1, Worse.Instance);
        for (var i = 0; i < _providers.Count; i++)
        {
            var parts = Parts(target, technologies, _providers[i], _delivered[i]);
            // Region and track record only add to a provider that fits the work itself.
            if (parts.Industry + parts.Domain + parts.Technology + parts.Similar <= 0)
            {
                continue;
            }

            top.Enqueue(i, (Score(parts, weights), _providers[i].Id));
            if (top.Count > take)
            {
                top.Dequeue();
            }
        }

        var ranked = new List<ProviderMatch>(top.Count);
        while (top.TryDequeue(out var i, out var key))
        {
            ranked.Add(Explain(target, technologies, _providers[i], _delivered[i], key.Score, weights));
        }

        ranked.Reverse();
        return ranked;
    }

    private static double Score((double Industry, double Domain, double Technology, double Similar, double Region, double Track) p, MatchWeights w) =>
        Math.Round(100 * (w.Industry * p.Industry + w.Domain * p.Domain + w.Technology * p.Technology + w.SimilarCases * p.Similar + w.Region * p.Region + w.TrackRecord * p.Track), 1);

    private static (double Industry, double Domain, double Technology, double Similar, double Region, double Track) Parts(
        MatchTarget target, HashSet<string> technologies, MatchProvider provider, MatchCase[] delivered)
    {
        var industry = target.Industry is not null && provider.Industries.Contains(target.Industry) ? 1 : 0;
        var domain = target.Domain is not null && provider.Domains.Contains(target.Domain) ? 1 : 0;
        var technology = technologies.Count == 0 ? 0 : (double)provider.Technologies.Count(technologies.Contains) / technologies.Count;
        // The sum of the best three likenesses, kept without sorting.
        double first = 0, second = 0, third = 0;
        foreach (var c in delivered)
        {
            var likeness = Likeness(target, technologies, c);
            if (likeness > first) (first, second, third) = (likeness, first, second);
            else if (likeness > second) (second, third) = (likeness, second);
            else if (likeness > third) third = likeness;
        }

        var region = target.Province is not null && provider.Province == target.Province ? 1 : 0;
        var track = Math.Min(1, Math.Log2(1 + delivered.Length) / Math.Log2(1 + EnoughDeliveredCases));
        return (industry, domain, technology, (first + second + third) / EnoughSimilarCases, region, track);
    }

    private static ProviderMatch Explain(MatchTarget target, HashSet<string> technologies, MatchProvider provider, MatchCase[] delivered, double score, MatchWeights weights)
    {
        var p = Parts(target, technologies, provider, delivered);
        var similar = delivered
            .Select(c => (Case: c, Likeness: Likeness(target, technologies, c)))
            .Where(c => c.Likeness > 0)
            .OrderByDescending(c => c.Likeness)
            .ThenBy(c => c.Case.Id, StringComparer.Ordinal)
            .Take(EnoughSimilarCases)
            .Select(c => c.Case)
            .ToArray();
        return new ProviderMatch(provider, score, new MatchExplanation(p.Industry, p.Domain, p.Technology, p.Similar, p.Region, p.Track,
            provider.Technologies.Where(technologies.Contains).ToArray(), similar, delivered.Length, weights));
    }

    /// <summary>How like the challenge a delivered case is (0–1): its industry and domain most, then shared technologies.</summary>
    private static double Likeness(MatchTarget target, HashSet<string> technologies, MatchCase delivered)
    {
        var industry = target.Industry is not null && delivered.Industries.Contains(target.Industry) ? 0.5 : 0;
        var domain = target.Domain is not null && delivered.Domains.Contains(target.Domain) ? 0.3 : 0;
        var technology = technologies.Count == 0 ? 0 : 0.2 * delivered.Technologies.Count(technologies.Contains) / technologies.Count;
        return industry + domain + technology;
    }

    /// <summary>The queue's head is the worst kept: the lowest score, and among equals the id last in order.</summary>
    private sealed class Worse : IComparer<(double Score, string Id)>
    {
        public static Worse Instance { get; } = new();

        public int Compare((double Score, string Id) x, (double Score, string Id) y)
        {
            var byScore = x.Score.CompareTo(y.Score);
            return byScore != 0 ? byScore : string.CompareOrdinal(y.Id, x.Id);
        }
    }
}
