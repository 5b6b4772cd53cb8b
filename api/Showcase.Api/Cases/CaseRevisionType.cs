using GraphQL.Types;
using Showcase.Cases;

namespace Showcase.Api.Cases;

public sealed class CaseRevisionType : ObjectGraphType<CaseRevision>
{
    public CaseRevisionType()
    {
        Name = "CaseRevision";
        Description = "A kept version of a case: every edit makes one.";
        Field(r => r.Number);
        Field<StringGraphType>("title").Resolve(ctx => ctx.Source.Content.Title);
        Field(r => r.SavedAt);
        Field<NonNullGraphType<StringGraphType>>("savedBy").Description("Who saved it.").Resolve(ctx => ctx.Source.By.Name);
    }
}
