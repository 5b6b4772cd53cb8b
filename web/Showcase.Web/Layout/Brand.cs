using System.Globalization;
using System.Resources;

namespace Showcase.Web.Layout;

/// <summary>The product's name and tagline as people read them, in the interface's language (<c>Brand.resx</c>). "Showcase" stays the name in code.</summary>
public static class Brand
{
    private static readonly ResourceManager Texts = new(typeof(Brand));

    public static string Name => Texts.GetString(nameof(Name), CultureInfo.CurrentUICulture)!;

    public static string Tagline => Texts.GetString(nameof(Tagline), CultureInfo.CurrentUICulture)!;
}
