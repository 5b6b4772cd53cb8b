using GraphQL;
using GraphQL.Builders;
using GraphQL.Types;
using Showcase.Api.GraphQL;
using Showcase.Catalog.Collections;

namespace Showcase.Api.Collections;

public sealed class CollectionSchemaSlice : ISchemaSlice
{
    public void AddQueries(ObjectGraphType query)
    {
        query.Field<NonNullGraphType<CollectionPageType>>("collections")
            .Description("This portal's case collections (案例集): published ones for everyone, all of them for curators; the most recently changed first.")
            .PagingArguments()
            .ResolveAsync(async ctx => await ctx.Service<CollectionService>().ListAsync(ctx.GetArgument<int>("skip"), ctx.GetArgument<int>("take")));

        query.Field<CollectionType>("collection")
            .Description("One collection, or null when there is none with this id that the caller may see.")
            .Argument<NonNullGraphType<IdGraphType>>("id")
            .ResolveAsync(async ctx => await ctx.Service<CollectionService>().FindAsync(ctx.GetArgument<string>("id")));

        query.Field<CollectionExportType>("collectionExport")
            .Description("An export started with `exportCollection`, or null when there is none (they are kept for an hour).")
            .Argument<NonNullGraphType<IdGraphType>>("id")
            .ResolveAsync(async ctx => await ctx.Service<CollectionService>().FindExportAsync(ctx.GetArgument<string>("id")));
    }

    public void AddMutations(ObjectGraphType mutation)
    {
        mutation.Field<CollectionChangeType>("createCollection")
            .Description("Curators: starts a collection. With `seed`, the published cases that search finds go into section `seedSection` (default 入选案例), and `refreshCollection` adds later matches. Pass `id` so a retry creates it once.")
            .Argument<NonNullGraphType<CollectionInputType>>("input")
            .Argument<SavedSearchInputType>("seed")
            .Argument<StringGraphType>("seedSection")
            .Argument<IdGraphType>("id", "Optional id chosen by the client: lowercase letters, digits and dashes.")
            .ResolveAsync(async ctx =>
            {
                var input = ctx.GetArgument<CollectionInput>("input");
                var (collection, added) = await ctx.Service<CollectionService>().CreateAsync(input.Details, input.Sections,
                    ctx.GetArgument<SavedSearch?>("seed"), ctx.GetArgument<string?>("seedSection"), ctx.GetArgument<string?>("id"));
                return new CollectionChange(collection, added);
            });

        Change(mutation, "updateCollection", "Curators: replaces the working copy's details and sections. Cases already in keep their pinned revision; new ones are pinned to their published revision.",
            field => field.Argument<NonNullGraphType<CollectionInputType>>("input"),
            (collections, ctx, id, version) =>
            {
                var input = ctx.GetArgument<CollectionInput>("input");
                return collections.ReplaceAsync(id, version, input.Details, input.Sections);
            });

        Change(mutation, "moveCollectionCase", "Curators: moves a case `by` places within its section (negative: up), or to the end of section `toSection` (0 is the first).",
            field => field.Argument<NonNullGraphType<IdGraphType>>("case").Argument<IntGraphType>("by").Argument<IntGraphType>("toSection"),
            (collections, ctx, id, version) =>
            {
                var caseId = InputDictionaryExtensions.ParseId(ctx.GetArgument<string>("case"), "case");
                return collections.ChangeAsync(id, version, content => ctx.GetArgument<int?>("toSection") is { } section
                    ? content.MoveItemToSection(caseId, section)
                    : content.MoveItem(caseId, ctx.GetArgument<int?>("by") ?? 0), "调整案例顺序");
            });

        Change(mutation, "removeCollectionCase", "Curators: takes a case out of the working copy.",
            field => field.Argument<NonNullGraphType<IdGraphType>>("case"),
            (collections, ctx, id, version) => collections.ChangeAsync(id, version,
                content => content.RemoveItem(InputDictionaryExtensions.ParseId(ctx.GetArgument<string>("case"), "case")), "移出案例"));

        Change(mutation, "setCollectionCaseNote", "Curators: the curator's note (编者按) printed with a case; empty removes it.",
            field => field.Argument<NonNullGraphType<IdGraphType>>("case").Argument<StringGraphType>("note"),
            (collections, ctx, id, version) => collections.ChangeAsync(id, version,
                content => content.ChangeItem(InputDictionaryExtensions.ParseId(ctx.GetArgument<string>("case"), "case"), item => item with { Note = ctx.GetArgument<string?>("note") }), "修改编者按"));

        Change(mutation, "updateCollectionPins", "Curators: moves the pins of the given cases (all, when `cases` is omitted) to their newest published revision. Publish again to show them.",
            field => field.Argument<ListGraphType<NonNullGraphType<IdGraphType>>>("cases"),
            (collections, ctx, id, version) => collections.UpdatePinsAsync(id, version, ctx.GetArgument<List<string>?>("cases")));

        Change(mutation, "publishCollection", "Curators: publishes the working copy with its pinned case revisions. Refused while a section is empty or a case has been withdrawn.",
            null, (collections, _, id, version) => collections.PublishAsync(id, version));

        mutation.DeleteDraftField<CollectionService>(
            "Collection",
            "Curators: deletes a collection that was never published, for good; answers its id. A published one is taken down with unpublishCollection instead (INVALID_TRANSITION).",
            (service, id) => service.DeleteDraftAsync(id));

        Change(mutation, "unpublishCollection", "Curators: takes the public page down; the working copy stays.",
            null, (collections, _, id, version) => collections.UnpublishAsync(id, version));

        Added(mutation, "addCollectionCases", "Curators: appends published cases to section `section` (0 is the first), pinned to their published revision. Cases already in are left where they are.",
            field => field.Argument<NonNullGraphType<IntGraphType>>("section").Argument<NonNullGraphType<ListGraphType<NonNullGraphType<IdGraphType>>>>("cases"),
            (collections, ctx, id, version) => collections.AddCasesAsync(id, version, ctx.GetArgument<int>("section"), ctx.GetArgument<List<string>>("cases")));

        Added(mutation, "seedCollection", "Curators: makes the collection follow a saved search and adds the published cases it finds to section `section` (created if missing).",
            field => field.Argument<NonNullGraphType<SavedSearchInputType>>("search").Argument<StringGraphType>("section"),
            (collections, ctx, id, version) => collections.SeedAsync(id, version, ctx.GetArgument<SavedSearch>("search"), ctx.GetArgument<string?>("section")));

        Added(mutation, "refreshCollection", "Curators: runs the saved search again and adds the published cases that match now and are not in yet.",
            null, (collections, _, id, version) => collections.RefreshAsync(id, version));

        mutation.Field<CollectionExportType>("exportCollection")
            .Description("Starts writing the book (DOCX) or the list (XLSX) of a collection the caller may see, in `language`: the published copy, or for curators the working copy with `workingCopy: true`. Poll `collectionExport`.")
            .Argument<NonNullGraphType<IdGraphType>>("id")
            .Argument<NonNullGraphType<ExportFormatType>>("format")
            .Argument<NonNullGraphType<BooleanGraphType>>("workingCopy", a => a.DefaultValue = false)
            .Argument<NonNullGraphType<BookLanguageType>>("language", a => a.DefaultValue = BookLanguage.Chinese)
            .ResolveAsync(async ctx => await ctx.Service<CollectionService>().ExportAsync(ctx.GetArgument<string>("id"), ctx.GetArgument<ExportFormat>("format"),
                ctx.GetArgument<bool>("workingCopy"), ctx.GetArgument<BookLanguage>("language")));
    }

