using System.Text.RegularExpressions;
using GraphQL;
using GraphQL.Execution;
using Microsoft.Extensions.Options;
using Showcase.Api.Outages;
using Showcase.Common;
using Showcase.Tenancy;

namespace Showcase.Api.GraphQL;

/// <summary>
/// Writes <c>extensions.code</c> and, for input problems, <c>extensions.field</c>; a dependency's failure becomes the
/// retryable <c>UNAVAILABLE</c>, any other failure <c>INTERNAL_ERROR</c>; never exception type names,
/// stack traces or the list of codes GraphQL.NET adds by default. Outside Development it also drops the
/// "Did you mean …?" hints, which would spell out the schema to someone probing it.
/// </summary>
public sealed partial class ShowcaseErrorInfoProvider(IOptions<GraphQLOptions> options) : IErrorInfoProvider
{
    public const string InternalErrorCode = "INTERNAL_ERROR";

    public ErrorInfo GetInfo(ExecutionError executionError)
    {
        if (executionError is UnhandledError { InnerException: DomainException refused })
        {
            // Refused while reading the arguments (an input type's parser), before the resolver and its middleware ran.
            var first = refused.Errors[0];
            var fields = new Dictionary<string, object?> { ["code"] = first.Code };
            if (first.Field is not null)
            {
                fields["field"] = first.Field;
            }

            return new ErrorInfo { Message = first.In(TenantProfile.CurrentLanguage), Extensions = fields };
        }

        if (Outage.Caused(executionError))
        {
            return new ErrorInfo
            {
                Message = Outage.Message,
                Extensions = new Dictionary<string, object?> { ["code"] = Outage.Code },
            };
        }

        if (executionError is UnhandledError)
        {
            // The exception itself is logged by the unhandled-exception handler; the caller learns only that it failed.
            return new ErrorInfo
            {
                Message = "服务器处理请求时出错，请稍后重试。",
                Extensions = new Dictionary<string, object?> { ["code"] = InternalErrorCode },
            };
        }

        var extensions = new Dictionary<string, object?>();
        if (executionError.Code is not null)
        {
            extensions["code"] = executionError.Code;
        }

        if (executionError.Data.Contains("field"))
        {
            extensions["field"] = executionError.Data["field"];
        }

        var message = options.Value.ShowSuggestions == true ? executionError.Message : Suggestion().Replace(executionError.Message, "");
        return new ErrorInfo { Message = message, Extensions = extensions.Count > 0 ? extensions : null };
    }

    [GeneratedRegex(@"\s*Did you mean .*$", RegexOptions.Singleline)]
    private static partial Regex Suggestion();
}
