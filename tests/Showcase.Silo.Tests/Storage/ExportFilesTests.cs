using Showcase.Api.Collections;
using Showcase.Silo.Storage;
using Showcase.Silo.Tests.PostgreSql;
using Showcase.Tenancy;
using Showcase.Testing;

namespace Showcase.Silo.Tests.Storage;

/// <summary>Where finished exports wait to be downloaded: the data folder on one machine, the cluster's PostgreSQL.</summary>
public abstract class ExportFilesContract
{
    protected static readonly TenantId Portal = TenantId.Parse("export-portal");
    protected static readonly TenantId OtherPortal = TenantId.Parse("other-portal");

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    protected abstract Task<IExportFiles> OpenAsync();

    /// <summary>Makes a saved file look two hours old.</summary>
    protected abstract Task AgeAsync(TenantId tenant, string exportId);

    [Fact]
    public async Task AFile_IsReadBackByItsPortal_AndByAFreshStore_ButNotByAnotherPortal()
    {
        await (await OpenAsync()).SaveAsync(Portal, "export-1", [1, 2, 3], Cancel);
        var reopened = await OpenAsync();

        Assert.Equal([1, 2, 3], await reopened.ReadAsync(Portal, "export-1", Cancel));
        Assert.Null(await reopened.ReadAsync(OtherPortal, "export-1", Cancel));
        Assert.Null(await reopened.ReadAsync(Portal, "export-2", Cancel));
    }

    [Fact]
    public async Task AnExpiredFile_IsNotServed_AndTheNextSaveForgetsIt()
    {
        var files = await OpenAsync();
        await files.SaveAsync(Portal, "old", [1], Cancel);
        await AgeAsync(Portal, "old");

        Assert.Null(await files.ReadAsync(Portal, "old", Cancel));
        await files.SaveAsync(OtherPortal, "new", [2], Cancel);
        Assert.False(await StillStoredAsync(Portal, "old"));
        Assert.Equal([2], await files.ReadAsync(OtherPortal, "new", Cancel));
    }

    protected abstract Task<bool> StillStoredAsync(TenantId tenant, string exportId);
}

public sealed class FolderExportFilesTests : ExportFilesContract
{
    private readonly string _folder = Path.Combine(TestFolders.NewDataFolder(), "exports");

    protected override Task<IExportFiles> OpenAsync() => Task.FromResult<IExportFiles>(new FolderExportFiles(_folder, TimeProvider.System));

    protected override Task AgeAsync(TenantId tenant, string exportId)
    {
        File.SetLastWriteTimeUtc(Path.Combine(_folder, tenant.Value, exportId), DateTime.UtcNow.AddHours(-2));
        return Task.CompletedTask;
    }

    protected override Task<bool> StillStoredAsync(TenantId tenant, string exportId) => Task.FromResult(File.Exists(Path.Combine(_folder, tenant.Value, exportId)));

    [Fact]
    public async Task AnIdThatIsNotAnExportId_ReadsNothing_AndCannotReachOutsideTheFolder()
    {
        var files = await OpenAsync();
        await File.WriteAllTextAsync(Path.Combine(Path.GetDirectoryName(_folder)!, "secret"), "不能被读到", TestContext.Current.CancellationToken);

        Assert.Null(await files.ReadAsync(Portal, "../../secret", TestContext.Current.CancellationToken));
        await Assert.ThrowsAsync<ArgumentException>(() => files.SaveAsync(Portal, "../x", [1], TestContext.Current.CancellationToken));
    }
}

public sealed class PostgreSqlExportFilesTests(PostgresFixture postgres) : ExportFilesContract, IAsyncLifetime
{
    private string _database = "";

    public async ValueTask InitializeAsync()
    {
        _database = await postgres.CreateDatabaseAsync();
        await PostgreSqlSchema.ApplyAsync(_database, TestContext.Current.CancellationToken);
    }

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;

    protected override Task<IExportFiles> OpenAsync() => Task.FromResult<IExportFiles>(new PostgreSqlExportFiles(_database));

    protected override Task AgeAsync(TenantId tenant, string exportId) =>
        PostgresQueries.ExecuteAsync(_database, $"UPDATE ShowcaseExportFiles SET SavedAt = now() - interval '2 hours' WHERE Tenant = '{tenant}' AND Id = '{exportId}'");

    protected override async Task<bool> StillStoredAsync(TenantId tenant, string exportId) =>
        await PostgresQueries.CountAsync(_database, $"SELECT count(*) FROM ShowcaseExportFiles WHERE Tenant = '{tenant}' AND Id = '{exportId}'") > 0;
}
