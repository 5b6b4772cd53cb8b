using GraphQL.Types;
using Showcase.People;

namespace Showcase.Api.People;

public sealed class AccessTokenType : ObjectGraphType<AccessTokenInfo>
{
    public AccessTokenType()
    {
        Name = "AccessToken";
        Description = "A personal access token, without its secret.";
        Field<NonNullGraphType<IdGraphType>>("id").Resolve(ctx => ctx.Source.Id.Value);
        Field(t => t.Name);
        Field(t => t.CreatedAt);
        Field(t => t.ExpiresAt);
        Field(t => t.RevokedAt, nullable: true);
    }
}
