using GraphQL;
using GraphQL.Execution;

namespace Showcase.Api.GraphQL;

/// <summary>
/// Writes <c>extensions.code</c> and, for input problems, <c>extensions.field</c>; never exception type names,
/// stack traces or the list of codes GraphQL.NET adds by default.
/// </summary>
public sealed class ShowcaseErrorInfoProvider : IErrorInfoProvider
{
    public const string InternalErrorCode = "INTERNAL_ERROR";

    public ErrorInfo GetInfo(ExecutionError executionError)
    {
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

        return new ErrorInfo { Message = executionError.Message, Extensions = extensions.Count > 0 ? extensions : null };
    }
}
