using System.Collections.Frozen;

namespace Showcase.Reference;

/// <summary>
/// A code-keyed, versioned reference list (industries, domains, programs, cities, …) in the order people expect to
/// see it. Terms may form a tree; a term's parent is in this list, or in <see cref="ParentKey"/>'s list when set.
/// </summary>
public sealed class Taxonomy
{
    private readonly FrozenDictionary<string, TaxonomyTerm> _byCode;
    private readonly FrozenDictionary<string, TaxonomyTerm[]> _byParent;

    public Taxonomy(string key, string name, string version, string source, IReadOnlyList<TaxonomyTerm> terms, string? parentKey = null, string? english = null, string? englishSource = null)
    {
        Key = key;
        Name = name;
        English = english;
        EnglishSource = englishSource;
        Version = version;
        Source = source;
        ParentKey = parentKey;
        Terms = terms;
        _byCode = terms.ToFrozenDictionary(t => t.Code, StringComparer.Ordinal);
        _byParent = terms.Where(t => t.Parent is not null)
            .GroupBy(t => t.Parent!, StringComparer.Ordinal)
            .ToFrozenDictionary(g => g.Key, g => g.ToArray(), StringComparer.Ordinal);
    }

    /// <summary>The list's own code, e.g. <c>industry</c>.</summary>
    public string Key { get; }

    /// <summary>The list's Chinese name, e.g. 行业.</summary>
    public string Name { get; }

    /// <summary>The list's English name, e.g. Industries.</summary>
    public string? English { get; }

    /// <summary>Where the English names come from (a standard, an official usage, or our own translation).</summary>
    public string? EnglishSource { get; }

    /// <summary>The edition of the list, changed whenever a term is added, renamed or retired.</summary>
    public string Version { get; }

    /// <summary>Where the list comes from (the seed document or standard).</summary>
    public string Source { get; }

    /// <summary>The list that holds the parents of this list's terms (cities → <c>province</c>), or null when they are in this list.</summary>
    public string? ParentKey { get; }

    public IReadOnlyList<TaxonomyTerm> Terms { get; }

    /// <summary>The terms without a parent in this list: programs, sectors, or all terms of a flat list.</summary>
    public IEnumerable<TaxonomyTerm> Roots => ParentKey is null ? Terms.Where(t => t.Parent is null) : Terms;

    public bool Contains(string code) => _byCode.ContainsKey(code);

    public TaxonomyTerm? Find(string? code) => code is not null && _byCode.TryGetValue(code, out var term) ? term : null;

    /// <summary>The Chinese name of a code, or the code itself when it is not in the list.</summary>
    public string NameOf(string code) => Find(code)?.Name ?? code;

    /// <summary>The name of a code in <paramref name="language"/>, or the code itself when it is not in the list.</summary>
    public string NameOf(string code, string language) => Find(code)?.NameIn(language) ?? code;

    /// <summary>The terms whose parent is <paramref name="parent"/>.</summary>
    public IReadOnlyList<TaxonomyTerm> ChildrenOf(string parent) => _byParent.TryGetValue(parent, out var children) ? children : [];

    /// <summary>Whether <paramref name="code"/> is <paramref name="ancestor"/> or lies under it in this list.</summary>
    public bool IsWithin(string code, string ancestor)
    {
        for (var term = Find(code); term is not null; term = ParentKey is null ? Find(term.Parent) : null)
        {
            if (term.Code == ancestor)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The top-level term a code belongs to (a direction's program, a sub-industry's sector).</summary>
    public TaxonomyTerm? RootOf(string code)
    {
        var term = Find(code);
        while (ParentKey is null && term?.Parent is not null)
        {
            term = Find(term.Parent);
        }

        return term;
    }
}
