using Showcase.Listings;

namespace Showcase.Api.Listings;

/// <summary>A listing's filters and order as they travel in the URL, so a filtered page can be shared and bookmarked.</summary>
public sealed record CatalogFilterForm(string? Industry, string? Domain, string? Province, string? Sector, string? Status, string? Text, CatalogSort Sort, string? After)
{
    public CatalogQuery ToQuery(int take) => new()
    {
        Industries = Codes(Industry),
        Domains = Codes(Domain),
        Provinces = Codes(Province),
        Sectors = Codes(Sector),
        Statuses = Codes(Status),
        TitleContains = string.IsNullOrWhiteSpace(Text) ? null : Text.Trim(),
        Sort = Sort,
        After = After,
        Take = take,
    };

    /// <summary>The URL of this listing with these filters, at the page after <paramref name="after"/> (the first page when null).</summary>
    public string Url(string path, string? after = null)
    {
        var query = new List<string>();
        Add(query, "industry", Industry);
        Add(query, "domain", Domain);
        Add(query, "province", Province);
        Add(query, "sector", Sector);
        Add(query, "status", Status);
        Add(query, "q", Text);
        if (Sort != CatalogSort.Newest)
        {
            query.Add($"sort={Sort.ToString().ToLowerInvariant()}");
        }

        Add(query, "after", after);
        return query.Count == 0 ? path : $"{path}?{string.Join("&", query)}";
    }

    /// <summary>The filter a URL's query string carries (the list pages' and the exports' parameters).</summary>
    public static CatalogFilterForm FromQuery(Func<string, string?> parameter) => new(
        Blank(parameter("industry")), Blank(parameter("domain")), Blank(parameter("province")), Blank(parameter("sector")),
        Blank(parameter("status")), Blank(parameter("q")), ParseSort(parameter("sort")), Blank(parameter("after")));

    public static CatalogSort ParseSort(string? value) =>
        Enum.TryParse<CatalogSort>(value, ignoreCase: true, out var sort) && Enum.IsDefined(sort) ? sort : CatalogSort.Newest;

    public bool IsFiltered => Industry is not null || Domain is not null || Province is not null || Sector is not null || Status is not null || Text is not null;

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    private static IReadOnlyList<string> Codes(string? value) => string.IsNullOrWhiteSpace(value) ? [] : [value.Trim()];

    private static void Add(List<string> query, string name, string? value)
    {
        if (!string.IsNullOrWhiteSpace(value))
        {
            query.Add($"{name}={Uri.EscapeDataString(value.Trim())}");
        }
    }
}
