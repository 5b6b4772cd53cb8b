using Showcase.Collections;
using Showcase.Common;
using Showcase.Grains.Rules;

namespace Showcase.Grains.Collections;

/// <summary>The rules a collection obeys while it is worked on, and before it is published.</summary>
internal static class CollectionRules
{
    public const int TitleMax = 100;
    public const int IntroductionMax = 20_000;
    public const int SectionsMax = 30;
    public const int SectionTitleMax = 50;
    public const int CasesMax = 500;
    public const int NoteMax = 500;

    public static CollectionContent Normalize(CollectionContent content) => new(
        content.Details with
        {
            Title = Clean.Text(content.Details.Title),
            Subtitle = Clean.Text(content.Details.Subtitle),
            EventName = Clean.Text(content.Details.EventName),
            EventPlace = Clean.Text(content.Details.EventPlace),
            Introduction = Clean.Text(content.Details.Introduction),
            English = Clean.English(content.Details.English),
        },
        content.Sections.Select(s => new CollectionSection(s.Title.Trim(), s.Items.Select(i => i with { Note = Clean.Text(i.Note) }).ToArray())).ToArray());

    public static CollectionSeed? Normalize(CollectionSeed? seed) => seed is null ? null : seed with
    {
        Query = Clean.Text(seed.Query),
        Section = seed.Section.Trim(),
        Filters = seed.Filters.Select(f => f with { Values = Clean.Codes(f.Values) }).Where(f => f.Values.Count > 0).ToArray(),
    };

    public static RuleErrors Check(CollectionContent content, CollectionSeed? seed)
    {
        var details = content.Details;
        var errors = new RuleErrors()
            .Required(details.Title, "title", "案例集名称")
            .MaxLength(details.Title, TitleMax, "title", "案例集名称")
            .English(details.English, TitleMax * 2, TitleMax * 2, IntroductionMax * 2)
            .MaxLength(details.Subtitle, TitleMax, "subtitle", "副标题")
            .MaxLength(details.EventName, TitleMax, "eventName", "活动名称")
            .MaxLength(details.EventPlace, TitleMax, "eventPlace", "活动地点")
            .MaxLength(details.Introduction, IntroductionMax, "introduction", "前言")
            .MaxCount(content.Sections, SectionsMax, "sections", "章节")
            .Check(content.CaseCount <= CasesMax, ErrorCodes.TooMany, Sentence.Of("CollectionTooManyCases", CasesMax, content.CaseCount), "sections");

        var seen = new HashSet<EntityId>();
        for (var s = 0; s < content.Sections.Count; s++)
        {
            var section = content.Sections[s];
            var field = $"sections[{s}]";
            errors.Check(section.Title.Length > 0, ErrorCodes.Required, Sentence.Of("SectionTitleRequired", s + 1), $"{field}.title")
                .Check(section.Title.Length <= SectionTitleMax, ErrorCodes.TooLong, Sentence.Of("SectionTitleTooLong", s + 1, SectionTitleMax, section.Title.Length), $"{field}.title")
                .Check(content.Sections.Take(s).All(other => other.Title != section.Title), ErrorCodes.AlreadyExists,
                    Sentence.Of("SectionTitleTwice", section.Title), $"{field}.title");
            for (var i = 0; i < section.Items.Count; i++)
            {
                var item = section.Items[i];
                errors.Check(seen.Add(item.Case), ErrorCodes.AlreadyExists, Sentence.Of("CaseInCollectionTwice", item.Title), $"{field}.items[{i}]")
                    .Check(item.Revision >= 1, ErrorCodes.InvalidValue, Sentence.Of("CaseRevisionInvalid", item.Title), $"{field}.items[{i}]")
                    .Check((item.Note?.Length ?? 0) <= NoteMax, ErrorCodes.TooLong, Sentence.Of("NoteTooLong", item.Title, NoteMax, item.Note?.Length ?? 0), $"{field}.items[{i}].note");
            }
        }

        if (seed is not null)
        {
            errors.MaxLength(seed.Query, 100, "seed.query", "搜索词")
                .Check(content.Sections.Any(s => s.Title == seed.Section), ErrorCodes.NotFound,
                    Sentence.Of("SeedSectionMissing", seed.Section), "seed.section");
        }

        return errors;
    }

    /// <summary>What a collection needs before the public sees it: at least one case, and no section left empty.</summary>
    public static RuleErrors CheckPublishable(CollectionContent content)
    {
        var errors = new RuleErrors().Check(content.CaseCount > 0, ErrorCodes.Required, Sentence.Of("CollectionEmpty"), "sections");
        for (var s = 0; s < content.Sections.Count; s++)
        {
            errors.Check(content.Sections[s].Items.Count > 0, ErrorCodes.Required,
                Sentence.Of("SectionEmpty", s + 1, content.Sections[s].Title), $"sections[{s}]");
        }

        return errors;
    }
}
