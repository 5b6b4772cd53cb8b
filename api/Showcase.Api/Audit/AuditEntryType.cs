using GraphQL.Types;
using Showcase.Audit;

namespace Showcase.Api.Audit;

public sealed class AuditEntryType : ObjectGraphType<AuditEntry>
{
    public AuditEntryType()
    {
        Name = "AuditEntry";
        Description = "One change: who, when, what.";
        Field(e => e.At).Description("When it happened.");
        Field<NonNullGraphType<StringGraphType>>("actorId").Description("`{tenant}/{login}` of the account, or `system`.").Resolve(ctx => ctx.Source.Actor.Id);
        Field<NonNullGraphType<StringGraphType>>("actorName").Description("The person's name at the time.").Resolve(ctx => ctx.Source.Actor.Name);
        Field(e => e.Action).Description("What was done, e.g. 发布.");
        Field(e => e.Detail).Description("What changed, in words.");
    }
}
