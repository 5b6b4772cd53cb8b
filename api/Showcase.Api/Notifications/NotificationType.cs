using GraphQL.Types;
using Showcase.Notifications;
using Showcase.Tenancy;

namespace Showcase.Api.Notifications;

public sealed class NotificationType : ObjectGraphType<Notification>
{
    public NotificationType()
    {
        Name = "Notification";
        Description = "An in-app message: what happened and where to look.";
        Field<NonNullGraphType<IdGraphType>>("id").Resolve(ctx => ctx.Source.Id);
        Field(n => n.At);
        Field<NonNullGraphType<StringGraphType>>("title").Description("In the request's language.").Resolve(ctx => ctx.Source.TitleIn(TenantProfile.CurrentLanguage));
        Field<NonNullGraphType<StringGraphType>>("body").Description("In the request's language.").Resolve(ctx => ctx.Source.BodyIn(TenantProfile.CurrentLanguage));
        Field(n => n.Link, nullable: true).Description("A path in this portal, e.g. /t/demo/factories/f01.");
        Field(n => n.Read);
    }
}
