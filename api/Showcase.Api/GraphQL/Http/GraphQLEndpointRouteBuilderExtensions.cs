using GraphQL;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Showcase.Api.GraphQL.Http;

public static class GraphQLEndpointRouteBuilderExtensions
{
    public const string Path = "/t/{tenant}/graphql";

    /// <summary>Maps the GraphQL endpoint, its printed schema and, when enabled, the explorer page.</summary>
    public static IEndpointRouteBuilder MapShowcaseGraphQL(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapMethods(Path, [HttpMethods.Get, HttpMethods.Post],
            (HttpContext http, GraphQLHttpEndpoint endpoint) => endpoint.HandleAsync(http)).DisableAntiforgery();

        var options = endpoints.ServiceProvider.GetRequiredService<IOptions<GraphQLOptions>>().Value;
        if (options.EnableIntrospection == true)
        {
            endpoints.MapGet($"{Path}/schema.graphql", (ShowcaseSchema schema) =>
                Results.Text(schema.Print(), "text/plain; charset=utf-8"));
        }

        if (options.EnableExplorer == true)
        {
            endpoints.MapGet($"{Path}/explorer", () => Embedded("explorer.html", "text/html; charset=utf-8"));
            endpoints.MapGet($"{Path}/explorer.js", () => Embedded("explorer.js", "text/javascript; charset=utf-8"));
            endpoints.MapGet($"{Path}/explorer.css", () => Embedded("explorer.css", "text/css; charset=utf-8"));
        }

        return endpoints;
    }

    private static IResult Embedded(string name, string contentType) =>
        Results.Stream(typeof(GraphQLEndpointRouteBuilderExtensions).Assembly.GetManifestResourceStream($"Showcase.Api.GraphQL.Explorer.{name}")!, contentType);
}
