using Showcase.Api.Collections;
using Showcase.Reference;

namespace Showcase.Web.Listings;

/// <summary>Stored reference codes as the words people read.</summary>
public static class Terms
{
    public static string Join(Taxonomy taxonomy, IEnumerable<string> codes)
    {
        var names = codes.Select(taxonomy.NameOf).ToArray();
        return names.Length == 0 ? "—" : string.Join("、", names);
    }

    public static string Region(string? province, string? city) => CollectionBooks.Region(province, city) ?? "—";
}