    private static void Change(ObjectGraphType mutation, string name, string description, Action<FieldBuilder<object?, object>>? arguments,
        Func<CollectionService, IResolveFieldContext, string, int, Task<CollectionView>> change)
    {
        var field = Field<CollectionType>(mutation, name, description);
        arguments?.Invoke(field);
        field.ResolveAsync(async ctx => await change(ctx.Service<CollectionService>(), ctx, ctx.GetArgument<string>("id"), ctx.GetArgument<int>("expectedVersion")));
    }

    private static void Added(ObjectGraphType mutation, string name, string description, Action<FieldBuilder<object?, object>>? arguments,
        Func<CollectionService, IResolveFieldContext, string, int, Task<(CollectionView, int)>> change)
    {
        var field = Field<CollectionChangeType>(mutation, name, description);
        arguments?.Invoke(field);
        field.ResolveAsync(async ctx =>
        {
            var (collection, added) = await change(ctx.Service<CollectionService>(), ctx, ctx.GetArgument<string>("id"), ctx.GetArgument<int>("expectedVersion"));
            return new CollectionChange(collection, added);
        });
    }

    private static FieldBuilder<object?, object> Field<TGraphType>(ObjectGraphType mutation, string name, string description)
        where TGraphType : IGraphType =>
        mutation.Field<TGraphType>(name)
            .Description(description)
            .Argument<NonNullGraphType<IdGraphType>>("id")
            .Argument<NonNullGraphType<IntGraphType>>("expectedVersion", "The `version` you changed; VERSION_CONFLICT when someone changed it since.");
}
