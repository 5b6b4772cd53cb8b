using Microsoft.AspNetCore.Builder;
using Npgsql;
using Showcase.Silo.Hosting;
using Showcase.Silo.Storage;

namespace Showcase.Silo.Tests.PostgreSql;

public sealed class PostgreSqlSchemaTests(PostgresFixture postgres)
{
    private const string UniqueGrainRows = "0005-unique-grain-rows.sql";

    [Fact]
    public async Task HostsMigratingTogether_ApplyEachScriptOnce_AndAgainFindNothingToDo()
    {
        var database = await postgres.CreateDatabaseAsync();

        var runs = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => Task.Run(() => PostgreSqlSchema.ApplyAsync(database))));
        var again = await PostgreSqlSchema.ApplyAsync(database, TestContext.Current.CancellationToken);

        Assert.Equal(PostgreSqlSchema.Scripts, runs.SelectMany(applied => applied).Order(StringComparer.Ordinal));
        Assert.Empty(again);
        Assert.Equal(
            ["0001-orleans-query.sql", "0002-orleans-persistence.sql", "0003-orleans-clustering.sql", "0004-orleans-reminders.sql", UniqueGrainRows, "0006-showcase-health.sql", "0007-showcase-search-log.sql", "0008-grain-keys-index.sql", "0009-showcase-export-files.sql", "0010-showcase-files.sql"],
            PostgreSqlSchema.Scripts);
    }

    [Fact]
    public async Task UniqueGrainRows_KeepsTheNewestOfRowsAlreadyDuplicated_AndRefusesNewDuplicates()
    {
        var database = await postgres.CreateDatabaseAsync();
        await PostgreSqlSchema.ApplyAsync(database, PostgreSqlSchema.Scripts.Where(s => s != UniqueGrainRows), TestContext.Current.CancellationToken);
        // What two racing first writes leave behind under the stock schema (see PostgreSqlGrainStorageTests).
        await PostgresQueries.ExecuteAsync(database, $"{InsertRow(version: 1, "旧")}; {InsertRow(version: 3, "新")}; {InsertRow(version: 2, "中")}");

        Assert.Equal([UniqueGrainRows], await PostgreSqlSchema.ApplyAsync(database, TestContext.Current.CancellationToken));

        Assert.Equal("3", await PostgresQueries.ScalarAsync(database, "SELECT string_agg(Version::text, ',') FROM OrleansStorage"));
        var duplicate = await Assert.ThrowsAsync<PostgresException>(() => PostgresQueries.ExecuteAsync(database, InsertRow(version: 1, "重复")));
        Assert.Equal(PostgresErrorCodes.UniqueViolation, duplicate.SqlState);
    }

    [Fact]
    public async Task MigrateCommand_BringsTheConfiguredDatabaseUpToDate()
    {
        var database = await postgres.CreateDatabaseAsync();
        var builder = WebApplication.CreateBuilder(["migrate", "--Showcase:Storage=PostgreSQL", $"--Showcase:PostgreSQL={database}", $"--Showcase:DataPath={Testing.TestFolders.NewDataFolder()}"]);

        Assert.True(MigrateCommand.IsRequested(["migrate"]));
        Assert.Equal(0, await MigrateCommand.RunAsync(builder));
        Assert.Empty(await PostgreSqlSchema.ApplyAsync(database, TestContext.Current.CancellationToken));
    }

    private static string InsertRow(int version, string text) => $"""
        INSERT INTO OrleansStorage (GrainIdHash, GrainIdN0, GrainIdN1, GrainTypeHash, GrainTypeString, GrainIdExtensionString, ServiceId, PayloadBinary, ModifiedOn, Version)
        VALUES (7, 1, 2, 9, 'note', NULL, 'showcase', convert_to('{text}', 'UTF8'), now(), {version})
        """;
}
