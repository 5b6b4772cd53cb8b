using GraphQL;
using GraphQL.Types;
using Showcase.Api.GraphQL;

namespace Showcase.Api.Notifications;

public sealed class NotificationSchemaSlice : ISchemaSlice
{
    public void AddQueries(ObjectGraphType query) =>
        query.Field<NotificationListType>("notifications")
            .Description("Your notifications (null with UNAUTHENTICATED when signed out).")
            .Argument<NonNullGraphType<IntGraphType>>("first", $"How many, 1 to {NotificationService.MaxTake}.", a => a.DefaultValue = 20)
            .ResolveAsync(async ctx => await ctx.Service<NotificationService>().ListAsync(ctx.GetArgument<int>("first")));

    public void AddMutations(ObjectGraphType mutation) =>
        mutation.Field<NotificationListType>("markNotificationsRead")
            .Description("Marks all your notifications as read.")
            .ResolveAsync(async ctx => await ctx.Service<NotificationService>().MarkAllReadAsync());
}
