using GraphQL.Types;
using Showcase.People;

namespace Showcase.Api.People;

public sealed class IssuedAccessTokenType : ObjectGraphType<(string Token, AccessTokenInfo Info)>
{
    public IssuedAccessTokenType()
    {
        Name = "IssuedAccessToken";
        Description = "A new token. `token` is shown this once: send it as `Authorization: Bearer <token>`.";
        Field<NonNullGraphType<StringGraphType>>("token").Resolve(ctx => ctx.Source.Token);
        Field<NonNullGraphType<AccessTokenType>>("accessToken").Resolve(ctx => ctx.Source.Info);
    }
}
