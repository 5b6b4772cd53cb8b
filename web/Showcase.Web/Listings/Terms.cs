using Showcase.Api.Collections;
using Showcase.Common;
using Showcase.Reference;
using Showcase.Web.Layout;
using Showcase.Web.Localization;

namespace Showcase.Web.Listings;

/// <summary>Stored reference codes as the words people read.</summary>
public static class Terms
{
    private static readonly LabelTexts Shared = new(typeof(Words));

    public static string Join(Taxonomy taxonomy, IEnumerable<string> codes)
    {
        var names = codes.Select(taxonomy.Localized).ToArray();
        return names.Length == 0 ? "—" : string.Join(Shared.Get("ListSeparator", Languages.Current), names);
    }

    public static string Region(string? province, string? city) => CollectionBooks.Region(province, city, Languages.Current) ?? "—";
}
