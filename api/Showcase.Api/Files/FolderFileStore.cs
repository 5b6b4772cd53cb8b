using System.Runtime.CompilerServices;
using System.Text.Json;
using Showcase.Common;
using Showcase.Tenancy;

namespace Showcase.Api.Files;

/// <summary>
/// Files under <c>{folder}/{tenant}/{id}</c> with what is known of them beside it in <c>{id}.json</c>. Both are written
/// beside and moved into place, the bytes last, so a crash leaves either the whole file or none that is served.
/// </summary>
public sealed class FolderFileStore(string folder) : IFileStore
{
    public async Task SaveAsync(TenantId tenant, EntityId id, StoredFile file, CancellationToken cancellationToken)
    {
        var path = PathOf(tenant, id);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        await WriteWholeAsync(path + ".json", JsonSerializer.SerializeToUtf8Bytes(new About(file.ContentType, file.Owner, file.Name, file.UploadedBy)), cancellationToken);
        await WriteWholeAsync(path, file.Content, cancellationToken);
    }

    public async Task<StoredFile?> ReadAsync(TenantId tenant, EntityId id, CancellationToken cancellationToken)
    {
        var path = PathOf(tenant, id);
        if (!File.Exists(path) || await AboutAsync(path, cancellationToken) is not { } about)
        {
            return null;
        }

        try
        {
            return new StoredFile(about.ContentType, await File.ReadAllBytesAsync(path, cancellationToken), about.Owner, about.Name, about.UploadedBy);
        }
        catch (FileNotFoundException)
        {
            return null;
        }
    }

    public async Task<StoredFileEntry?> DescribeAsync(TenantId tenant, EntityId id, CancellationToken cancellationToken)
    {
        var file = new FileInfo(PathOf(tenant, id));
        return await DescribeAsync(id, file, cancellationToken);
    }

    public Task DeleteAsync(TenantId tenant, EntityId id, CancellationToken cancellationToken)
    {
        var path = PathOf(tenant, id);
        File.Delete(path);
        File.Delete(path + ".json");
        return Task.CompletedTask;
    }

    public async IAsyncEnumerable<StoredFileEntry> ListAsync(TenantId tenant, DateTimeOffset before, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var portal = new DirectoryInfo(Path.Combine(folder, tenant.Value));
        if (!portal.Exists)
        {
            yield break;
        }

        foreach (var file in portal.EnumerateFiles())
        {
            if (EntityId.TryParse(file.Name, out var id) && file.LastWriteTimeUtc < before.UtcDateTime
                && await DescribeAsync(id, file, cancellationToken) is { } entry)
            {
                yield return entry;
            }
        }
    }

    private string PathOf(TenantId tenant, EntityId id) => Path.Combine(folder, tenant.Value, id.Value);

    private static async Task<StoredFileEntry?> DescribeAsync(EntityId id, FileInfo file, CancellationToken cancellationToken)
    {
        if (!file.Exists || await AboutAsync(file.FullName, cancellationToken) is not { } about)
        {
            return null;
        }

        return new StoredFileEntry(
            id, about.Owner, new DateTimeOffset(file.LastWriteTimeUtc, TimeSpan.Zero), about.ContentType, file.Length, about.Name, about.UploadedBy);
    }

    private static async Task<About?> AboutAsync(string path, CancellationToken cancellationToken)
    {
        try
        {
            await using var stream = File.OpenRead(path + ".json");
            return await JsonSerializer.DeserializeAsync<About>(stream, cancellationToken: cancellationToken);
        }
        catch (FileNotFoundException)
        {
            return null;
        }
    }

    private static async Task WriteWholeAsync(string path, byte[] content, CancellationToken cancellationToken)
    {
        var partial = $"{path}.{Guid.NewGuid():N}.partial";
        await File.WriteAllBytesAsync(partial, content, cancellationToken);
        File.Move(partial, path, overwrite: true);
    }

    private sealed record About(string ContentType, string Owner, string? Name, string? UploadedBy);
}
