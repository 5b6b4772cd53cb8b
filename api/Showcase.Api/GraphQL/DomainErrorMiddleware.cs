using GraphQL;
using GraphQL.Instrumentation;
using Showcase.Common;
using Showcase.Tenancy;

namespace Showcase.Api.GraphQL;

/// <summary>
/// Turns a refused request (<see cref="DomainException"/>) into GraphQL errors: one per problem, each with the
/// sentence for people as <c>message</c> in the request's language (<c>Accept-Language</c>, <c>?lang=</c>), and
/// <c>extensions.code</c> and <c>extensions.field</c> for programs, the same in every language.
/// </summary>
public sealed class DomainErrorMiddleware : IFieldMiddleware
{
    public async ValueTask<object?> ResolveAsync(IResolveFieldContext context, FieldMiddlewareDelegate next)
    {
        try
        {
            return await next(context);
        }
        catch (DomainException ex)
        {
            foreach (var error in ex.Errors)
            {
                var executionError = new ExecutionError(error.In(TenantProfile.CurrentLanguage)) { Code = error.Code };
                executionError.AddLocation(context.FieldAst, context.Document);
                executionError.Path = context.ResponsePath;
                if (error.Field is not null)
                {
                    executionError.Data["field"] = error.Field;
                }

                context.Errors.Add(executionError);
            }

            return null;
        }
    }
}
