using Microsoft.AspNetCore.Http;
using Microsoft.Net.Http.Headers;

namespace Showcase.Api.GraphQL.Http;

/// <summary>Content negotiation of the GraphQL-over-HTTP specification.</summary>
internal static class GraphQLMediaTypes
{
    public const string GraphQLResponse = "application/graphql-response+json";
    public const string Json = "application/json";

    /// <summary>
    /// The response media type the client accepts, preferring <c>application/graphql-response+json</c>;
    /// a request without Accept gets it too (the specification's default since 2025). Null when neither is acceptable.
    /// </summary>
    public static string? Negotiate(HttpRequest request)
    {
        var accept = request.GetTypedHeaders().Accept;
        if (accept.Count == 0)
        {
            return GraphQLResponse;
        }

        foreach (var range in accept.Where(a => a.Quality is null or > 0).OrderByDescending(a => a.Quality ?? 1))
        {
            if (range.Accepts(GraphQLResponse))
            {
                return GraphQLResponse;
            }

            if (range.Accepts(Json))
            {
                return Json;
            }
        }

        return null;
    }

    /// <summary>Whether a POST body is declared as JSON (the only request media type the endpoint reads).</summary>
    public static bool IsJsonRequest(HttpRequest request) =>
        MediaTypeHeaderValue.TryParse(request.ContentType, out var type)
        && type.MediaType.Equals(Json, StringComparison.OrdinalIgnoreCase)
        && (!type.Charset.HasValue || type.Charset.Equals("utf-8", StringComparison.OrdinalIgnoreCase));

    // Compared by hand: MediaTypeHeaderValue.MatchesMediaType and IsSubsetOf count application/graphql-response+json as a kind of
    // application/json (by its +json suffix), which would hide what the client asked for.
    private static bool Accepts(this MediaTypeHeaderValue range, string mediaType) =>
        range.MediaType.Equals(mediaType, StringComparison.OrdinalIgnoreCase)
        || range.MediaType.Equals("*/*", StringComparison.Ordinal)
        || range.MediaType.Equals("application/*", StringComparison.OrdinalIgnoreCase);
}
