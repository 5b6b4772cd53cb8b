using GraphQL.Types;
using Microsoft.Extensions.Localization;
using Showcase.Api.Audit;
using Showcase.Api.GraphQL;
using Showcase.Api.Localization;
using Showcase.Collections;
using Showcase.Tenancy;

namespace Showcase.Api.Collections;

public sealed class CollectionType : ObjectGraphType<CollectionView>
{
    public CollectionType()
    {
        Name = "Collection";
        Description = "A case collection (案例集) for a conference or an on-site meeting. The public reads the published copy; curators also the working copy.";
        Field<NonNullGraphType<IdGraphType>>("id").Resolve(ctx => ctx.Source.Id);
        Field<NonNullGraphType<IntGraphType>>("version").Description("Counts every change; pass it as `expectedVersion`.").Resolve(ctx => ctx.Source.Snapshot.Version);
        Field<NonNullGraphType<StringGraphType>>("url").Description("The public page's path on this site.").Resolve(ctx => PortalPaths.Of(ctx.Source.Snapshot.Key.Tenant).Collections.Item(ctx.Source.Snapshot.Key.Id));
        Field<NonNullGraphType<BooleanGraphType>>("isPublished").Resolve(ctx => ctx.Source.Snapshot.IsPublic);
        Field<NonNullGraphType<BooleanGraphType>>("hasUnpublishedChanges").Resolve(ctx => ctx.Source.Snapshot.HasUnpublishedChanges);
        Field<DateTimeOffsetGraphType>("publishedAt").Resolve(ctx => ctx.Source.Snapshot.Published?.PublishedAt);
        Field<CollectionContentType>("published").Description("What the public reads, with the case revisions pinned when it was published; null until published.").Resolve(ctx => ctx.Source.Snapshot.Published?.Content);
        Field<CollectionContentType>("working").Description("Curators: the copy being worked on; null for everyone else.").Resolve(ctx => ctx.Source.Working);
        Field<CollectionSeedType>("seed").Description("Curators: the saved search it follows, if any.").Resolve(ctx => ctx.Source.IsManaged ? ctx.Source.Snapshot.Seed : null);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<AuditEntryType>>>>("history").Description("Curators: every change, oldest first; empty for everyone else.")
            .ResolveAsync(async ctx => await ctx.Service<CollectionService>().HistoryAsync(ctx.Source));
    }
}

public sealed class CollectionContentType : ObjectGraphType<CollectionContent>
{
    public CollectionContentType()
    {
        Name = "CollectionContent";
        Field<NonNullGraphType<StringGraphType>>("title").Resolve(ctx => ctx.Source.Details.Title);
        Field<StringGraphType>("subtitle").Resolve(ctx => ctx.Source.Details.Subtitle);
        Field<StringGraphType>("eventName").Resolve(ctx => ctx.Source.Details.EventName);
        Field<DateOnlyGraphType>("eventDate").Resolve(ctx => ctx.Source.Details.EventDate);
        Field<StringGraphType>("eventPlace").Resolve(ctx => ctx.Source.Details.EventPlace);
        Field<StringGraphType>("introduction").Description("Markdown.").Resolve(ctx => ctx.Source.Details.Introduction);
        Field<NonNullGraphType<EnglishTextType>>("english").Description("Title, subtitle (as summary) and introduction (as body) in English, where written.").Resolve(ctx => ctx.Source.Details.English);
        Field<NonNullGraphType<IntGraphType>>("caseCount").Resolve(ctx => ctx.Source.CaseCount);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<CollectionSectionType>>>>("sections").Resolve(ctx => ctx.Source.Sections);
    }
}

public sealed class CollectionSectionType : ObjectGraphType<CollectionSection>
{
    public CollectionSectionType()
    {
        Name = "CollectionSection";
        Field<NonNullGraphType<StringGraphType>>("title").Resolve(ctx => ctx.Source.Title);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<CollectionCaseType>>>>("cases").Resolve(ctx => ctx.Source.Items);
    }
}

