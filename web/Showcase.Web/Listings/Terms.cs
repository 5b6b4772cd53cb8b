using Showcase.Api.Collections;
using Showcase.Reference;
using Showcase.Web.Localization;

namespace Showcase.Web.Listings;

/// <summary>Stored reference codes as the words people read.</summary>
public static class Terms
{
    public static string Join(Taxonomy taxonomy, IEnumerable<string> codes)
    {
        var names = codes.Select(taxonomy.Localized).ToArray();
        return names.Length == 0 ? "—" : string.Join(Languages.Current == Languages.English ? ", " : "、", names);
    }

    public static string Region(string? province, string? city) => CollectionBooks.Region(province, city, Languages.Current) ?? "—";
}
