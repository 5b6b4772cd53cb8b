using Showcase.Reference;

namespace Showcase.Api.Reference;

/// <summary>Turns stored codes into terms for display, keeping an unknown code visible rather than dropping it.</summary>
internal static class TaxonomyTerms
{
    public static TaxonomyTerm? Term(this Taxonomy taxonomy, string? code) =>
        code is null ? null : taxonomy.Find(code) ?? new TaxonomyTerm(code, code);

    public static TaxonomyTerm[] Terms(this Taxonomy taxonomy, IEnumerable<string> codes) =>
        codes.Select(code => taxonomy.Term(code)!).ToArray();
}
