using Showcase.Testing;

[assembly: AssemblyFixture(typeof(Showcase.Api.Tests.HostFixture))]

namespace Showcase.Api.Tests;

/// <summary>One real host for the whole assembly; every test makes a tenant of its own.</summary>
public sealed class HostFixture : IAsyncLifetime
{
    // Every request of the assembly comes from the test server's one address: per-address throttling of wrong passwords
    // and of anonymous requests is proven on a host of its own (Showcase.Silo.Tests, RateLimitTests), so here it must
    // not add up across tests.
    public ShowcaseHost Host { get; } = new(settings: new Dictionary<string, string?>
    {
        ["Showcase:RateLimits:PerUserPerMinute"] = "100000",
        ["Showcase:SignIn:PerAddress:FailuresBeforePause"] = "1000",
        ["Showcase:SignIn:AccountRequestsPerAddress:FailuresBeforePause"] = "1000",
        ["Showcase:SignIn:AccountRequestsPerLogin:FailuresBeforePause"] = "1000",
    });

    public GraphQLClient GraphQL { get; private set; } = default!;

    public ValueTask InitializeAsync()
    {
        GraphQL = new GraphQLClient(Host.CreateClient());
        return ValueTask.CompletedTask;
    }

    public async ValueTask DisposeAsync() => await Host.DisposeAsync();
}
