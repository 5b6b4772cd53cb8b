namespace Showcase.Catalog.Search;

/// <summary>
/// What a query asks for, whatever engine runs it. The query is segmented (<see cref="QuerySegmenter"/>), question and
/// function words are dropped and generic ones made optional (<see cref="QueryWords"/>), and what is left becomes
/// concepts, each with its wording and its synonyms (<see cref="Thesaurus"/>):
/// <c>怎样减少冲压件的毛刺</c> asks for 冲压件 and 毛刺, with 减少 optional; <c>钢铁预测性维护</c> for 钢铁 and
/// 预测性维护 (or 设备健康管理 …). Every concept must match; when that finds nothing and there are three or more,
/// <see cref="RelaxedMinimum"/> of them must.
/// </summary>
public sealed record SearchPlan(IReadOnlyList<SearchConcept> Required, IReadOnlyList<SearchConcept> Optional, IReadOnlyList<SearchPhrase> Literals)
{
    /// <summary>A run of content this long or shorter, split into words, is one compound (机械工程, 焊缝检测); a longer one is several concepts.</summary>
    public const int CompoundLength = 4;

    /// <summary>Plans kept per thesaurus (a portal's changes with its synonyms) and query text, up to this many each.</summary>
    private const int KeptPlans = 4096;

    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<Thesaurus, System.Collections.Concurrent.ConcurrentDictionary<string, SearchPlan>> Plans = [];

    /// <summary>The plan of a query, made once per query text and thesaurus: segmenting is the costly part of a search's start.</summary>
    public static SearchPlan Parse(string? query, Thesaurus thesaurus)
    {
        var plans = Plans.GetOrCreateValue(thesaurus);
        if (plans.TryGetValue(query ?? "", out var plan))
        {
            return plan;
        }

        if (plans.Count >= KeptPlans)
        {
            plans.Clear();
        }

        return plans[query ?? ""] = Build(query, thesaurus);
    }

    private static SearchPlan Build(string? query, Thesaurus thesaurus)
    {
        var builder = new SearchPlanBuilder(thesaurus);
        foreach (var chunk in EnglishTerms(SearchText.Normalize(query ?? "").Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries), thesaurus))
        {
            builder.Add(chunk);
        }

        return builder.Build();
    }

    /// <summary>Longest English phrases a query spells across its space-separated chunks.</summary>
    private const int EnglishTermWords = 5;

    /// <summary>
    /// The chunks, with English words that stem to a thesaurus phrase joined into it: digital twins is one chunk,
    /// digital twin, so it is one concept with its synonyms (数字孪生 …) rather than two words.
    /// </summary>
    private static IEnumerable<string> EnglishTerms(string[] chunks, Thesaurus thesaurus)
    {
        for (var i = 0; i < chunks.Length;)
        {
            var latin = chunks.Skip(i).TakeWhile(c => !c.Any(QuerySegmenter.IsHan)).Take(EnglishTermWords).Count();
            var (term, length) = Enumerable.Range(1, latin).Reverse()
                .Select(n => (Term: thesaurus.EnglishWord(chunks.Skip(i).Take(n)), Length: n))
                .FirstOrDefault(t => t.Term is not null);
            yield return term ?? chunks[i];
            i += term is null ? 1 : length;
        }
    }

    public bool IsEmpty => Required.Count == 0;

    /// <summary>How many concepts a relaxed search needs (all but a third), or 0 when the query is too short to relax.</summary>
    public int RelaxedMinimum => Required.Count >= 3 ? Required.Count - Required.Count / 3 : 0;

    /// <summary>Every word worth marking in a snippet, longest first: each piece on its own, so a gapped match is marked too.</summary>
    public IReadOnlyList<string> Highlights =>
        Required.Concat(Optional).SelectMany(c => c.Alternatives).SelectMany(a => a.Pieces.Select(p => p.Text).Append(a.Text))
            .Distinct().OrderByDescending(w => w.Length).ToArray();

    /// <summary>The English stems worth marking: a word of English text is marked when its stem is one of these.</summary>
    public IReadOnlyCollection<string> EnglishHighlights =>
        Required.Concat(Optional).SelectMany(c => c.Alternatives).Select(a => a.English).OfType<SearchPhrase>()
            .SelectMany(e => e.Pieces.SelectMany(p => p.Tokens.Select(t => t.Token))).ToHashSet(StringComparer.Ordinal);
}

