using System.Globalization;
using System.Resources;

namespace Showcase.Catalog.Collections;

/// <summary>
/// The words a book prints around its cases (contents, chapter headings, table headers, captions), in Chinese
/// (<c>BookWords.resx</c>, the neutral language) and English (<c>BookWords.en.resx</c>); dates and chapter numbers the
/// way each language writes them.
/// </summary>
public static class BookWords
{
    /// <summary>Before Chinese that an English page prints because no English is written (the site's 中文原文 marker, explained).</summary>
    public const string OriginalMark = "中文原文 · Chinese original";

    private static readonly ResourceManager Texts = new(typeof(BookWords).FullName!, typeof(BookWords).Assembly);

    public static string Get(string key, BookLanguage language, params object[] arguments)
    {
        var culture = Culture(language);
        var text = Texts.GetString(key, culture) ?? throw new MissingManifestResourceException($"BookWords has no “{key}”.");
        return arguments.Length == 0 ? text : string.Format(culture, text, arguments);
    }

    /// <summary>第一章　标题, or Chapter 1  Title.</summary>
    public static string Chapter(int number, string title, BookLanguage language) =>
        Get("Chapter", language, language == BookLanguage.English ? number.ToString(CultureInfo.InvariantCulture) : ChineseNumbers.Of(number), title);

    /// <summary>The label of a fact (<see cref="BookFacts"/>).</summary>
    public static string Fact(string key, BookLanguage language) => Get("Fact." + key, language);

    /// <summary>2026年11月23日, or 23 November 2026.</summary>
    public static string Date(DateOnly date, BookLanguage language) =>
        date.ToString(language == BookLanguage.English ? "d MMMM yyyy" : "yyyy年M月d日", CultureInfo.InvariantCulture);

    /// <summary>Names in a row: 钢铁、汽车, or Steel, Automotive.</summary>
    public static string List(IEnumerable<string> names, BookLanguage language) =>
        string.Join(language == BookLanguage.English ? ", " : "、", names);

    /// <summary>What a choice of <paramref name="choice"/> is called, in <paramref name="language"/>: 中英对照, or Chinese and English.</summary>
    public static string LanguageName(BookLanguage choice, BookLanguage language) => Get("Language." + choice, language);

    /// <summary>The book language of a page read in <paramref name="interfaceLanguage"/> (<c>zh-CN</c> or <c>en</c>).</summary>
    public static BookLanguage Of(string interfaceLanguage) => interfaceLanguage == "en" ? BookLanguage.English : BookLanguage.Chinese;

    /// <summary>The <c>lang</c> of pages in <paramref name="language"/> (a book in both is Chinese with English pages).</summary>
    public static string Lang(BookLanguage language) => language == BookLanguage.English ? "en" : "zh-CN";

    private static CultureInfo Culture(BookLanguage language) =>
        CultureInfo.GetCultureInfo(language == BookLanguage.English ? "en" : "zh-CN");
}
