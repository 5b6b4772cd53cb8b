using Showcase.Testing;

[assembly: AssemblyFixture(typeof(Showcase.Api.Tests.HostFixture))]

namespace Showcase.Api.Tests;

/// <summary>One real host for the whole assembly; every test makes a tenant of its own.</summary>
public sealed class HostFixture : IAsyncLifetime
{
    public ShowcaseHost Host { get; } = new();

    public GraphQLClient GraphQL { get; private set; } = default!;

    public ValueTask InitializeAsync()
    {
        GraphQL = new GraphQLClient(Host.CreateClient());
        return ValueTask.CompletedTask;
    }

    public async ValueTask DisposeAsync() => await Host.DisposeAsync();
}
