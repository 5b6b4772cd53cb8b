namespace Showcase.Catalog.Tests.Search.Relevance;

/// <summary>The usual measures of a ranked answer against graded judgements, over the first ten hits.</summary>
public sealed record RelevanceMetrics(int Queries, double Recall, double Ndcg, double Mrr, double Empty, int FalseHits)
{
    public const int Depth = 10;

    /// <summary>One answerable query: recall@10, nDCG@10 (gain 2^grade − 1), reciprocal rank, whether it found nothing.</summary>
    public static (double Recall, double Ndcg, double ReciprocalRank, bool Empty) Score(Judgement judgement, IReadOnlyList<string> ranked)
    {
        var top = ranked.Take(Depth).ToArray();
        var recall = (double)judgement.Grades.Keys.Count(top.Contains) / judgement.Grades.Count;
        var dcg = top.Select((id, i) => Gain(judgement.Grades.GetValueOrDefault(id)) / Math.Log2(i + 2)).Sum();
        var ideal = judgement.Grades.Values.OrderDescending().Take(Depth).Select((g, i) => Gain(g) / Math.Log2(i + 2)).Sum();
        var first = Array.FindIndex(top, judgement.Grades.ContainsKey);
        return (recall, dcg / ideal, first < 0 ? 0 : 1.0 / (first + 1), ranked.Count == 0);
    }

    /// <summary>The averages over answerable queries, and the hits returned for queries without an answer.</summary>
    public static RelevanceMetrics Of(IReadOnlyList<(Judgement Judgement, IReadOnlyList<string> Ranked)> runs)
    {
        var answerable = runs.Where(r => r.Judgement.HasAnswer).Select(r => Score(r.Judgement, r.Ranked)).ToArray();
        return new RelevanceMetrics(
            answerable.Length,
            answerable.Average(s => s.Recall),
            answerable.Average(s => s.Ndcg),
            answerable.Average(s => s.ReciprocalRank),
            answerable.Count(s => s.Empty) / (double)answerable.Length,
            runs.Where(r => !r.Judgement.HasAnswer).Sum(r => r.Ranked.Count));
    }

    public override string ToString() =>
        $"{Queries} queries: recall@10 {Recall:0.00}, nDCG@10 {Ndcg:0.00}, MRR {Mrr:0.00}, empty {Empty:P0}, false hits {FalseHits}";

    private static double Gain(int grade) => Math.Pow(2, grade) - 1;
}
