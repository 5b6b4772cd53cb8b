using GraphQL.Types;
using Showcase.Notifications;

namespace Showcase.Api.Notifications;

public sealed class NotificationType : ObjectGraphType<Notification>
{
    public NotificationType()
    {
        Name = "Notification";
        Description = "An in-app message: what happened and where to look.";
        Field<NonNullGraphType<IdGraphType>>("id").Resolve(ctx => ctx.Source.Id);
        Field(n => n.At);
        Field(n => n.Title);
        Field(n => n.Body);
        Field(n => n.Link, nullable: true).Description("A path in this portal, e.g. /t/demo/factories/f01.");
        Field(n => n.Read);
    }
}
