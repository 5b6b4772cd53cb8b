using Lucene.Net.Index;
using Lucene.Net.Search;

namespace Showcase.Catalog.Search;

/// <summary>
/// Evaluates the shipped thesaurus's words — the words people search with, and the costliest to evaluate (each with
/// its synonyms, most of several words in order) — into match sets ahead of the first search that asks: for the
/// segments an index holds when it opens (in the background), and for each segment a merge makes, before it is
/// searched (Lucene's merged-segment warmer). Only segments of <see cref="LargeSegment"/> documents or more: a smaller
/// one is evaluated in a moment when first asked.
/// </summary>
internal sealed class LuceneMatchWarmer(LuceneMatchSets sets) : IndexWriter.IndexReaderWarmer
{
    public const int LargeSegment = 10_000;

    private static readonly Lazy<SearchPlan[]> Plans = new(() =>
        [.. Thesaurus.Default.Words.Select(w => SearchPlan.Parse(w, Thesaurus.Default))]);

    /// <summary>A merged segment, before it is searched.</summary>
    public override void Warm(AtomicReader reader)
    {
        if (reader.MaxDoc >= LargeSegment)
        {
            Warm(new IndexSearcher(reader));
        }
    }

    /// <summary>Every large segment of the searcher.</summary>
    public void Warm(IndexSearcher searcher)
    {
        foreach (var leaf in searcher.IndexReader.Leaves.Where(l => l.AtomicReader.MaxDoc >= LargeSegment))
        {
            var segment = new IndexSearcher(leaf.AtomicReader);
            foreach (var plan in Plans.Value)
            {
                LuceneMatchParts.Prepare(segment, sets, plan);
            }
        }
    }
}
