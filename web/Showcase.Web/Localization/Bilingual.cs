namespace Showcase.Web.Localization;

/// <summary>
/// A text written in Chinese with an English version beside it, as the reader sees it: the English to English readers
/// where it is written, else the Chinese — then marked as the original (<see cref="IsOriginal"/>, <see cref="OriginalMark"/>).
/// </summary>
public readonly record struct Bilingual(string? Text, bool IsOriginal)
{
    public static Bilingual Of(string? chinese, string? english) =>
        Languages.Current != Languages.English ? new(chinese, false)
        : english is not null ? new(english, false)
        : new(chinese, chinese is not null);

    /// <summary>Text an engine already chose by language (a search hit): the original when English was not there to choose.</summary>
    public static Bilingual Chosen(string text, bool inEnglish) => new(text, Languages.Current == Languages.English && !inEnglish);

    /// <summary>The <c>lang</c> attribute of the element that holds the text: Chinese shown on an English page says so.</summary>
    public string? Lang => IsOriginal ? Languages.Chinese : null;
}
