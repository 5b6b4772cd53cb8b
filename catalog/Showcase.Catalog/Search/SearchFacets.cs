namespace Showcase.Catalog.Search;

/// <summary>The facet dimensions every engine understands; values are reference codes (or the kind, the year).</summary>
public static class SearchFacets
{
    public const string Kind = "kind";
    public const string Industry = "industry";
    public const string Domain = "domain";
    public const string Technology = "technology";
    public const string Province = "province";
    public const string Program = "program";
    public const string Year = "year";
    public const string Level = "level";

    public static IReadOnlyList<string> All { get; } = [Kind, Industry, Domain, Technology, Province, Program, Year, Level];
}
