using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;

namespace Showcase.Catalog.Search.Elasticsearch;

/// <summary>Elasticsearch's REST API over one <see cref="HttpClient"/>: JSON in, JSON out, errors with Elasticsearch's own reason.</summary>
internal sealed class ElasticsearchClient(HttpClient http)
{
    /// <summary>A client for <paramref name="url"/>; credentials in the URL (<c>http://user:password@host:9200</c>) become basic authentication.</summary>
    public static HttpClient Http(Uri url)
    {
        var http = new HttpClient { BaseAddress = new Uri(url.GetLeftPart(UriPartial.Authority) + "/"), Timeout = TimeSpan.FromSeconds(60) };
        if (url.UserInfo.Length > 0)
        {
            http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes(Uri.UnescapeDataString(url.UserInfo))));
        }

        return http;
    }

    public Task<JsonNode?> SendAsync(HttpMethod method, string path, JsonNode? body, CancellationToken cancellationToken, params HttpStatusCode[] alsoFine) =>
        SendAsync(method, path, body is null ? null : new StringContent(body.ToJsonString(), Encoding.UTF8, "application/json"), cancellationToken, alsoFine);

    /// <summary>A bulk request: one action line and one source line per document (NDJSON).</summary>
    public Task<JsonNode?> BulkAsync(string path, IEnumerable<JsonNode> lines, CancellationToken cancellationToken)
    {
        var body = new StringBuilder();
        foreach (var line in lines)
        {
            body.Append(line.ToJsonString()).Append('\n');
        }

        return SendAsync(HttpMethod.Post, path, new StringContent(body.ToString(), Encoding.UTF8, "application/x-ndjson"), cancellationToken);
    }

    private async Task<JsonNode?> SendAsync(HttpMethod method, string path, HttpContent? content, CancellationToken cancellationToken, params HttpStatusCode[] alsoFine)
    {
        using var request = new HttpRequestMessage(method, path) { Content = content };
        using var response = await http.SendAsync(request, cancellationToken);
        var text = await response.Content.ReadAsStringAsync(cancellationToken);
        if (!response.IsSuccessStatusCode && !alsoFine.Contains(response.StatusCode))
        {
            throw new ElasticsearchException($"Elasticsearch answered {(int)response.StatusCode} to {method} {path}: {Reason(text)}");
        }

        return text.Length == 0 ? null : JsonNode.Parse(text);
    }

    private static string Reason(string body)
    {
        try
        {
            return JsonNode.Parse(body)?["error"] switch
            {
                JsonObject error => error["reason"]?.ToString() ?? error.ToJsonString(),
                { } error => error.ToString(),
                null => body,
            };
        }
        catch (System.Text.Json.JsonException)
        {
            return body;
        }
    }
}

public sealed class ElasticsearchException(string message) : Exception(message);
