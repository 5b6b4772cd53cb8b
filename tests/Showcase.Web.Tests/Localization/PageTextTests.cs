using System.Text.RegularExpressions;
using Showcase.Testing;

namespace Showcase.Web.Tests.Localization;

/// <summary>
/// Page text lives in the resources (checked in both languages by <see cref="TranslationTests"/>), not in the pages:
/// a page or form with Chinese written into it fails here. The one Chinese a form may name is a field label that is a
/// key of the domain's labels (DomainLabels.resx, keyed by the Chinese label the rules name too), which refusals
/// translate; a label missing from them fails here.
/// </summary>
public sealed partial class PageTextTests
{
    /// <summary>
    /// Chinese by design: the 中文原文 marker, the switch's own name for Chinese, the 万元 format of amounts, and the
    /// suffixes of province names the map's own (Chinese) region names drop.
    /// </summary>
    private static readonly string[] ChineseByDesign =
        ["Localization/OriginalMark.razor", "Localization/Languages.cs", "Localization/Money.cs", "Listings/ProvinceNames.cs"];

    [Fact]
    public void NoPage_HasChineseWrittenIntoIt()
    {
        var written = PagesWithChinese().Except(ChineseByDesign).ToArray();

        Assert.True(written.Length == 0, $"Move these pages' text into .resx resources (Chinese and English): {string.Join(", ", written)}");
    }

    private static string[] PagesWithChinese()
    {
        var web = Path.Combine(TestFolders.Repository(), "web", "Showcase.Web");
        return [.. Directory.EnumerateFiles(web, "*.*", SearchOption.AllDirectories)
            .Where(file => file.EndsWith(".razor", StringComparison.Ordinal) || file.EndsWith(".cs", StringComparison.Ordinal))
            .Select(file => Path.GetRelativePath(web, file).Replace('\\', '/'))
            .Where(file => !file.StartsWith("bin/", StringComparison.Ordinal) && !file.StartsWith("obj/", StringComparison.Ordinal))
            .Where(file => Han().IsMatch(WithoutLabelKeys(Comment().Replace(File.ReadAllText(Path.Combine(web, file)), ""))))];
    }

    private static string WithoutLabelKeys(string code) =>
        StringLiteral().Replace(code, literal => DomainLabelKeys.Contains(literal.Groups["text"].Value) ? "\"\"" : literal.Value);

    // Razor comments, block comments, line comments (// and ///, not inside a URL), HTML comments.
    [GeneratedRegex(@"@\*.*?\*@|/\*.*?\*/|(?<!:)//.*?$|<!--.*?-->", RegexOptions.Singleline | RegexOptions.Multiline)]
    private static partial Regex Comment();

    // A plain (not interpolated) string literal on one line.
    [GeneratedRegex(@"(?<![$@\w])""(?<text>[^""\\\r\n]*)""")]
    private static partial Regex StringLiteral();

    [GeneratedRegex(@"\p{IsCJKUnifiedIdeographs}")]
    private static partial Regex Han();
}
