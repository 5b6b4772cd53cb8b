using System.Data.Common;
using System.Net.Sockets;
using GraphQL;
using GraphQL.Execution;
using Orleans.Serialization;
using Showcase.Common;

namespace Showcase.Api.Outages;

/// <summary>
/// Whether a failure is a dependency's, not the request's: the database refused or cannot be reached, the disk is full
/// or failing, a silo of the cluster is gone or does not answer. Such a failure is retryable: the same request may well
/// succeed in a moment, so callers get <c>UNAVAILABLE</c> (GraphQL) or 503 with Retry-After instead of an internal error.
/// </summary>
public static class Outage
{
    public const string Code = ErrorCodes.Unavailable;
    public const string Message = "服务暂时不可用（数据库、磁盘或集群节点暂时无法访问），请稍后重试。";

    /// <summary>Seconds a client should wait before retrying.</summary>
    public const int RetryAfterSeconds = 5;

    // Exceptions that crossed a grain call without a codec of their own arrive as a fallback carrying the type name.
    private static readonly string[] DependencyTypeNames = ["Npgsql", "Sqlite", "SQLite", "DbException", "IOException", "SocketException"];

    public static bool Is(Exception? exception) => Causes(exception).Any(e => e switch
    {
        DbException or IOException or SocketException or TimeoutException => true,
        SiloUnavailableException or OrleansMessageRejectionException => true,
        UnavailableExceptionFallbackException fallback => DependencyTypeNames.Any(name => fallback.ExceptionType?.Contains(name, StringComparison.Ordinal) == true),
        _ => false,
    });

    /// <summary>Whether a GraphQL field failed because of a dependency (its resolver threw such a failure).</summary>
    public static bool Caused(ExecutionError error) => error is UnhandledError { InnerException: var failure } && Is(failure);

    /// <summary>A short name of the dependency failure, for the log: the innermost cause's type and message.</summary>
    public static string Reason(Exception exception)
    {
        var cause = Causes(exception).Last();
        var type = cause is UnavailableExceptionFallbackException { ExceptionType: { } name } ? name : cause.GetType().Name;
        return $"{type}: {cause.Message}";
    }

    private static IEnumerable<Exception> Causes(Exception? exception)
    {
        for (var current = exception; current is not null; current = current.InnerException)
        {
            yield return current;
            if (current is AggregateException aggregate)
            {
                foreach (var inner in aggregate.InnerExceptions.SelectMany(Causes))
                {
                    yield return inner;
                }

                yield break;
            }
        }
    }
}