/// <summary>One thing the query asks for: its own wording first, then its synonyms (which score less).</summary>
public sealed record SearchConcept(IReadOnlyList<SearchPhrase> Alternatives)
{
    public SearchPhrase Literal => Alternatives[0];

    public IEnumerable<SearchPhrase> Synonyms => Alternatives.Skip(1);
}

/// <summary>
/// Words that match in their order within one field, with a gap of up to <see cref="MaximumGap"/> positions between
/// them (焊缝检测 finds 焊缝进行无损检测); each word's own tokens are adjacent. Latin words are looked for in the English
/// fields too, as their stems (<see cref="English"/>): digital twins finds a case whose English says digital twin.
/// </summary>
public sealed record SearchPhrase(string Text, IReadOnlyList<SearchPiece> Pieces)
{
    /// <summary>Positions allowed between the words of a phrase: about a sentence (a field starts 100 positions after the last).</summary>
    public const int MaximumGap = 60;

    /// <summary>The same words as the English fields hold them (stemmed, stop words out), or null when they hold Chinese or only stop words.</summary>
    public SearchPhrase? English { get; private init; }

    /// <summary>Whether this is the English form of a phrase: its pieces' tokens are stems for the English fields.</summary>
    public bool InEnglish { get; private init; }

    public static SearchPhrase Of(IEnumerable<string> words)
    {
        var pieces = words.Select(SearchPiece.Of).OfType<SearchPiece>().ToArray();
        return WithEnglish(new SearchPhrase(string.Concat(pieces.Select(p => p.Text)), pieces), pieces.Select(p => p.Text), fuzzy: false);
    }

    /// <summary>A Latin word at one edit (kerpan finds Kerpen; in English, its stem at one edit).</summary>
    public static SearchPhrase Fuzzy(SearchPiece fuzzy) => WithEnglish(new SearchPhrase(fuzzy.Text, [fuzzy]), [fuzzy.Text], fuzzy: true);

    /// <summary>The tokens of the whole text word for word, as its field's analysis makes them.</summary>
    public IReadOnlyList<(string Token, int Position)> AdjacentTokens() =>
        InEnglish ? EnglishAnalyzers.Tokens(Text).Select(t => (t.Token, t.Position)).ToArray() : QueryTokens.Of(Text);

    private static SearchPhrase WithEnglish(SearchPhrase phrase, IEnumerable<string> words, bool fuzzy)
    {
        var texts = words.ToArray();
        if (texts.Length == 0 || texts.Any(w => w.Any(QuerySegmenter.IsHan)))
        {
            return phrase;
        }

        var pieces = texts.Select(w => SearchPiece.InEnglish(w, fuzzy)).OfType<SearchPiece>().ToArray();
        return pieces.Length == 0
            ? phrase
            : phrase with { English = new SearchPhrase(string.Join(" ", texts), pieces) { InEnglish = true } };
    }
}

/// <summary>
/// One word as the index's tokens (character pairs, a lone character, a Latin word) and their positions; a fuzzy piece
/// is one Latin word that also matches at one edit (a letter changed, added, dropped or two swapped).
/// </summary>
public sealed record SearchPiece(string Text, IReadOnlyList<(string Token, int Position)> Tokens)
{
    /// <summary>Latin words this long or longer match at one edit too (kerpan finds Kerpen); shorter ones are too often other words.</summary>
    public const int FuzzyLength = 5;

    public bool Fuzzy { get; init; }

    /// <summary>The fuzzy form of a Latin word of <see cref="FuzzyLength"/> letters or more, or null.</summary>
    public static SearchPiece? FuzzyOf(string word) =>
        word.Count(char.IsAsciiLetter) >= FuzzyLength && word.All(char.IsAsciiLetterOrDigit) && Of(word) is { Tokens.Count: 1 } piece
            ? piece with { Fuzzy = true }
            : null;

    public static SearchPiece? Of(string word)
    {
        var tokens = QueryTokens.Of(word);
        return tokens.Count == 0 ? null : new SearchPiece(word, tokens);
    }

    /// <summary>A word as the English fields hold it (its stem), or null for a stop word; fuzzy only when it is one stem.</summary>
    public static SearchPiece? InEnglish(string word, bool fuzzy)
    {
        var tokens = EnglishAnalyzers.Tokens(word);
        if (tokens.Count == 0)
        {
            return null;
        }

        var first = tokens[0].Position;
        return new SearchPiece(word, [.. tokens.Select(t => (t.Token, t.Position - first))]) { Fuzzy = fuzzy && tokens.Count == 1 };
    }
}
