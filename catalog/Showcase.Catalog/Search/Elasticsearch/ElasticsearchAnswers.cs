using Elastic.Transport.Products.Elasticsearch;

namespace Showcase.Catalog.Search.Elasticsearch;

public sealed class ElasticsearchException(string message) : Exception(message);

/// <summary>What to make of an answer: fine, or an <see cref="ElasticsearchException"/> with Elasticsearch's own reason.</summary>
internal static class ElasticsearchAnswers
{
    /// <summary>The answer when it is a success (or one of <paramref name="alsoFine"/>, such as 404 for a delete).</summary>
    public static T Ensure<T>(this T answer, params int[] alsoFine) where T : ElasticsearchResponse
    {
        var call = answer.ApiCallDetails;
        if (answer.IsValidResponse || (call.HttpStatusCode is { } status && alsoFine.Contains(status)))
        {
            return answer;
        }

        var reason = answer.ElasticsearchServerError?.Error?.Reason ?? call.OriginalException?.Message ?? "no answer";
        throw new ElasticsearchException($"Elasticsearch answered {call.HttpStatusCode?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "nothing"} to {call.HttpMethod} {call.Uri?.PathAndQuery}: {reason}");
    }
}
