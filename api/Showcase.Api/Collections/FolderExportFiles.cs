using Showcase.Common;
using Showcase.Jobs;
using Showcase.Tenancy;

namespace Showcase.Api.Collections;

/// <summary>Export files under <c>{folder}/{tenant}/{export}</c>, each written beside and moved into place, so a crash never leaves half a file.</summary>
public sealed class FolderExportFiles(string folder, TimeProvider clock) : IExportFiles
{
    public async Task SaveAsync(TenantId tenant, string exportId, byte[] content, CancellationToken cancellationToken)
    {
        ForgetExpired();
        var path = PathOf(tenant, exportId) ?? throw new ArgumentException($"“{exportId}” is not an export id.", nameof(exportId));
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        var partial = path + ".partial";
        await File.WriteAllBytesAsync(partial, content, cancellationToken);
        File.Move(partial, path, overwrite: true);
    }

    public async Task<byte[]?> ReadAsync(TenantId tenant, string exportId, CancellationToken cancellationToken)
    {
        var file = PathOf(tenant, exportId) is { } path ? new FileInfo(path) : null;
        return file is { Exists: true } && !Expired(file) ? await File.ReadAllBytesAsync(file.FullName, cancellationToken) : null;
    }

    private void ForgetExpired()
    {
        if (!Directory.Exists(folder))
        {
            return;
        }

        foreach (var file in new DirectoryInfo(folder).EnumerateFiles("*", SearchOption.AllDirectories).Where(Expired))
        {
            file.Delete();
        }
    }

    private bool Expired(FileInfo file) => file.LastWriteTimeUtc < clock.GetUtcNow().UtcDateTime - JobTimes.Kept;

    /// <summary>The file's path, or null for what is not an export id — so no id reaches outside the folder.</summary>
    private string? PathOf(TenantId tenant, string exportId) =>
        EntityId.TryParse(exportId, out var id) ? Path.Combine(folder, tenant.Value, id.Value) : null;
}
