using Showcase.Common;
using Showcase.Pictures;

namespace Showcase.Grains.Rules;

/// <summary>How input is tidied before rules see it: trimmed text, blanks as null, codes without duplicates in the author's order.</summary>
internal static class Clean
{
    public static string? Text(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();

    public static EnglishText English(EnglishText english) => new(Text(english.Title), Text(english.Summary), Text(english.Body));

    public static string[] Codes(IReadOnlyList<string> codes) =>
        codes.Select(Text).OfType<string>().Distinct(StringComparer.Ordinal).ToArray();

    public static T[] Distinct<T>(IReadOnlyList<T> items) => items.Distinct().ToArray();

    /// <summary>Captions trimmed, empty ones dropped.</summary>
    public static PictureSet Pictures(PictureSet pictures) => new(
        pictures.Cover is { } cover ? cover with { Caption = Text(cover.Caption) } : null,
        pictures.Gallery.Select(p => p with { Caption = Text(p.Caption) }).ToArray());
}
