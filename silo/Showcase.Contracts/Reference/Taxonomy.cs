using System.Collections.Frozen;

namespace Showcase.Reference;

/// <summary>A code-keyed reference list (industries, domains, …) in the order people expect to see it.</summary>
public sealed class Taxonomy
{
    private readonly FrozenDictionary<string, TaxonomyTerm> _byCode;

    public Taxonomy(string key, string name, IReadOnlyList<TaxonomyTerm> terms)
    {
        Key = key;
        Name = name;
        Terms = terms;
        _byCode = terms.ToFrozenDictionary(t => t.Code, StringComparer.Ordinal);
    }

    /// <summary>The list's own code, e.g. <c>industry</c>.</summary>
    public string Key { get; }

    /// <summary>The list's Chinese name, e.g. 行业.</summary>
    public string Name { get; }

    public IReadOnlyList<TaxonomyTerm> Terms { get; }

    public bool Contains(string code) => _byCode.ContainsKey(code);

    public TaxonomyTerm? Find(string? code) => code is not null && _byCode.TryGetValue(code, out var term) ? term : null;

    /// <summary>The Chinese name of a code, or the code itself when it is not in the list.</summary>
    public string NameOf(string code) => Find(code)?.Name ?? code;
}
