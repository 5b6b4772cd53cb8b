using System.Diagnostics;
using Npgsql;

namespace Showcase.Testing;

/// <summary>
/// A real PostgreSQL server for tests: the one <c>SHOWCASE_TEST_POSTGRES</c> names (an admin connection string), or
/// else a throwaway one started from the Debian server binaries (<c>apt-get install postgresql</c>) in a temp folder
/// on a free loopback port, stopped and deleted on dispose. PostgreSQL refuses to run as root, so as root the server
/// runs as the <c>postgres</c> user. Durability settings are off: these tests kill silos, never the database.
/// </summary>
public sealed class PostgresServer : IAsyncDisposable
{
    public const string Variable = "SHOWCASE_TEST_POSTGRES";

    private readonly string? _folder;
    private readonly string? _binaries;
    private readonly int _port;

    private PostgresServer(string adminConnectionString, string? folder = null, string? binaries = null, int port = 0)
    {
        AdminConnectionString = adminConnectionString;
        _folder = folder;
        _binaries = binaries;
        _port = port;
    }

    public string AdminConnectionString { get; }

    public static async Task<PostgresServer> StartAsync()
    {
        if (Environment.GetEnvironmentVariable(Variable) is { Length: > 0 } given)
        {
            return new PostgresServer(given);
        }

        var binaries = Binaries ?? throw new InvalidOperationException(
            $"The PostgreSQL tests need a server: install Debian's (apt-get install postgresql) or set {Variable} to an admin connection string.");
        var folder = Path.Combine(Path.GetTempPath(), "showcase-pg-" + Guid.NewGuid().ToString("N")[..12]);
        Directory.CreateDirectory(folder);
        if (Environment.UserName == "root")
        {
            await RunAsync("chown", $"postgres:postgres {folder}");
        }

        var port = FreePorts.Next();
        await RunAsync(binaries, "initdb", $"-D {folder}/data -U postgres --auth=trust -E UTF8 --locale=C.UTF-8");
        var server = new PostgresServer($"Host=127.0.0.1;Port={port};Username=postgres;Database=postgres;Pooling=true", folder, binaries, port);
        await server.StartAgainAsync();
        return server;
    }

    /// <summary>Stops the server at once, as a crash or an outage would (only a throwaway server of the tests' own).</summary>
    public Task StopAsync() => RunAsync(Throwaway.Binaries, "pg_ctl", $"-D {Throwaway.Folder}/data -m immediate -w stop");

    /// <summary>Starts the server again on the same port and data.</summary>
    public Task StartAgainAsync() => RunAsync(Throwaway.Binaries, "pg_ctl",
        $"-D {Throwaway.Folder}/data -l {Throwaway.Folder}/server.log -w -t 60 -o \"-p {_port} -k {Throwaway.Folder} -c listen_addresses=127.0.0.1 " +
        "-c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=400\" start");

    private (string Binaries, string Folder) Throwaway =>
        _binaries is not null && _folder is not null ? (_binaries, _folder) : throw new InvalidOperationException($"A server named by {Variable} is not the tests' to stop.");

    /// <summary>A new empty database on this server; its connection string.</summary>
    public async Task<string> CreateDatabaseAsync()
    {
        var name = "showcase_" + Guid.NewGuid().ToString("N")[..16];
        await using (var connection = new NpgsqlConnection(AdminConnectionString))
        {
            await connection.OpenAsync();
            await using var command = new NpgsqlCommand($"CREATE DATABASE {name}", connection);
            await command.ExecuteNonQueryAsync();
        }

        return new NpgsqlConnectionStringBuilder(AdminConnectionString) { Database = name }.ConnectionString;
    }

    /// <summary>Runs one of PostgreSQL's client programs (<c>pg_dump</c>, <c>pg_restore</c>) against a database of this server.</summary>
    public static Task RunClientAsync(string tool, string connectionString, string arguments)
    {
        var binaries = Binaries ?? throw new InvalidOperationException($"{tool} needs PostgreSQL's client programs: apt-get install postgresql.");
        var database = new NpgsqlConnectionStringBuilder(connectionString);
        var start = new ProcessStartInfo(Path.Combine(binaries, tool),
            $"-h {database.Host} -p {database.Port} -U {database.Username} -d {database.Database} {arguments}");
        start.Environment["PGPASSWORD"] = database.Password ?? "";
        return RunAsync(start);
    }

    public async ValueTask DisposeAsync()
    {
        NpgsqlConnection.ClearAllPools();
        if (_folder is null || _binaries is null)
        {
            return;
        }

        await RunAsync(_binaries, "pg_ctl", $"-D {_folder}/data -m immediate -w stop");
        Directory.Delete(_folder, recursive: true);
    }

    private static Task RunAsync(string binaries, string tool, string arguments) =>
        Environment.UserName == "root"
            ? RunAsync("runuser", $"-u postgres -- {Path.Combine(binaries, tool)} {arguments}")
            : RunAsync(Path.Combine(binaries, tool), arguments);

    private static string? Binaries => Directory.Exists("/usr/lib/postgresql")
        ? Directory.GetDirectories("/usr/lib/postgresql").Select(v => Path.Combine(v, "bin")).Where(b => File.Exists(Path.Combine(b, "initdb"))).Order().LastOrDefault()
        : null;

    private static Task RunAsync(string program, string arguments) => RunAsync(new ProcessStartInfo(program, arguments));

    private static async Task RunAsync(ProcessStartInfo start)
    {
        start.RedirectStandardOutput = true;
        start.RedirectStandardError = true;
        var (program, arguments) = (start.FileName, start.Arguments);
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{program} {arguments} failed ({process.ExitCode}): {await output}{await error}");
        }
    }
}
