using GraphQL.Types;
using Showcase.People;

namespace Showcase.Api.People.Members;

public sealed class InvitationType : ObjectGraphType<InvitationInfo>
{
    public InvitationType()
    {
        Name = "Invitation";
        Description = "A single-use invitation to join an organisation (never its link, which is shown once).";
        Field<NonNullGraphType<IdGraphType>>("id").Resolve(ctx => ctx.Source.Id.Value);
        Field(i => i.CreatedAt);
        Field(i => i.ExpiresAt);
        Field<NonNullGraphType<StringGraphType>>("createdBy").Description("Who invited.").Resolve(ctx => ctx.Source.CreatedBy.Name);
        Field(i => i.Email, nullable: true).Description("Where the link was mailed, if anywhere.");
        Field<IdGraphType>("acceptedBy").Description("The login that used it.").Resolve(ctx => ctx.Source.AcceptedBy?.Value);
        Field(i => i.AcceptedAt, nullable: true);
        Field(i => i.RevokedAt, nullable: true);
    }
}

public sealed class IssuedInvitationType : ObjectGraphType<(string Link, InvitationInfo Invitation)>
{
    public IssuedInvitationType()
    {
        Name = "IssuedInvitation";
        Description = "A new invitation and its link: shown once, valid 7 days, usable once.";
        Field<NonNullGraphType<StringGraphType>>("link").Resolve(ctx => ctx.Source.Link);
        Field<NonNullGraphType<InvitationType>>("invitation").Resolve(ctx => ctx.Source.Invitation);
    }
}
