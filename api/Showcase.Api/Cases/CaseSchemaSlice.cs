using GraphQL;
using GraphQL.Types;
using Showcase.Api.GraphQL;
using Showcase.Api.Pictures;
using Showcase.Cases;

namespace Showcase.Api.Cases;

public sealed class CaseSchemaSlice : ISchemaSlice
{
    public void AddQueries(ObjectGraphType query) =>
        query.Field<CaseType>("case")
            .Description("One case of this portal, or null when there is none with this id that the caller may see. List them with `cases`.")
            .Argument<NonNullGraphType<IdGraphType>>("id")
            .ResolveAsync(async ctx => await ctx.Service<CaseService>().FindAsync(ctx.GetArgument<string>("id")));

    public void AddMutations(ObjectGraphType mutation)
    {
        mutation.Field<CaseType>("createCase")
            .Description("Starts a case as a draft. Pass `id` to make a retried request create it only once.")
            .Argument<NonNullGraphType<CaseContentInputType>>("input")
            .Argument<IdGraphType>("id", "Optional id chosen by the client: lowercase letters, digits and dashes.")
            .ResolveAsync(async ctx => await ctx.Service<CaseService>().CreateDraftAsync(ctx.GetArgument<CaseContent>("input"), ctx.GetArgument<string?>("id")));

        mutation.DeleteDraftField<CaseService>(
            "Case",
            "Deletes a draft that was never published, for good (its owner or a curator); answers its id. A published case is withdrawn instead (INVALID_TRANSITION).",
            (service, id) => service.DeleteDraftAsync(id));

        mutation.Field<CaseType>("editCase")
            .Description("Saves a new revision. A published case stays public with its published revision until the new one is published. VERSION_CONFLICT when someone changed it since `expectedVersion`.")
            .Argument<NonNullGraphType<IdGraphType>>("id")
            .Argument<NonNullGraphType<IntGraphType>>("expectedVersion", "The `version` you edited.")
            .Argument<NonNullGraphType<CaseContentInputType>>("input")
            .ResolveAsync(async ctx => await ctx.Service<CaseService>().EditAsync(
                ctx.GetArgument<string>("id"), ctx.GetArgument<CaseContent>("input"), ctx.GetArgument<int>("expectedVersion"), keepPictures: true));

        // A published case keeps showing its published pictures until the new revision is published.
        mutation.SetPicturesField<CaseType>("setCasePictures", "case", async (ctx, id, pictures, version) => await ctx.Service<CaseService>().SetPicturesAsync(id, pictures, version));

        Step(mutation, "submitCase", "Sends the latest revision to the curators for review; it must be complete.", (cases, id, _) => cases.SubmitForReviewAsync(id));
        Step(mutation, "returnCase", "A curator sends a submitted case back to its authors, saying what to change.", (cases, id, note) => cases.ReturnToDraftAsync(id, note!), "note");
        Step(mutation, "publishCase", "A curator publishes the latest revision. Publishing twice changes nothing.", (cases, id, _) => cases.PublishAsync(id));
        Step(mutation, "withdrawCase", "A curator takes a case out of the catalog, with the reason.", (cases, id, reason) => cases.WithdrawAsync(id, reason!), "reason");
    }

    private static void Step(ObjectGraphType mutation, string name, string description, Func<CaseService, string, string?, Task<CaseView>> step, string? textArgument = null)
    {
        var field = mutation.Field<CaseType>(name)
            .Description(description)
            .Argument<NonNullGraphType<IdGraphType>>("id");
        if (textArgument is not null)
        {
            field.Argument<NonNullGraphType<StringGraphType>>(textArgument, "At most 500 characters; shown to the authors.");
        }

        field.ResolveAsync(async ctx => await step(ctx.Service<CaseService>(), ctx.GetArgument<string>("id"),
            textArgument is null ? null : ctx.GetArgument<string>(textArgument)));
    }
}
