using System.Text;

namespace Showcase.Catalog.Search;

/// <summary>How text is made comparable before analysis: NFKC (full-width ＭＥＳ → MES, ５Ｇ → 5G) and lower case.</summary>
public static class SearchText
{
    public static string Normalize(string text) => text.Normalize(NormalizationForm.FormKC).ToLowerInvariant().Trim();
}
