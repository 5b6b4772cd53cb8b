using GraphQL.Types;

namespace Showcase.Api.Notifications;

public sealed class NotificationListType : ObjectGraphType<NotificationList>
{
    public NotificationListType()
    {
        Name = "NotificationList";
        Description = "The signed-in person's latest notifications, newest first, and how many are unread.";
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<NotificationType>>>>("items").Resolve(ctx => ctx.Source.Items);
        Field(l => l.UnreadCount);
    }
}
