using System.Text.RegularExpressions;
using Showcase.Testing;

namespace Showcase.Web.Tests.Localization;

/// <summary>
/// A refusal's sentence is a template in DomainMessages.resx (Chinese) and DomainMessages.en.resx (English), checked
/// in both languages by <see cref="TranslationTests"/>, so it reads in the reader's language: a grain or service that
/// writes a refusal's Chinese in place (<c>new DomainError(…, "…")</c>, <c>new DomainException(ErrorCodes.…, "…")</c>,
/// <c>new(ErrorCodes.…, "…")</c>, <c>.Check(…, "…", …)</c>) fails here. The Chinese a refusal may name in place is a
/// label DomainLabels knows — and so is what a refusal says one may not do (<c>RequireAny("发布榜单", …)</c>).
/// </summary>
public sealed partial class RefusalTextTests
{
    [Fact]
    public void NoRefusal_IsWrittenInPlaceInChinese()
    {
        var written = SourceFiles().Where(file => Refusal().Matches(file.Text).Any(call => ChineseNotALabel(call.Value))).Select(file => file.Path).ToArray();

        Assert.True(written.Length == 0, $"Make these refusals DomainMessages templates (Chinese and English): {string.Join(", ", written)}");
    }

    [Fact]
    public void WhatARefusalSaysOneMayNotDo_IsALabelWithItsEnglish()
    {
        var unknown = SourceFiles().SelectMany(file => Permission().Matches(file.Text).Select(call => call.Groups["what"].Value))
            .Where(what => !DomainLabelKeys.Contains(what)).Distinct().ToArray();

        Assert.True(unknown.Length == 0, $"Add these to DomainLabels.resx and DomainLabels.en.resx: {string.Join(", ", unknown)}");
    }

    // A separator such as "、" is not a sentence.
    [Fact]
    public void EverySentenceAndNoticeTheCodeNames_HasItsText()
    {
        var sentences = ResourceKeys("Common/DomainMessages.resx");
        var notices = ResourceKeys("Notifications/Notice.resx");

        var missing = SourceFiles().SelectMany(file =>
                SentenceKey().Matches(file.Text).Select(m => m.Groups["key"].Value).Where(key => !sentences.Contains(key))
                    .Concat(NoticeKey().Matches(file.Text).Select(m => m.Groups["key"].Value).Where(key => !notices.Contains($"{key}.Title") || !notices.Contains($"{key}.Body"))))
            .Distinct().ToArray();

        Assert.True(missing.Length == 0, $"Add these to DomainMessages.resx or Notice.resx (and their .en.resx): {string.Join(", ", missing)}");
    }

    private static HashSet<string> ResourceKeys(string file) =>
        System.Xml.Linq.XDocument.Load(Path.Combine(TestFolders.Repository(), "silo", "Showcase.Contracts", file))
            .Root!.Elements("data").Select(d => (string)d.Attribute("name")!).ToHashSet(StringComparer.Ordinal);

    private static bool ChineseNotALabel(string call) =>
        Han().Matches(call).Select(literal => literal.Value.Trim('"')).Any(text => text.Length > 1 && !DomainLabelKeys.Contains(text));

    private static IEnumerable<(string Path, string Text)> SourceFiles()
    {
        var repository = TestFolders.Repository();
        string[] projects = ["silo/Showcase.Contracts", "silo/Showcase.Grains", "silo/Showcase.Silo", "api/Showcase.Api", "catalog/Showcase.Catalog", "web/Showcase.Web"];
        return projects.SelectMany(project => Directory.EnumerateFiles(Path.Combine(repository, project), "*.cs", SearchOption.AllDirectories))
            .Select(file => Path.GetRelativePath(repository, file).Replace('\\', '/'))
            .Where(file => !file.Contains("/bin/", StringComparison.Ordinal) && !file.Contains("/obj/", StringComparison.Ordinal))
            .Select(file => (file, File.ReadAllText(Path.Combine(repository, file))));
    }

    [GeneratedRegex(@"Sentence\.Of\(""(?<key>\w+)""")]
    private static partial Regex SentenceKey();

    [GeneratedRegex(@"Notice\.Of\(""(?<key>\w+)""")]
    private static partial Regex NoticeKey();

    // A refusal made with a sentence in place, up to the end of its statement.
    [GeneratedRegex(@"(?:new DomainError|new DomainException|\bnew|\.Check|\bAdd)\((?:ErrorCodes\.|[^;]*?ErrorCodes\.)[^;]*;", RegexOptions.Singleline)]
    private static partial Regex Refusal();

    // What one may not do, as the permission checks name it in a refusal: RequireAny("发布榜单", …), Forbidden("…"), ….
    [GeneratedRegex(@"\b(?:RequireAny|RequirePlatformAdmin|Forbidden|ApplyingAsync|AdministeredAsync|OrganisationsAsync|CuratedCallAsync|OpenCallAsync|RequireOpen|ManagedAsync|ManagedOrThrowAsync|CuratedOrThrowAsync|RequireManager|RequireCurator|CreatedAsync|FormAsync)\([^;""]*?""(?<what>[^""]*\p{IsCJKUnifiedIdeographs}[^""]*)""")]
    private static partial Regex Permission();

    // A string literal with Chinese in it: ideographs, or Chinese punctuation (。，：) around what it names.
    [GeneratedRegex(@"""[^""\r\n]*[\p{IsCJKUnifiedIdeographs}\p{IsCJKSymbolsandPunctuation}\p{IsHalfwidthandFullwidthForms}][^""\r\n]*""")]
    private static partial Regex Han();
}
