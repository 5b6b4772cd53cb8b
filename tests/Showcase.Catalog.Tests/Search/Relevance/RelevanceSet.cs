using Showcase.Catalog.Search;

namespace Showcase.Catalog.Tests.Search.Relevance;

/// <summary>
/// A graded relevance set written for this repository: 60 items (<c>relevance-items.txt</c>) and queries judged
/// against them by category (<c>relevance-judgements.txt</c>), some with no answer at all.
/// </summary>
public sealed class RelevanceSet
{
    public const string Tenant = "relevance";

    public static RelevanceSet Load { get; } = new(Read("relevance-items.txt"), Read("relevance-judgements.txt"));

    private RelevanceSet(string items, string judgements)
    {
        Items = Lines(items).Select(Item).ToArray();
        var category = "";
        var queries = new List<Judgement>();
        foreach (var line in judgements.Split('\n').Select(l => l.Trim()))
        {
            if (line.StartsWith("## ", StringComparison.Ordinal))
            {
                category = line[3..].Trim();
            }
            else if (line.Length > 0 && !line.StartsWith('#'))
            {
                var (query, grades) = (line.Split('→')[0].Trim(), line.Split('→')[1]);
                queries.Add(new Judgement(category, query, grades.Split(' ', StringSplitOptions.RemoveEmptyEntries)
                    .Select(g => g.Split(':')).ToDictionary(g => g[0], g => int.Parse(g[1]))));
            }
        }

        Judgements = queries;
    }

    public IReadOnlyList<SearchDocument> Items { get; }

    public IReadOnlyList<Judgement> Judgements { get; }

    /// <summary>Every judged id names an item, so a typo in the judgements cannot pass as a miss.</summary>
    public IEnumerable<string> UnknownIds => Judgements.SelectMany(j => j.Grades.Keys).Except(Items.Select(i => i.Id));

    private static IEnumerable<string> Lines(string text) =>
        text.Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0 && !l.StartsWith('#'));

    private static SearchDocument Item(string line, int index)
    {
        var f = line.Split('|').Select(x => x.Trim()).ToArray();
        var (id, kind, title, organisation, industry, domain, text) = (f[0], f[1], f[2], f[3], f[4], f[5], f[6]);
        return new SearchDocument(Tenant, kind, id, 1, title, organisation, text, new Dictionary<string, IReadOnlyList<string>>
        {
            [SearchFacets.Kind] = [kind],
            [SearchFacets.Industry] = [industry],
            [SearchFacets.Domain] = [domain],
        }, new DateTimeOffset(2025, 1, 1, 0, 0, 0, TimeSpan.Zero).AddDays(index));
    }

    private static string Read(string name) => File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Search", "Relevance", name));
}

/// <summary>A query and the grade of every item that answers it (none: the query has no answer).</summary>
public sealed record Judgement(string Category, string Query, IReadOnlyDictionary<string, int> Grades)
{
    public bool HasAnswer => Grades.Count > 0;
}
