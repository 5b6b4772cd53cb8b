using System.Diagnostics;
using System.Text.Json;
using GraphQL;
using GraphQL.Transport;
using GraphQLParser.AST;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Showcase.Api.GraphQL.Limits;
using Showcase.Api.Outages;
using Showcase.Api.People;
using Showcase.Common;
using Showcase.Diagnostics;

namespace Showcase.Api.GraphQL.Http;

/// <summary>
/// GraphQL over HTTP (graphql.github.io/graphql-over-http): POST with a JSON body, GET for queries only,
/// <c>application/graphql-response+json</c> or <c>application/json</c> by the Accept header, 4xx for malformed requests.
/// No batching: a JSON array body is refused.
/// </summary>
public sealed class GraphQLHttpEndpoint(
    IDocumentExecuter<ShowcaseSchema> executer,
    IGraphQLTextSerializer serializer,
    DocumentReader documents,
    ValidatedDocuments validated,
    IOptions<GraphQLOptions> options)
{
    public async Task HandleAsync(HttpContext http)
    {
        var mediaType = GraphQLMediaTypes.Negotiate(http.Request);
        if (mediaType is null)
        {
            await WriteRequestErrorAsync(http, StatusCodes.Status406NotAcceptable, GraphQLMediaTypes.Json,
                "NOT_ACCEPTABLE", $"请在 Accept 中接受 {GraphQLMediaTypes.GraphQLResponse} 或 {GraphQLMediaTypes.Json}。");
            return;
        }

        // A program that sends a token means to act as someone: a bad token, or one of another portal, is refused
        // rather than quietly treated as anonymous.
        if (http.Request.Headers.Authorization.Count > 0 && http.RequestServices.GetRequiredService<CurrentUser>().User is null)
        {
            http.Response.Headers.WWWAuthenticate = "Bearer";
            await WriteRequestErrorAsync(http, StatusCodes.Status401Unauthorized, mediaType,
                ErrorCodes.Unauthenticated, "访问令牌无效、已过期、已被吊销，或不属于这个门户。");
            return;
        }

        var (request, problem) = HttpMethods.IsGet(http.Request.Method)
            ? ReadGetRequest(http.Request)
            : await ReadPostRequestAsync(http.Request);
        if (problem is not null)
        {
            await WriteRequestErrorAsync(http, problem.Value.Status, mediaType, problem.Value.Code, problem.Value.Message);
            return;
        }

        var cached = validated.Find(request!.Query!);
        var (document, refusal) = cached is not null ? (cached, null) : documents.Read(request.Query!);
        if (refusal is not null)
        {
            // Like a document the executer refuses: 400 with graphql-response+json, 200 with legacy application/json.
            await WriteRequestErrorAsync(http, mediaType == GraphQLMediaTypes.GraphQLResponse ? StatusCodes.Status400BadRequest : StatusCodes.Status200OK,
                mediaType, refusal.Code, refusal.Message);
            return;
        }

        if (HttpMethods.IsGet(http.Request.Method) && IsMutation(document!, request.OperationName))
        {
            http.Response.Headers.Allow = "POST";
            await WriteRequestErrorAsync(http, StatusCodes.Status405MethodNotAllowed, mediaType,
                "METHOD_NOT_ALLOWED", "变更操作（mutation）只能通过 POST 提交。");
            return;
        }

        var startedAt = Stopwatch.GetTimestamp();
        using var activity = ShowcaseTelemetry.Source.StartActivity("graphql");
        var result = await executer.ExecuteAsync(new ExecutionOptions
        {
            Query = request.Query,
            Document = document,
            // A cached document passed the core rules already; the rules Showcase adds are appended to these and run again.
            ValidationRules = cached is not null ? [] : null,
            OperationName = request.OperationName,
            Variables = request.Variables,
            Extensions = request.Extensions,
            RequestServices = http.RequestServices,
            User = http.User,
            CancellationToken = http.RequestAborted,
        });
        Observe(result, startedAt, activity);
        if (cached is null && result.Executed)
        {
            validated.Add(request.Query!, document!);
        }

        http.Response.StatusCode = StatusOf(result, mediaType);
        if (http.Response.StatusCode == StatusCodes.Status503ServiceUnavailable)
        {
            OutageMiddleware.Mark(http.Response);
        }
        http.Response.ContentType = $"{mediaType}; charset=utf-8";
        await serializer.WriteAsync(http.Response.Body, result, http.RequestAborted);
    }

    /// <summary>
    /// 503 when a dependency failed (retryable), 429 when a password proof was throttled (its Retry-After is already
    /// set). Otherwise, with graphql-response+json a request that never executed (syntax or validation error) is a 400;
    /// legacy application/json answers 200 for every well-formed request.
    /// </summary>
    private static int StatusOf(ExecutionResult result, string mediaType) =>
        result.Errors?.Any(Outage.Caused) == true ? StatusCodes.Status503ServiceUnavailable
        : result.Errors?.Any(e => e.Code == ErrorCodes.RateLimited) == true ? StatusCodes.Status429TooManyRequests
        : mediaType == GraphQLMediaTypes.GraphQLResponse && !result.Executed ? StatusCodes.Status400BadRequest
        : StatusCodes.Status200OK;

    /// <summary>The operation's duration by type and outcome; its span named after the operation (names are the client's, so only in traces).</summary>
    private static void Observe(ExecutionResult result, long startedAt, Activity? activity)
    {
        var type = result.Operation?.Operation.ToString().ToLowerInvariant() ?? "unknown";
        var outcome = !result.Executed ? "invalid" : result.Errors is { Count: > 0 } ? "errors" : "ok";
        ShowcaseTelemetry.RecordGraphQL(type, outcome, startedAt);
        if (activity is not null)
        {
            activity.DisplayName = $"graphql {type} {result.Operation?.Name?.StringValue}".TrimEnd();
            activity.SetTag("graphql.operation.type", type);
            activity.SetTag("graphql.operation.name", result.Operation?.Name?.StringValue);
            activity.SetTag("outcome", outcome);
            if (outcome != "ok")
            {
                activity.SetStatus(ActivityStatusCode.Error, result.Errors?.FirstOrDefault()?.Code);
            }
        }
    }

    private (GraphQLRequest? Request, RequestProblem? Problem) ReadGetRequest(HttpRequest http)
    {
        var query = http.Query["query"].ToString();
        if (string.IsNullOrWhiteSpace(query))
        {
            return (null, RequestProblem.BadRequest("QUERY_MISSING", "请在查询参数 query 中给出 GraphQL 查询。"));
        }

        try
        {
            return (new GraphQLRequest
            {
                Query = query,
                OperationName = NullIfEmpty(http.Query["operationName"].ToString()),
                Variables = ParseMap<Inputs>(http.Query["variables"].ToString()),
                Extensions = ParseMap<Inputs>(http.Query["extensions"].ToString()),
            }, null);
        }
        catch (JsonException)
        {
            return (null, RequestProblem.BadRequest("INVALID_JSON", "查询参数 variables 或 extensions 不是有效的 JSON 对象。"));
        }
    }

    private async Task<(GraphQLRequest? Request, RequestProblem? Problem)> ReadPostRequestAsync(HttpRequest http)
    {
        if (!GraphQLMediaTypes.IsJsonRequest(http))
        {
            return (null, new RequestProblem(StatusCodes.Status415UnsupportedMediaType, "UNSUPPORTED_MEDIA_TYPE",
                $"请求体的 Content-Type 应为 {GraphQLMediaTypes.Json}。"));
        }

        var maxBytes = options.Value.MaxRequestBytes;
        var tooLarge = new RequestProblem(StatusCodes.Status413PayloadTooLarge, "REQUEST_TOO_LARGE",
            $"请求体超过上限 {maxBytes / 1024} KB；请缩短查询或分几次提交。");
        if (http.ContentLength > maxBytes)
        {
            return (null, tooLarge);
        }

        JsonElement body;
        try
        {
            await using var limited = new LengthLimitedStream(http.Body, maxBytes);
            body = await JsonSerializer.DeserializeAsync<JsonElement>(limited, cancellationToken: http.HttpContext.RequestAborted);
        }
        catch (Exception ex) when (ex is LengthLimitedStream.LimitExceededException
            || ex is BadHttpRequestException { StatusCode: StatusCodes.Status413PayloadTooLarge })
        {
            return (null, tooLarge);
        }
        catch (JsonException)
        {
            return (null, RequestProblem.BadRequest("INVALID_JSON", "请求体不是有效的 JSON。"));
        }

        if (body.ValueKind == JsonValueKind.Array)
        {
            return (null, RequestProblem.BadRequest("BATCHING_NOT_SUPPORTED", "不支持批量请求：请每次只提交一个 GraphQL 请求。"));
        }

        GraphQLRequest? request;
        try
        {
            request = body.ValueKind == JsonValueKind.Object ? serializer.Deserialize<GraphQLRequest>(body.GetRawText()) : null;
        }
        catch (Exception ex) when (ex is JsonException or InvalidOperationException or FormatException)
        {
            request = null;
        }

        if (request is null)
        {
            return (null, RequestProblem.BadRequest("INVALID_REQUEST", "请求体应为包含 query、variables、operationName 的 JSON 对象。"));
        }

        return string.IsNullOrWhiteSpace(request.Query)
            ? (null, RequestProblem.BadRequest("QUERY_MISSING", "请求体中缺少 query。"))
            : (request, null);
    }

    /// <summary>Whether the operation to run is a mutation.</summary>
    private static bool IsMutation(GraphQLDocument document, string? operationName)
    {
        var operations = document.Definitions.OfType<GraphQLOperationDefinition>().ToList();
        var operation = operationName is null
            ? (operations.Count == 1 ? operations[0] : null)
            : operations.FirstOrDefault(o => o.Name?.StringValue == operationName);
        return operation?.Operation == OperationType.Mutation;
    }

    private T? ParseMap<T>(string json)
        where T : class =>
        string.IsNullOrWhiteSpace(json) ? null : serializer.Deserialize<T>(json) ?? throw new JsonException("Expected an object.");

    private static string? NullIfEmpty(string value) => string.IsNullOrEmpty(value) ? null : value;

    private async Task WriteRequestErrorAsync(HttpContext http, int status, string mediaType, string code, string message)
    {
        http.Response.StatusCode = status;
        http.Response.ContentType = $"{mediaType}; charset=utf-8";
        var result = new ExecutionResult { Errors = [new ExecutionError(message) { Code = code }] };
        await serializer.WriteAsync(http.Response.Body, result, http.RequestAborted);
    }

    private readonly record struct RequestProblem(int Status, string Code, string Message)
    {
        public static RequestProblem BadRequest(string code, string message) => new(StatusCodes.Status400BadRequest, code, message);
    }
}
