using System.Globalization;
using System.Resources;
using Showcase.Tenancy;

namespace Showcase.Common;

/// <summary>
/// A feature's words for its states and kinds, kept in resource files beside it (<c>X.resx</c> in Chinese, the
/// neutral language; <c>X.en.resx</c> in English) and read in a language named by its code. Grains and exports ask
/// for Chinese; pages and GraphQL for the reader's language.
/// </summary>
public sealed class LabelTexts(Type feature)
{
    private readonly ResourceManager _texts = new(feature.FullName!, feature.Assembly);

    public string Get(string key, string language = TenantProfile.Chinese) =>
        Find(key, language) ?? throw new MissingManifestResourceException($"{feature.FullName} has no label “{key}”.");

    /// <summary>The text of <paramref name="key"/> in <paramref name="language"/>, or null when the resources have none.</summary>
    public string? Find(string key, string language) => _texts.GetString(key, CultureInfo.GetCultureInfo(language));

    /// <summary><paramref name="chinese"/>, one of these words, in <paramref name="language"/>; null when it is none of them.</summary>
    public string? Translate(string chinese, string language) =>
        KeysByChinese.Value.TryGetValue(chinese, out var key) ? Find(key, language) : null;

    private Lazy<Dictionary<string, string>> KeysByChinese => field ??= new(() =>
        _texts.GetResourceSet(CultureInfo.InvariantCulture, createIfNotExists: true, tryParents: false)!.Cast<System.Collections.DictionaryEntry>()
            .Where(entry => entry.Value is string)
            .GroupBy(entry => (string)entry.Value!, StringComparer.Ordinal)
            .ToDictionary(group => group.Key, group => (string)group.First().Key, StringComparer.Ordinal));
}
