using GraphQL;
using GraphQL.Types;
using Showcase.Api.GraphQL;

namespace Showcase.Api.Audit;

public sealed class AuditSchemaSlice : ISchemaSlice
{
    public void AddQueries(ObjectGraphType query) =>
        query.Field<ListGraphType<NonNullGraphType<AuditEntryType>>>("auditTrail")
            .Description("Who changed an entity of this portal, when and how, oldest first (tenant admins only). For TENANT pass this portal's id.")
            .Argument<NonNullGraphType<AuditedEntityType>>("entity")
            .Argument<NonNullGraphType<IdGraphType>>("id")
            .ResolveAsync(async ctx => await ctx.Service<AuditService>().HistoryAsync(
                ctx.GetArgument<AuditedEntity>("entity"), ctx.GetArgument<string>("id")));
}
