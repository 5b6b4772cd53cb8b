using System.Text;

namespace Showcase.Catalog.Search;

/// <summary>
/// How text is made comparable before analysis: NFKC (full-width ＭＥＳ → MES, ５Ｇ → 5G), traditional characters folded
/// to simplified (<see cref="TraditionalChinese"/>) and lower case.
/// </summary>
public static class SearchText
{
    public static string Normalize(string text) => TraditionalChinese.Fold(text.Normalize(NormalizationForm.FormKC)).ToLowerInvariant().Trim();
}
