using System.Xml.Linq;
using Showcase.Testing;

namespace Showcase.Web.Tests.Localization;

/// <summary>
/// The Chinese field labels DomainLabels.resx knows (and TranslationTests checks in English): the one Chinese code
/// may name in place, since refusals translate it.
/// </summary>
internal static class DomainLabelKeys
{
    private static readonly HashSet<string> Keys =
        XDocument.Load(Path.Combine(TestFolders.Repository(), "silo", "Showcase.Contracts", "Common", "DomainLabels.resx"))
            .Root!.Elements("data").Select(d => (string)d.Attribute("name")!).ToHashSet(StringComparer.Ordinal);

    public static bool Contains(string text) => Keys.Contains(text);
}
