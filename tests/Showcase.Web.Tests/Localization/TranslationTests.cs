using System.Collections;
using System.Globalization;
using System.Resources;
using System.Text.RegularExpressions;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Localization;
using Showcase.Common;
using Showcase.Tenancy;
using Showcase.Testing;
using Showcase.Web.Localization;

namespace Showcase.Web.Tests.Localization;

/// <summary>Every text of the interface exists in Chinese (the neutral resources) and in English, with the same placeholders.</summary>
public sealed partial class TranslationTests
{
    /// <summary>The assemblies with texts people read: the pages, GraphQL, and the words the domain shares with both.</summary>
    private static readonly System.Reflection.Assembly[] Translated =
        [typeof(Languages).Assembly, typeof(Showcase.Api.Search.SearchKinds).Assembly, typeof(Showcase.Listings.CatalogLabels).Assembly,
            typeof(Showcase.Catalog.Collections.BookWords).Assembly];

    public static TheoryData<string> Resources => [.. ResourceNames()];

    [Theory]
    [MemberData(nameof(Resources))]
    public void EveryText_HasAnEnglishTranslation_WithTheSamePlaceholders_AndNoChineseInIt(string resource)
    {
        var manager = new ResourceManager(resource, Translated.Single(a => a.GetManifestResourceNames().Contains(resource + ".resources")));
        var chinese = Texts(manager.GetResourceSet(CultureInfo.InvariantCulture, createIfNotExists: true, tryParents: false)!);
        var english = Texts(manager.GetResourceSet(CultureInfo.GetCultureInfo("en"), createIfNotExists: true, tryParents: false)
            ?? throw new Xunit.Sdk.XunitException($"{resource} has no English resources (.en.resx)."));

        Assert.Equal(chinese.Keys.Order(StringComparer.Ordinal), english.Keys.Order(StringComparer.Ordinal));
        foreach (var (key, text) in english)
        {
            Assert.False(string.IsNullOrWhiteSpace(text), $"{resource}.{key} is empty in English.");
            Assert.False(Han().IsMatch(text), $"{resource}.{key} has Chinese in its English text: {text}");
            Assert.Equal(Placeholders(chinese[key]), Placeholders(text));
        }
    }

    [Fact]
    public void TheInterface_HasTranslatedResources()
    {
        Assert.Contains("Showcase.Web.Layout.MainLayout", ResourceNames());
        Assert.Contains("Showcase.Listings.CatalogLabels", ResourceNames());
    }

    [Fact]
    public void InStrictMode_ATextTheResourcesDoNotHave_IsAnError_AndTheOthersFollowTheLanguage()
    {
        using var services = new ServiceCollection().AddLogging().AddShowcaseLanguages(strict: true).BuildServiceProvider();
        var texts = services.GetRequiredService<IStringLocalizer<Showcase.Web.Layout.MainLayout>>();
        var before = CultureInfo.CurrentUICulture;
        try
        {
            CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo("zh-CN");
            Assert.Equal("通知（3）", texts["NotificationsUnread", 3]);
            CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo("en");
            Assert.Equal("Notifications (3)", texts["NotificationsUnread", 3]);
            Assert.Contains("NoSuchText", Assert.Throws<InvalidOperationException>(() => texts["NoSuchText"].Value).Message, StringComparison.Ordinal);
        }
        finally
        {
            CultureInfo.CurrentUICulture = before;
        }
    }

    /// <summary>Every label the rules pass to their message templates has its English; a new label without one fails here.</summary>
    [Fact]
    public void EveryLabelTheRulesName_HasAnEnglishLabel()
    {
        var grains = Path.Combine(TestFolders.Repository(), "silo", "Showcase.Grains");
        var labels = Directory.EnumerateFiles(grains, "*.cs", SearchOption.AllDirectories)
            .SelectMany(file => RuleLabel().Matches(File.ReadAllText(file)).Select(m => m.Groups["label"].Value))
            .Distinct().ToArray();

        Assert.NotEmpty(labels);
        Assert.All(labels, label => Assert.False(
            Han().IsMatch(DomainMessages.Error(ErrorCodes.Required, null, "Required", label).In(TenantProfile.English)), $"no English label for “{label}”"));
    }

    private static IEnumerable<string> ResourceNames() =>
        Translated.SelectMany(a => a.GetManifestResourceNames()).Where(n => n.EndsWith(".resources", StringComparison.Ordinal)).Select(n => n[..^".resources".Length]);

    private static Dictionary<string, string> Texts(ResourceSet set) =>
        set.Cast<DictionaryEntry>().ToDictionary(e => (string)e.Key, e => (string)e.Value!, StringComparer.Ordinal);

    private static string[] Placeholders(string text) => [.. Placeholder().Matches(text).Select(m => m.Value).Order(StringComparer.Ordinal)];

    [GeneratedRegex(@"\{\d+(:[^}]*)?\}")]
    private static partial Regex Placeholder();

    [GeneratedRegex(@"\p{IsCJKUnifiedIdeographs}")]
    private static partial Regex Han();

    // .MaxLength(x, max, "field", "标签") / .Required(x, "field", "标签") / .MaxCount(…): a literal label, not one built at run time.
    [GeneratedRegex(@"\.(?:MaxLength|Required|MaxCount)\([^;]*?""(?<label>[^""{]*\p{IsCJKUnifiedIdeographs}[^""{]*)""\)")]
    private static partial Regex RuleLabel();
}
