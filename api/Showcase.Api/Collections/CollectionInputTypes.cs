using GraphQL.Types;
using Showcase.Api.GraphQL;
using Showcase.Api.Localization;
using Showcase.Api.Search;
using Showcase.Catalog.Collections;
using Showcase.Collections;

namespace Showcase.Api.Collections;

/// <summary>A whole collection as a client writes it: details and sections with their cases in order.</summary>
public sealed record CollectionInput(CollectionDetails Details, IReadOnlyList<SectionInput> Sections);

public sealed class CollectionInputType : InputObjectGraphType<CollectionInput>
{
    public CollectionInputType()
    {
        Name = "CollectionInput";
        Description = "A case collection (案例集): its cover, introduction and sections.";
        Field<NonNullGraphType<StringGraphType>>("title").Description("案例集名称, at most 100 characters.");
        Field<StringGraphType>("subtitle").Description("At most 100 characters.");
        Field<StringGraphType>("eventName").Description("The conference or on-site meeting (现场会) it is for.");
        Field<DateOnlyGraphType>("eventDate");
        Field<StringGraphType>("eventPlace");
        Field<StringGraphType>("introduction").Description("前言, Markdown, at most 20,000 characters.");
        Field<EnglishTextInputType>("english").Description("Title, subtitle (as summary) and introduction (as body) in English, for English readers.");
        Field<ListGraphType<NonNullGraphType<CollectionSectionInputType>>>("sections").Description("At most 30 sections and 500 cases; a case at most once. Omitted: one section 入选案例.");
    }

    public override object ParseDictionary(IDictionary<string, object?> value) => new CollectionInput(
        new CollectionDetails
        {
            Title = value.String("title"),
            Subtitle = value.String("subtitle"),
            EventName = value.String("eventName"),
            EventDate = value.Value("eventDate") as DateOnly?,
            EventPlace = value.String("eventPlace"),
            Introduction = value.String("introduction"),
            English = value.English(),
        },
        value.List<SectionInput>("sections"));
}

public sealed class CollectionSectionInputType : InputObjectGraphType<SectionInput>
{
    public CollectionSectionInputType()
    {
        Name = "CollectionSectionInput";
        Field<NonNullGraphType<StringGraphType>>("title").Description("At most 50 characters, different from the other sections'.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<CollectionCaseInputType>>>>("cases").Description("In printed order. Only published cases; new ones are pinned to their published revision.");
    }

    public override object ParseDictionary(IDictionary<string, object?> value) =>
        new SectionInput(value.String("title") ?? "", value.List<ItemInput>("cases"));
}

public sealed class CollectionCaseInputType : InputObjectGraphType<ItemInput>
{
    public CollectionCaseInputType()
    {
        Name = "CollectionCaseInput";
        Field<NonNullGraphType<IdGraphType>>("case");
        Field<StringGraphType>("note").Description("The curator's note (编者按), at most 500 characters.");
    }

    public override object ParseDictionary(IDictionary<string, object?> value) => new ItemInput(value.String("case") ?? "", value.String("note"));
}

public sealed class SavedSearchInputType : InputObjectGraphType<SavedSearch>
{
    public SavedSearchInputType()
    {
        Name = "SavedSearchInput";
        Description = "A search over the published cases, as on the search page: words and facet filters (kinds are always cases).";
        Field<StringGraphType>("query").Description("Words, at most 100 characters; every word must match.");
        Field<SearchFilterInputType>("filter");
    }

    public override object ParseDictionary(IDictionary<string, object?> value) => new SavedSearch(
        value.String("query"),
        value.Value("filter") as IReadOnlyDictionary<string, IReadOnlyList<string>> ?? new Dictionary<string, IReadOnlyList<string>>());
}

public sealed class ExportFormatType : EnumerationGraphType<ExportFormat>
{
    public ExportFormatType()
    {
        Name = "ExportFormat";
        Description = "DOCX: the book (cover, contents, a chapter per section, a page per case); XLSX: the list of cases.";
    }
}

public sealed class BookLanguageType : EnumerationGraphType<BookLanguage>
{
    public BookLanguageType()
    {
        Name = "BookLanguage";
        Description = "The language of an exported book or list: CHINESE, ENGLISH (the English written for each case, else its Chinese marked as the original), or BOTH (each case in Chinese, then in English).";
    }
}

public sealed class ExportStateType : EnumerationGraphType<ExportState>
{
    public ExportStateType()
    {
        Name = "ExportState";
        Description = "READING the pinned case revisions → WRITING the file → DONE; FAILED when the platform failed (starting again is safe).";
    }
}
