using System.IO.Compression;
using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Showcase.Catalog.Tests.Search.Elasticsearch;

/// <summary>
/// An HTTP endpoint that writes down every request it gets and answers the way Elasticsearch's REST API documents.
/// It is not an Elasticsearch (none can run on these machines): it proves what our engine sends and that it reads
/// the documented answers, so a change of client cannot silently change the requests.
/// </summary>
internal sealed class RecordingElasticsearch : IAsyncDisposable
{
    private readonly HttpListener _listener = new();
    private readonly List<string> _requests = [];
    private readonly Task _serving;

    public RecordingElasticsearch(Func<ElasticsearchCall, JsonNode?> answer)
    {
        Url = new Uri($"http://127.0.0.1:{FreePort()}/");
        _listener.Prefixes.Add(Url.ToString());
        _listener.Start();
        _serving = ServeAsync(answer);
    }

    public Uri Url { get; }

    /// <summary>Every request so far: method, path, sorted query and each body line as JSON with its keys sorted.</summary>
    public string Transcript
    {
        get
        {
            lock (_requests)
            {
                return string.Join("\n", _requests);
            }
        }
    }

    /// <summary>Starts the transcript afresh (after the setup a test is not about).</summary>
    public void Forget()
    {
        lock (_requests)
        {
            _requests.Clear();
        }
    }

    public async ValueTask DisposeAsync()
    {
        _listener.Stop();
        await _serving.ContinueWith(_ => { }, TaskScheduler.Default);
        _listener.Close();
    }

    private async Task ServeAsync(Func<ElasticsearchCall, JsonNode?> answer)
    {
        while (_listener.IsListening)
        {
            HttpListenerContext context;
            try
            {
                context = await _listener.GetContextAsync();
            }
            catch (Exception e) when (e is HttpListenerException or ObjectDisposedException or InvalidOperationException)
            {
                return;
            }

            try
            {
                await AnswerAsync(context, answer);
            }
            catch (Exception e)
            {
                lock (_requests)
                {
                    _requests.Add($"UNANSWERED {context.Request.HttpMethod} {context.Request.RawUrl}: {e.Message}");
                }

                await RespondAsync(context, new JsonObject { ["error"] = new JsonObject { ["type"] = "recording_failure", ["reason"] = e.ToString() }, ["status"] = 500 });
            }

            context.Response.Close();
        }
    }

    private async Task AnswerAsync(HttpListenerContext context, Func<ElasticsearchCall, JsonNode?> answer)
    {
        // The official client compresses what it sends (gzip), as Elasticsearch accepts.
        var body = context.Request.Headers["Content-Encoding"] == "gzip" ? new GZipStream(context.Request.InputStream, CompressionMode.Decompress) : context.Request.InputStream;
        using var reader = new StreamReader(body, Encoding.UTF8);
        var lines = (await reader.ReadToEndAsync()).Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonNode.Parse(l)).ToArray();
        var query = context.Request.QueryString;
        var call = new ElasticsearchCall(context.Request.HttpMethod, context.Request.RawUrl!.Split('?')[0],
            query.AllKeys.Where(k => k is not null).ToDictionary(k => k!, k => query[k]!, StringComparer.Ordinal), lines);
        lock (_requests)
        {
            _requests.Add(call.ToString());
        }

        await RespondAsync(context, answer(call) ?? new JsonObject { ["error"] = new JsonObject { ["type"] = "not_found", ["reason"] = "not answered" }, ["status"] = 404 });
    }

    /// <summary>Answers as Elasticsearch does: JSON, its product header, and the status an error body names.</summary>
    private static async Task RespondAsync(HttpListenerContext context, JsonNode response)
    {
        context.Response.StatusCode = response["status"]?.GetValue<int>() is { } status and >= 300 ? status : 200;
        context.Response.ContentType = "application/json";
        context.Response.Headers["X-Elastic-Product"] = "Elasticsearch";
        await context.Response.OutputStream.WriteAsync(Encoding.UTF8.GetBytes(response.ToJsonString()));
    }

    private static int FreePort()
    {
        using var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        return ((IPEndPoint)probe.LocalEndpoint).Port;
    }
}

/// <summary>One request: its method, path (as sent), query parameters and NDJSON/JSON body lines.</summary>
internal sealed record ElasticsearchCall(string Method, string Path, IReadOnlyDictionary<string, string> Query, IReadOnlyList<JsonNode?> Body)
{
    /// <summary>The path's segments, each unescaped (a document id may hold slashes).</summary>
    public string[] Segments => Path.Trim('/').Split('/').Select(Uri.UnescapeDataString).ToArray();

    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public bool TypedKeys => Query.TryGetValue("typed_keys", out var typed) && typed == "true";

    public override string ToString()
    {
        var query = string.Join("&", Query.OrderBy(q => q.Key, StringComparer.Ordinal).Select(q => $"{q.Key}={q.Value}"));
        var text = new StringBuilder($"{Method} {Path}{(query.Length > 0 ? "?" + query : "")}\n");
        foreach (var line in Body)
        {
            text.Append(Sorted(line)?.ToJsonString(Indented) ?? "null").Append('\n');
        }

        return text.ToString();
    }

    private static JsonNode? Sorted(JsonNode? node) => node switch
    {
        JsonObject o => new JsonObject(o.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => KeyValuePair.Create(p.Key, Sorted(p.Value)))),
        JsonArray a => new JsonArray(a.Select(Sorted).ToArray()),
        _ => node?.DeepClone(),
    };
}
