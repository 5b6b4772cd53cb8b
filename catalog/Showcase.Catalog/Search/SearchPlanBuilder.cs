namespace Showcase.Catalog.Search;

/// <summary>
/// Builds a <see cref="SearchPlan"/> chunk by chunk (the query's space-separated parts). A chunk is scanned for
/// thesaurus words first (longest first, on word boundaries), the rest segmented; the content words
/// between dropped and optional ones form runs, and a run becomes one compound concept (up to
/// <see cref="SearchPlan.CompoundLength"/> characters) or one concept per word.
/// </summary>
internal sealed class SearchPlanBuilder(Thesaurus thesaurus)
{
    private readonly List<SearchConcept> _required = [];
    private readonly List<SearchConcept> _optional = [];
    private readonly List<SearchPhrase> _literals = [];
    private readonly List<string> _chunks = [];

    public void Add(string chunk) => _chunks.Add(chunk);

    public SearchPlan Build()
    {
        foreach (var chunk in _chunks)
        {
            AddChunk(chunk, withRoles: true);
        }

        if (_required.Count == 0)
        {
            // Only generic or function words (提升, 怎么): then they are what is asked for.
            _required.Clear();
            _optional.Clear();
            _literals.Clear();
            foreach (var chunk in _chunks)
            {
                AddChunk(chunk, withRoles: false);
            }
        }

        return new SearchPlan(_required, _optional, _literals);
    }

    private void AddChunk(string chunk, bool withRoles)
    {
        var run = new List<QuerySegment>();
        var lastWasTerm = false;
        foreach (var unit in Units(chunk))
        {
            if (unit.Kind != QuerySegmentKind.Break && unit.Term is null && (!withRoles || QueryWords.RoleOf(unit.Text) == QueryWordRole.Content))
            {
                run.Add(new QuerySegment(unit.Text, unit.Kind));
                continue;
            }

            var prefix = Flush(run, lastWasTerm, beforeTerm: unit.Term is not null);
            run.Clear();
            lastWasTerm = unit.Term is not null;
            if (unit.Term is { } term)
            {
                _required.Add(Term(new SearchConcept(Alternatives(term).Select(a => Phrase(Words(a))).ToArray()), prefix: prefix));
            }
            else if (unit.Kind != QuerySegmentKind.Break && QueryWords.RoleOf(unit.Text) == QueryWordRole.Optional)
            {
                _optional.Add(new SearchConcept([Phrase([unit.Text])]));
            }
        }

        Flush(run, lastWasTerm, beforeTerm: false);
    }

    /// <summary>
    /// Adds a run of content words. A lone character against a thesaurus word belongs to it — 热成型 is 热成型 or 热成形,
    /// not 热 and 成型; 冲压件表面 is 冲压件 (or 冲裁件 …) and 表面 — so one after a thesaurus word joins it here, and one
    /// before the next is returned for it.
    /// </summary>
    private string? Flush(List<QuerySegment> run, bool afterTerm, bool beforeTerm)
    {
        var words = PairSingles(run);
        if (afterTerm && words.Count > 0 && IsSingle(words[0]))
        {
            _required[^1] = Term(_required[^1], suffix: words[0].Text);
            words.RemoveAt(0);
        }

        string? prefix = null;
        if (beforeTerm && words.Count > 0 && IsSingle(words[^1]))
        {
            prefix = words[^1].Text;
            words.RemoveAt(words.Count - 1);
        }

        AddRun(words);
        return prefix;
    }

    /// <summary>Content words in a row: one compound when short and all Chinese, else one concept each (and the run as a literal).</summary>
    private void AddRun(List<QuerySegment> run)
    {
        var words = MergeSingles(run);
        if (words.Count == 0)
        {
            return;
        }

        if (words.Count > 1 && words.All(w => w.Kind == QuerySegmentKind.Han) && words.Sum(w => w.Text.Length) <= SearchPlan.CompoundLength)
        {
            _required.Add(new SearchConcept([Phrase(words.Select(w => w.Text))]));
            return;
        }

        _required.AddRange(words.Select(w => new SearchConcept(SearchPiece.FuzzyOf(w.Text) is { } fuzzy
            ? [Phrase([w.Text]), SearchPhrase.Fuzzy(fuzzy)]
            : [Phrase([w.Text])])));
        if (words.Count > 1)
        {
            _literals.Add(Phrase([string.Concat(words.Select(w => w.Text))]));
        }
    }

    /// <summary>A concept with <paramref name="prefix"/> or <paramref name="suffix"/> joined to every alternative.</summary>
    private static SearchConcept Term(SearchConcept concept, string? prefix = null, string? suffix = null) =>
        prefix is null && suffix is null
            ? concept
            : new SearchConcept(concept.Alternatives.Select(a => Phrase(Words(prefix + a.Text + suffix))).ToArray());

