using GraphQL.Types;
using Showcase.Api.GraphQL;
using Showcase.People;

namespace Showcase.Api.People.SignUp;

public sealed class PersonInputType : InputObjectGraphType<SignUpRequest>
{
    public PersonInputType()
    {
        Name = "PersonInput";
        Description = "The person joining: login, name, mobile and/or e-mail, password.";
        this.PersonFields();
    }

    public override object ParseDictionary(IDictionary<string, object?> value) => value.Person();
}

public sealed class SignUpInputType : InputObjectGraphType<SignUpRequest>
{
    public SignUpInputType()
    {
        Name = "SignUpInput";
        Description = "Sign-up: the person, and either `organisation` (a new enterprise or provider, which waits for verification) or `joinCreditCode` (ask to join one already in the portal).";
        this.PersonFields();
        Field<OrganisationInputType>("organisation").Description("A new organisation: every registration detail is required.");
        Field<StringGraphType>("joinCreditCode").Description("The 统一社会信用代码 of the organisation to ask to join.");
    }

    public override object ParseDictionary(IDictionary<string, object?> value) => value.Person() with
    {
        Organisation = value.Value("organisation") as OrganisationProfile,
        JoinCreditCode = value.String("joinCreditCode"),
    };
}

internal static class PersonFieldExtensions
{
    public static void PersonFields<T>(this InputObjectGraphType<T> type)
    {
        type.Field<NonNullGraphType<StringGraphType>>("login").Description("登录名: lowercase letters, digits and dashes.");
        type.Field<NonNullGraphType<StringGraphType>>("displayName").Description("姓名, at most 30 characters.");
        type.Field<StringGraphType>("mobile").Description("手机号码 (11 digits); this or `email` is required.");
        type.Field<StringGraphType>("email").Description("电子邮箱: password-reset links go there.");
        type.Field<NonNullGraphType<StringGraphType>>("password").Description(Passwords.Policy);
    }

    public static SignUpRequest Person(this IDictionary<string, object?> value) => new()
    {
        Login = value.String("login") ?? "",
        DisplayName = value.String("displayName") ?? "",
        Mobile = value.String("mobile"),
        Email = value.String("email"),
        Password = value.String("password") ?? "",
    };
}

public sealed class SignUpResultType : ObjectGraphType<SignUpResult>
{
    public SignUpResultType()
    {
        Name = "SignUpResult";
        Description = "The new account and the organisation it belongs to (PENDING until verified) or asked to join (`joining`).";
        Field<NonNullGraphType<AccountType>>("account").Resolve(ctx => ctx.Source.Account);
        Field<NonNullGraphType<OrganisationType>>("organisation").Resolve(ctx => ctx.Source.Organisation);
        Field(r => r.Joining).Description("True when the person asked to join an existing organisation; its admins decide.");
    }
}
