using GraphQL.Types;
using Showcase.Tenancy;

namespace Showcase.Api.Tenancy;

public sealed class TenantType : ObjectGraphType<TenantSnapshot>
{
    public TenantType()
    {
        Name = "Tenant";
        Description = "An organiser's portal: everything in this API belongs to exactly one.";
        Field<NonNullGraphType<IdGraphType>>("id").Description("The portal's id, as in `/t/{id}/`.").Resolve(ctx => ctx.Source.Id.Value);
        Field<NonNullGraphType<StringGraphType>>("name").Description("The portal's name.").Resolve(ctx => ctx.Source.Profile.Name);
        Field<NonNullGraphType<StringGraphType>>("description").Description("One line about the portal.").Resolve(ctx => ctx.Source.Profile.Description);
        Field<NonNullGraphType<StringGraphType>>("defaultLocale").Description("`zh-CN` or `en`.").Resolve(ctx => ctx.Source.Profile.DefaultLocale);
        Field<NonNullGraphType<TenantFeaturesType>>("features").Resolve(ctx => ctx.Source.Profile.EnabledFeatures);
        Field<NonNullGraphType<SignUpModeType>>("signUp").Description("Who may join by themselves.").Resolve(ctx => ctx.Source.Profile.SignUp);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("hostNames")
            .Description("Host names that lead straight to the portal.")
            .Resolve(ctx => ctx.Source.Profile.Hosts);
        Field(t => t.Version).Description("Grows by one with every change of the settings.");
        Field(t => t.CreatedAt).Description("When the portal was created.");
        Field(t => t.DeletionDue, nullable: true).Description("Its deletion is scheduled and can be confirmed from then on; null while none is scheduled.");
    }
}
