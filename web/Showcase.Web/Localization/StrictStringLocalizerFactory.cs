using Microsoft.Extensions.Localization;

namespace Showcase.Web.Localization;

/// <summary>
/// In development and tests (<c>Showcase:StrictTranslations</c>), a text the resources do not have — a mistyped key,
/// a text added to a page but not to its .resx — is an error on the page that asks for it, so the page tests find
/// it; in production the key would be shown instead.
/// </summary>
internal sealed class StrictStringLocalizerFactory(ResourceManagerStringLocalizerFactory resources) : IStringLocalizerFactory
{
    public IStringLocalizer Create(Type resourceSource) => new Strict(resources.Create(resourceSource), resourceSource.FullName!);

    public IStringLocalizer Create(string baseName, string location) => new Strict(resources.Create(baseName, location), baseName);

    private sealed class Strict(IStringLocalizer inner, string source) : IStringLocalizer
    {
        public LocalizedString this[string name] => Found(inner[name]);

        public LocalizedString this[string name, params object[] arguments] => Found(inner[name, arguments]);

        public IEnumerable<LocalizedString> GetAllStrings(bool includeParentCultures) => inner.GetAllStrings(includeParentCultures);

        private LocalizedString Found(LocalizedString text) =>
            text.ResourceNotFound ? throw new InvalidOperationException($"The resources of {source} have no text “{text.Name}”: add it to its .resx and .en.resx.") : text;
    }
}
