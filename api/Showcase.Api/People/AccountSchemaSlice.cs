using GraphQL;
using GraphQL.Types;
using Showcase.Api.GraphQL;

namespace Showcase.Api.People;

public sealed class AccountSchemaSlice : ISchemaSlice
{
    public void AddQueries(ObjectGraphType query)
    {
        query.Field<AccountType>("me")
            .Description("The signed-in person in this portal, or null for an anonymous request.")
            .ResolveAsync(async ctx => await ctx.Service<AccountService>().MeAsync());

        query.Field<ListGraphType<NonNullGraphType<AccessTokenType>>>("myAccessTokens")
            .Description("The signed-in person's access tokens, newest first.")
            .ResolveAsync(async ctx => await ctx.Service<AccountService>().ListTokensAsync());
    }

    public void AddMutations(ObjectGraphType mutation)
    {
        mutation.Field<IssuedAccessTokenType>("createAccessToken")
            .Description("Signs in with login and password and issues a personal access token. Wrong passwords are throttled per IP address and per login (RATE_LIMITED, HTTP 429 with Retry-After); an unknown login is answered and throttled exactly like a known one.")
            .Argument<NonNullGraphType<StringGraphType>>("login")
            .Argument<NonNullGraphType<StringGraphType>>("password")
            .Argument<NonNullGraphType<StringGraphType>>("name", "What the token is for, e.g. 数据同步脚本.")
            .Argument<NonNullGraphType<IntGraphType>>("expiresInDays", $"1 to {AccountService.MaxTokenDays}.", a => a.DefaultValue = 90)
            .ResolveAsync(async ctx => await ctx.Service<AccountService>().IssueTokenAsync(
                ctx.GetArgument<string>("login"), ctx.GetArgument<string>("password"), ctx.GetArgument<string>("name"), ctx.GetArgument<int>("expiresInDays")));

        mutation.Field<AccessTokenType>("revokeAccessToken")
            .Description("Revokes one of the signed-in person's tokens at once.")
            .Argument<NonNullGraphType<IdGraphType>>("id")
            .ResolveAsync(async ctx => await ctx.Service<AccountService>().RevokeTokenAsync(ctx.GetArgument<string>("id")));

        mutation.Field<AccountType>("changePassword")
            .Description($"Changes the signed-in person's password (at least {Passwords.MinLength} characters); their sessions end.")
            .Argument<NonNullGraphType<StringGraphType>>("currentPassword")
            .Argument<NonNullGraphType<StringGraphType>>("newPassword")
            .ResolveAsync(async ctx => await ctx.Service<AccountService>().ChangePasswordAsync(
                ctx.GetArgument<string>("currentPassword"), ctx.GetArgument<string>("newPassword")));
    }
}
