using Showcase.Reference;

namespace Showcase.Web.Localization;

/// <summary>Reference-list names (industries, provinces, programs…) in the language of the interface.</summary>
public static class ReferenceNames
{
    public static string Localized(this TaxonomyTerm term) => term.NameIn(Languages.Current);

    /// <summary>The name of <paramref name="code"/> in the list, or the code itself when the list lacks it.</summary>
    public static string Localized(this Taxonomy list, string code) => list.NameOf(code, Languages.Current);
}