public sealed class CollectionCaseType : ObjectGraphType<CollectionItem>
{
    public CollectionCaseType()
    {
        Name = "CollectionCase";
        Description = "A case in a collection, pinned to one of its published revisions.";
        Field<NonNullGraphType<IdGraphType>>("caseId").Resolve(ctx => ctx.Source.Case.Value);
        Field<NonNullGraphType<IntGraphType>>("revision").Description("The pinned revision: what the collection shows.").Resolve(ctx => ctx.Source.Revision);
        Field<NonNullGraphType<StringGraphType>>("title").Description("The pinned revision's title.").Resolve(ctx => ctx.Source.Title);
        Field<StringGraphType>("note").Description("The curator's note (编者按).").Resolve(ctx => ctx.Source.Note);
        Field<IntGraphType>("newerRevision").Description("The case's newer published revision, when there is one: update the pin with `updateCollectionPins`.")
            .ResolveAsync(async ctx => (await ctx.Service<CollectionService>().CaseNowAsync(ctx.Source.Case)).NewerThan(ctx.Source));
        Field<NonNullGraphType<BooleanGraphType>>("withdrawn").Description("The case has since been taken out of the catalog.")
            .ResolveAsync(async ctx => (await ctx.Service<CollectionService>().CaseNowAsync(ctx.Source.Case)).IsWithdrawn);
    }
}

public sealed class CollectionSeedType : ObjectGraphType<CollectionSeed>
{
    public CollectionSeedType()
    {
        Name = "CollectionSeed";
        Description = "The saved search a collection follows: `refreshCollection` adds the published cases that match it now.";
        Field<StringGraphType>("query").Resolve(ctx => ctx.Source.Query);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<SeedFilterType>>>>("filters").Resolve(ctx => ctx.Source.Filters);
        Field<NonNullGraphType<StringGraphType>>("section").Description("The section its matches go into.").Resolve(ctx => ctx.Source.Section);
    }
}

public sealed class SeedFilterType : ObjectGraphType<SeedFilter>
{
    public SeedFilterType()
    {
        Name = "SeedFilter";
        Field<NonNullGraphType<StringGraphType>>("dimension").Resolve(ctx => ctx.Source.Dimension);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("values").Resolve(ctx => ctx.Source.Values);
    }
}

public sealed class CollectionChangeType : ObjectGraphType<CollectionChange>
{
    public CollectionChangeType()
    {
        Name = "CollectionChange";
        Field<NonNullGraphType<CollectionType>>("collection").Resolve(ctx => ctx.Source.Collection);
        Field<NonNullGraphType<IntGraphType>>("added").Description("How many cases went in (cases already in are left where they are).").Resolve(ctx => ctx.Source.Added);
    }
}

public sealed record CollectionChange(CollectionView Collection, int Added);

public sealed class CollectionPageType() : PageGraphType<CollectionType, CollectionView>("CollectionPage", "A page of collections, the most recently changed first.");

public sealed class CollectionExportType : ObjectGraphType<ExportProgress>
{
    public CollectionExportType()
    {
        Name = "CollectionExport";
        Description = "An export running in the background; poll `collectionExport(id)` until DONE, then download `downloadUrl`. Kept for an hour.";
        Field<NonNullGraphType<IdGraphType>>("id").Resolve(ctx => ctx.Source.Id);
        Field<NonNullGraphType<ExportFormatType>>("format").Resolve(ctx => ctx.Source.Format);
        Field<NonNullGraphType<ExportStateType>>("state").Resolve(ctx => ctx.Source.State);
        Field<NonNullGraphType<IntGraphType>>("total").Description("Cases to read.").Resolve(ctx => ctx.Source.Total);
        Field<NonNullGraphType<IntGraphType>>("read").Description("Cases read so far.").Resolve(ctx => ctx.Source.Read);
        Field<NonNullGraphType<IntGraphType>>("percent").Resolve(ctx => ctx.Source.Percent);
        Field<NonNullGraphType<StringGraphType>>("fileName").Resolve(ctx => ctx.Source.FileName);
        Field<NonNullGraphType<BookLanguageType>>("language").Resolve(ctx => ctx.Source.Language);
        Field<StringGraphType>("error").Description("Why it FAILED, in a sentence for people in the request's language; starting the export again is safe.")
            .Resolve(ctx => ctx.Source.State == ExportState.Failed ? ctx.Service<IStringLocalizer<CollectionExports>>()[ctx.Source.Failure.ToString()].Value : null);
        Field<StringGraphType>("downloadUrl").Description("The file's path on this site, once DONE.")
            .Resolve(ctx => ctx.Source.State == ExportState.Done ? PortalPaths.Of(ctx.Service<Tenancy.RequestTenant>().Id).CollectionExportFile(ctx.Source.Id) : null);
    }
}
