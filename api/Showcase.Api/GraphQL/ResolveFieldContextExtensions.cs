using GraphQL;
using Microsoft.Extensions.DependencyInjection;

namespace Showcase.Api.GraphQL;

public static class ResolveFieldContextExtensions
{
    /// <summary>A service of the current HTTP request's scope (the application services are scoped to it).</summary>
    public static T Service<T>(this IResolveFieldContext context)
        where T : notnull =>
        context.RequestServices!.GetRequiredService<T>();
}
