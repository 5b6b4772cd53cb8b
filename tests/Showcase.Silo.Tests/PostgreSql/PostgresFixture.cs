using Showcase.Testing;

[assembly: AssemblyFixture(typeof(Showcase.Silo.Tests.PostgreSql.PostgresFixture))]

namespace Showcase.Silo.Tests.PostgreSql;

/// <summary>One real PostgreSQL server for the assembly; every test class takes databases of its own.</summary>
public sealed class PostgresFixture : IAsyncLifetime
{
    private PostgresServer? _server;

    public PostgresServer Server => _server ?? throw new InvalidOperationException("The server has not started.");

    public Task<string> CreateDatabaseAsync() => Server.CreateDatabaseAsync();

    public async ValueTask InitializeAsync() => _server = await PostgresServer.StartAsync();

    public async ValueTask DisposeAsync()
    {
        if (_server is not null)
        {
            await _server.DisposeAsync();
        }
    }
}
