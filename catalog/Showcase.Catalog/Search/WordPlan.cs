using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace Showcase.Catalog.Search;

/// <summary>
/// How one query word matches, whatever engine runs it. Without a dictionary the word's boundaries in the text are
/// unknown, so a Chinese word matches when the item has every Latin word and lone character of it, its first and
/// last character pairs, and all but a third of its pairs: 焊点检测 finds 焊点质量在线检测, which lacks the pair 点检.
/// All its tokens together (the whole word) score higher, and the word as a phrase in the title higher still.
/// </summary>
public sealed record WordPlan(string Word, IReadOnlyList<(string Text, int Position)> Tokens)
{
    public const float WholeWordBoost = 4f;
    public const float TitleTermsBoost = 3f;
    public const float TitlePhraseBoost = 6f;

    private static readonly Analyzer QueryAnalyzer = ChineseAnalyzers.Query();

    /// <summary>The plan for a word, or null when it has no searchable token (punctuation only).</summary>
    public static WordPlan? Of(string word)
    {
        var tokens = Tokenize(word);
        return tokens.Count == 0 ? null : new WordPlan(word, tokens);
    }

    /// <summary>The query tokens of any text: character pairs, lone characters, Latin words.</summary>
    public static List<(string Text, int Position)> Tokenize(string text)
    {
        var tokens = new List<(string, int)>();
        using var stream = QueryAnalyzer.GetTokenStream("all", text);
        var term = stream.AddAttribute<ICharTermAttribute>();
        var increment = stream.AddAttribute<IPositionIncrementAttribute>();
        stream.Reset();
        var position = -1;
        while (stream.IncrementToken())
        {
            position += increment.PositionIncrement;
            tokens.Add((term.ToString(), position));
        }

        stream.End();
        return tokens;
    }

    /// <summary>Tokens every match must hold: Latin words, lone characters, the first and the last pair.</summary>
    public IReadOnlyList<string> Required =>
        Tokens.Select(t => t.Text).Where(t => !IsPair(t)).Concat(Pairs.Count == 0 ? [] : [Pairs[0], Pairs[^1]]).Distinct().ToArray();

    public IReadOnlyList<string> Pairs => Tokens.Select(t => t.Text).Where(IsPair).ToArray();

    /// <summary>How many of the distinct pairs a match must hold (all but a third).</summary>
    public int MinimumPairs => Math.Min(Pairs.Count - Pairs.Count / 3, Pairs.Distinct().Count());

    /// <summary>The pairs between the first and the last (those two are <see cref="Required"/> already).</summary>
    public IReadOnlyList<string> MiddlePairs => Pairs.Distinct().Where(p => p != Pairs[0] && p != Pairs[^1]).ToArray();

    /// <summary>
    /// How many <see cref="MiddlePairs"/> a match must hold so that it holds <see cref="MinimumPairs"/> in all; 0 for
    /// words of up to four characters, whose first and last pairs are enough (so no costly minimum-match clause runs).
    /// </summary>
    public int MinimumMiddlePairs => Pairs.Count == 0 ? 0 : Math.Max(0, MinimumPairs - Pairs.Take(1).Concat(Pairs.TakeLast(1)).Distinct().Count());

    public IReadOnlyList<string> Distinct => Tokens.Select(t => t.Text).Distinct().ToArray();

    /// <summary>A pair of Han characters as the bigram filter makes it (Latin words and lone characters are not).</summary>
    private static bool IsPair(string token) => token.Length == 2 && char.IsLetter(token[0]) && token.All(c => c >= '\u2E80');
}
