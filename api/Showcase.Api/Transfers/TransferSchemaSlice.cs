using GraphQL;
using GraphQL.Types;
using Showcase.Api.GraphQL;
using Showcase.Api.Listings;
using Showcase.Common;
using Showcase.Listings;

namespace Showcase.Api.Transfers;

/// <summary>Imports through GraphQL; exports and templates are plain downloads under <c>/t/{tenant}/exports/…</c>.</summary>
public sealed class TransferSchemaSlice : ISchemaSlice
{
    public void AddQueries(ObjectGraphType query) =>
        query.Field<ImportProgressType>("importJob")
            .Description("An import started in this portal in the last hour, or null. Curators only.")
            .Argument<NonNullGraphType<IdGraphType>>("id")
            .ResolveAsync(async ctx => await ctx.Service<TransferService>().FindImportAsync(ctx.GetArgument<string>("id")));

    public void AddMutations(ObjectGraphType mutation) =>
        mutation.Field<ImportProgressType>("importCatalog")
            .Description("A curator imports cases, factories or providers from an .xlsx or .csv file (columns as in `/t/{tenant}/imports/template/{cases|factories|providers}`). Every row is checked before anything is written; poll `importJob` for progress and errors.")
            .Argument<NonNullGraphType<CatalogKindType>>("kind")
            .Argument<NonNullGraphType<StringGraphType>>("fileName", "Ends in .xlsx or .csv.")
            .Argument<NonNullGraphType<StringGraphType>>("contentBase64", "The file's bytes, base64.")
            .Argument<NonNullGraphType<BooleanGraphType>>("publish", "Publish cases and list providers once created.", a => a.DefaultValue = false)
            .Resolve(ctx =>
            {
                byte[] content;
                try
                {
                    content = Convert.FromBase64String(ctx.GetArgument<string>("contentBase64"));
                }
                catch (FormatException)
                {
                    throw new DomainException(ErrorCodes.InvalidValue, Sentence.Of("NotBase64"), "contentBase64");
                }

                return ctx.Service<TransferService>().StartImport(ctx.GetArgument<CatalogKind>("kind"), ctx.GetArgument<string>("fileName"), content, ctx.GetArgument<bool>("publish"));
            });
}
