using System.Text.RegularExpressions;
using Showcase.Common;
using Showcase.Tenancy;

namespace Showcase.Contracts.Tests.Reference;

/// <summary>Refusals read in Chinese and in English from one template; the code never changes.</summary>
public sealed partial class DomainMessageTests
{
    [Fact]
    public void AnErrorFromATemplate_ReadsInBothLanguages_WithItsLabelTranslated()
    {
        var error = DomainMessages.Error(ErrorCodes.TooLong, "title", "TooLong", "案例名称", 80, 95);

        Assert.Equal(("TOO_LONG", "title"), (error.Code, error.Field));
        Assert.Equal("案例名称不能超过 80 个字（现在 95 个字）。", error.Message);
        Assert.Equal(error.Message, error.In(TenantProfile.Chinese));
        Assert.Equal("Case title: at most 80 characters (now 95).", error.In(TenantProfile.English));
    }

    [Fact]
    public void AnErrorWithoutATemplate_ReadsInChinese_WhateverTheLanguage()
    {
        var error = new DomainError(ErrorCodes.InvalidValue, "联系电话格式不正确。", "contactPhone");

        Assert.Equal("联系电话格式不正确。", error.In(TenantProfile.English));
    }

    /// <summary>Every label the rules pass to their templates has its English; a new label without one fails here.</summary>
    [Fact]
    public void EveryLabelTheRulesName_HasAnEnglishLabel()
    {
        var grains = Path.Combine(Repository(), "silo", "Showcase.Grains");
        var labels = Directory.EnumerateFiles(grains, "*.cs", SearchOption.AllDirectories)
            .SelectMany(file => RuleLabel().Matches(File.ReadAllText(file)).Select(m => m.Groups["label"].Value))
            .Distinct().ToArray();

        Assert.NotEmpty(labels);
        Assert.All(labels, label => Assert.False(
            Han().IsMatch(DomainMessages.Error(ErrorCodes.Required, null, "Required", label).In(TenantProfile.English)), $"no English label for “{label}”"));
    }

    private static string Repository()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "Showcase.sln")))
            {
                return folder.FullName;
            }
        }

        throw new DirectoryNotFoundException("Showcase.sln is not above the test's folder.");
    }

    // .MaxLength(x, max, "field", "标签") / .Required(x, "field", "标签") / .MaxCount(...): a literal label, not one built at run time.
    [GeneratedRegex(@"\.(?:MaxLength|Required|MaxCount)\([^;]*?""(?<label>[^""{]*\p{IsCJKUnifiedIdeographs}[^""{]*)""\)")]
    private static partial Regex RuleLabel();

    [GeneratedRegex(@"\p{IsCJKUnifiedIdeographs}")]
    private static partial Regex Han();
}
