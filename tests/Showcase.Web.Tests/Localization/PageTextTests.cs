using System.Text.RegularExpressions;
using Showcase.Testing;

namespace Showcase.Web.Tests.Localization;

/// <summary>
/// Page text lives in the resources (checked in both languages by <see cref="TranslationTests"/>), not in the pages:
/// a page or form with Chinese written into it fails here, unless it is on the list of those still to be moved —
/// a list that may only shrink, so it says exactly how much of the interface is still Chinese only.
/// </summary>
public sealed partial class PageTextTests
{
    /// <summary>
    /// Chinese by design: the 中文原文 marker, the switch's own name for Chinese, the 万元 format of amounts, and the
    /// suffixes of province names the map's own (Chinese) region names drop.
    /// </summary>
    private static readonly string[] ChineseByDesign =
        ["Localization/OriginalMark.razor", "Localization/Languages.cs", "Localization/Money.cs", "Listings/ProvinceNames.cs"];

    /// <summary>Pages and forms whose text is still written into them in Chinese (issue 27, in progress).</summary>
    private static readonly string[] StillChineseOnly =
    [
        "Cases/CaseForm.cs", "Challenges/Forms/BidForm.cs", "Challenges/Forms/ChallengeForm.cs",
        "Collections/Forms/CollectionDetailsForm.cs", "Programs/ApplicationPage.razor", "Programs/Forms/CallForm.cs",
        "Programs/Forms/CuratorForms.cs", "Programs/ProgramCallPage.razor", "Programs/ProgramCuratorConsole.razor",
        "Providers/ProviderForm.cs", "Transfers/ImportPage.razor", "Transfers/ImportProgressPage.razor",
    ];

    [Fact]
    public void NoPage_HasChineseWrittenIntoIt_OutsideTheListStillToBeMoved()
    {
        var written = PagesWithChinese().Except(ChineseByDesign).Except(StillChineseOnly).ToArray();

        Assert.True(written.Length == 0, $"Move these pages' text into .resx resources (Chinese and English): {string.Join(", ", written)}");
    }

    [Fact]
    public void EveryPageOnTheList_StillHasChineseInIt_SoTheListShrinksAsPagesAreMoved()
    {
        var moved = StillChineseOnly.Except(PagesWithChinese()).ToArray();

        Assert.True(moved.Length == 0, $"These pages have no Chinese left: take them off {nameof(StillChineseOnly)}: {string.Join(", ", moved)}");
    }

    private static string[] PagesWithChinese()
    {
        var web = Path.Combine(TestFolders.Repository(), "web", "Showcase.Web");
        return [.. Directory.EnumerateFiles(web, "*.*", SearchOption.AllDirectories)
            .Where(file => file.EndsWith(".razor", StringComparison.Ordinal) || file.EndsWith(".cs", StringComparison.Ordinal))
            .Select(file => Path.GetRelativePath(web, file).Replace('\\', '/'))
            .Where(file => !file.StartsWith("bin/", StringComparison.Ordinal) && !file.StartsWith("obj/", StringComparison.Ordinal))
            .Where(file => Han().IsMatch(Comment().Replace(File.ReadAllText(Path.Combine(web, file)), "")))];
    }

    // Razor comments, block comments, line comments (// and ///, not inside a URL), HTML comments.
    [GeneratedRegex(@"@\*.*?\*@|/\*.*?\*/|(?<!:)//.*?$|<!--.*?-->", RegexOptions.Singleline | RegexOptions.Multiline)]
    private static partial Regex Comment();

    [GeneratedRegex(@"\p{IsCJKUnifiedIdeographs}")]
    private static partial Regex Han();
}