    private IEnumerable<string> Alternatives(string term) => thesaurus.Expand(term).Where(w => w != term).Prepend(term);

    /// <summary>A thesaurus word or synonym as the words of a phrase (设备健康管理: 设备, 健康, 管理).</summary>
    private static IEnumerable<string> Words(string text) =>
        MergeSingles(QuerySegmenter.Segment(text).Where(s => s.Kind != QuerySegmentKind.Break).ToList()).Select(w => w.Text);

    private static SearchPhrase Phrase(IEnumerable<string> words) => SearchPhrase.Of(words);

    /// <summary>
    /// Single characters the segmenter left alone join up: with each other (极 / 片: 极片), else with the Chinese word
    /// before them (冲压 / 件: 冲压件), else the one after (锂 / 电池: 锂电池).
    /// </summary>
    private static List<QuerySegment> MergeSingles(List<QuerySegment> run) => JoinSingles(PairSingles(run));

    /// <summary>Single characters in a row become one word (极 / 片: 极片; 产 / 线: 产线).</summary>
    private static List<QuerySegment> PairSingles(List<QuerySegment> run)
    {
        var words = new List<QuerySegment>();
        var ofSingles = false;
        foreach (var word in run)
        {
            if (IsSingle(word) && ofSingles)
            {
                words[^1] = words[^1] with { Text = words[^1].Text + word.Text };
                continue;
            }

            words.Add(word);
            ofSingles = IsSingle(word);
        }

        return words;
    }

    /// <summary>A single character still alone joins the Chinese word before it, else the one after.</summary>
    private static List<QuerySegment> JoinSingles(List<QuerySegment> run)
    {
        var words = run.ToList();
        for (var i = 0; i < words.Count; i++)
        {
            if (!IsSingle(words[i]))
            {
                continue;
            }

            if (i > 0 && words[i - 1].Kind == QuerySegmentKind.Han)
            {
                words[i - 1] = words[i - 1] with { Text = words[i - 1].Text + words[i].Text };
                words.RemoveAt(i--);
            }
            else if (i + 1 < words.Count && words[i + 1].Kind == QuerySegmentKind.Han)
            {
                words[i + 1] = words[i + 1] with { Text = words[i].Text + words[i + 1].Text };
                words.RemoveAt(i--);
            }
        }

        return words;
    }

    private static bool IsSingle(QuerySegment word) => word is { Kind: QuerySegmentKind.Han, Text.Length: 1 };

    /// <summary>
    /// The chunk as thesaurus words and segments, in order. A thesaurus word counts only where it starts and ends on
    /// the segmenter's word boundaries: 焊点检测 is 焊点 / 检测, so 点检 is not in it; kerpen is one Latin word, so ERP is
    /// not in it, while 电子agv holds AGV.
    /// </summary>
    private IEnumerable<QueryUnit> Units(string chunk)
    {
        var boundaries = Boundaries(chunk);
        var rest = 0;
        for (var i = 0; i < chunk.Length;)
        {
            var at = i;
            var known = boundaries.Contains(at)
                ? thesaurus.Words.FirstOrDefault(w => string.CompareOrdinal(chunk, at, w, 0, w.Length) == 0 && boundaries.Contains(at + w.Length))
                : null;
            if (known is null)
            {
                i++;
                continue;
            }

            foreach (var segment in QuerySegmenter.Segment(chunk[rest..i]))
            {
                yield return new QueryUnit(segment.Text, segment.Kind, null);
            }

            yield return new QueryUnit(known, QuerySegmentKind.Han, known);
            i += known.Length;
            rest = i;
        }

        foreach (var segment in QuerySegmenter.Segment(chunk[rest..]))
        {
            yield return new QueryUnit(segment.Text, segment.Kind, null);
        }
    }

    /// <summary>Where the segmenter's words of <paramref name="chunk"/> start and end.</summary>
    private static HashSet<int> Boundaries(string chunk)
    {
        var boundaries = new HashSet<int> { 0, chunk.Length };
        var position = 0;
        foreach (var segment in QuerySegmenter.Segment(chunk))
        {
            var start = chunk.IndexOf(segment.Text, position, StringComparison.Ordinal);
            if (start < 0)
            {
                continue;
            }

            position = start + segment.Text.Length;
            boundaries.Add(start);
            boundaries.Add(position);
        }

        return boundaries;
    }

    private sealed record QueryUnit(string Text, QuerySegmentKind Kind, string? Term);
}
