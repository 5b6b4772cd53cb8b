using Showcase.Api.Files;
using Showcase.Common;
using Showcase.Silo.Storage;
using Showcase.Silo.Tests.PostgreSql;
using Showcase.Tenancy;
using Showcase.Testing;

namespace Showcase.Silo.Tests.Storage;

/// <summary>Where uploaded pictures and files live: the data folder on one machine, the cluster's PostgreSQL.</summary>
public abstract class FileStoreContract
{
    protected static readonly TenantId Portal = TenantId.Parse("file-portal");
    protected static readonly TenantId OtherPortal = TenantId.Parse("other-portal");
    private static readonly EntityId Photo = EntityId.Parse("p-1");

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    protected abstract IFileStore Open();

    [Fact]
    public async Task AFile_IsReadBackWhole_ByItsPortalAndAFreshStore_ButNotByAnotherPortal()
    {
        byte[] content = [.. Enumerable.Range(0, 300_000).Select(i => (byte)i)];
        await Open().SaveAsync(Portal, Photo, new StoredFile("image/jpeg", content, "case/c-1", "车间.jpg", "account-1"), Cancel);

        var read = await Open().ReadAsync(Portal, Photo, Cancel);
        Assert.NotNull(read);
        Assert.Equal(content, read.Content);
        Assert.Equal(("image/jpeg", "case/c-1", "车间.jpg", "account-1"), (read.ContentType, read.Owner, read.Name, read.UploadedBy));
        Assert.Null(await Open().ReadAsync(OtherPortal, Photo, Cancel));
        Assert.Null(await Open().ReadAsync(Portal, EntityId.Parse("p-2"), Cancel));
    }

    [Fact]
    public async Task AFile_IsDescribed_WithoutItsContent_ByItsPortalOnly()
    {
        var files = Open();
        var before = DateTimeOffset.UtcNow.AddMinutes(-1);
        await files.SaveAsync(Portal, Photo, new StoredFile("application/pdf", new byte[123_457], "bid/c-1/p-1", "方案.pdf", "account-1"), Cancel);
        await files.SaveAsync(Portal, EntityId.Parse("p-2"), new StoredFile("image/png", [1], "case/c-1"), Cancel);

        var described = await Open().DescribeAsync(Portal, Photo, Cancel);
        Assert.NotNull(described);
        Assert.Equal((Photo, "application/pdf", 123_457L, "bid/c-1/p-1", "方案.pdf", "account-1"),
            (described.Id, described.ContentType, described.Size, described.Owner, described.Name, described.UploadedBy));
        Assert.InRange(described.SavedAt, before, DateTimeOffset.UtcNow.AddMinutes(1));
        var unnamed = await files.DescribeAsync(Portal, EntityId.Parse("p-2"), Cancel);
        Assert.Equal((1L, null, null), (unnamed!.Size, unnamed.Name, unnamed.UploadedBy));
        Assert.Null(await files.DescribeAsync(OtherPortal, Photo, Cancel));
        Assert.Null(await files.DescribeAsync(Portal, EntityId.Parse("p-3"), Cancel));
    }

    [Fact]
    public async Task ADeletedFile_IsGone_AndDeletingAgainDoesNothing()
    {
        var files = Open();
        await files.SaveAsync(Portal, Photo, new StoredFile("image/png", [1, 2], "case/c-1"), Cancel);
        await files.DeleteAsync(Portal, Photo, Cancel);
        await files.DeleteAsync(Portal, Photo, Cancel);

        Assert.Null(await files.ReadAsync(Portal, Photo, Cancel));
        Assert.Null(await files.DescribeAsync(Portal, Photo, Cancel));
    }

    [Fact]
    public async Task Listing_NamesEachFileOfThePortal_SavedBeforeTheTime_WithItsOwner()
    {
        var files = Open();
        await files.SaveAsync(Portal, Photo, new StoredFile("image/png", [1], "case/c-1"), Cancel);
        await files.SaveAsync(Portal, EntityId.Parse("p-2"), new StoredFile("image/png", [2], "factory/f-1"), Cancel);
        await files.SaveAsync(OtherPortal, EntityId.Parse("p-3"), new StoredFile("image/png", [3], "case/c-9"), Cancel);

        var listed = await files.ListAsync(Portal, DateTimeOffset.UtcNow.AddMinutes(1), Cancel).ToListAsync(Cancel);
        Assert.Equal(["case/c-1", "factory/f-1"], listed.OrderBy(f => f.Id.Value).Select(f => f.Owner));
        Assert.Empty(await files.ListAsync(Portal, DateTimeOffset.UtcNow.AddHours(-1), Cancel).ToListAsync(Cancel));
    }
}

public sealed class FolderFileStoreTests : FileStoreContract
{
    private readonly string _folder = Path.Combine(TestFolders.NewDataFolder(), "files");

    protected override IFileStore Open() => new FolderFileStore(_folder);

    [Fact]
    public async Task AHalfWrittenFile_LeftByACrash_IsNeitherServedNorListed()
    {
        Directory.CreateDirectory(Path.Combine(_folder, Portal.Value));
        await File.WriteAllBytesAsync(Path.Combine(_folder, Portal.Value, "p-9.1234.partial"), [1, 2, 3], TestContext.Current.CancellationToken);

        Assert.Null(await Open().ReadAsync(Portal, EntityId.Parse("p-9"), TestContext.Current.CancellationToken));
        Assert.Null(await Open().DescribeAsync(Portal, EntityId.Parse("p-9"), TestContext.Current.CancellationToken));
        Assert.Empty(await Open().ListAsync(Portal, DateTimeOffset.UtcNow.AddMinutes(1), TestContext.Current.CancellationToken).ToListAsync(TestContext.Current.CancellationToken));
    }
}

public sealed class PostgreSqlFileStoreTests(PostgresFixture postgres) : FileStoreContract, IAsyncLifetime
{
    private string _database = "";

    public async ValueTask InitializeAsync()
    {
        _database = await postgres.CreateDatabaseAsync();
        await PostgreSqlSchema.ApplyAsync(_database, TestContext.Current.CancellationToken);
    }

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;

    protected override IFileStore Open() => new PostgreSqlFileStore(_database);
}
