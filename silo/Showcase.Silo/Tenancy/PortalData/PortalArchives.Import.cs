using System.IO.Compression;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Orleans.Storage;
using Showcase.Api.Files;
using Showcase.Api.Tenancy;
using Showcase.Common;
using Showcase.Silo.Backups;
using Showcase.Silo.Search;
using Showcase.Tenancy;

namespace Showcase.Silo.Tenancy.PortalData;

/// <summary>Checking an archive whole, then writing it in as a portal.</summary>
public sealed partial class PortalArchives
{
    public async Task<PortalImportResult> ImportAsync(Stream archive, CancellationToken cancellationToken)
    {
        await using var seekable = await SeekableAsync(archive, cancellationToken);
        using var zip = Open(seekable);
        var manifest = await CheckedManifestAsync(zip, cancellationToken);
        var tenant = TenantId.TryParse(manifest.Tenant, out var id) && !id.IsPlatform ? id : throw Damaged();
        var rows = await RowsAsync(zip, manifest, tenant, cancellationToken);
        var portalRow = rows.SingleOrDefault(r => r.Name == TenantState && r.Key == tenant.Value) ?? throw Damaged();
        if ((await grains.GetTenantRegistry().DeletedAsync()).Any(d => d.Id == tenant))
        {
            throw new DomainException(ErrorCodes.AlreadyExists, Sentence.Of("PortalIdDeleted", tenant), "file");
        }

        var existing = await ReadAsync(portalRow, cancellationToken);
        if (existing.RecordExists && !JsonElement.DeepEquals(existing.State, portalRow.Payload))
        {
            throw new DomainException(ErrorCodes.AlreadyExists, Sentence.Of("PortalExists", tenant), "file");
        }

        var (written, keptStates) = (0, 0);
        foreach (var row in rows.Where(r => r != portalRow).Append(portalRow))
        {
            if (await WriteAsync(row, cancellationToken))
            {
                written++;
            }
            else
            {
                keptStates++;
            }
        }

        var (filesWritten, filesKept) = await WriteFilesAsync(zip, tenant, cancellationToken);
        await grains.GetTenant(tenant).ReloadAsync();
        await foreach (var batch in catalog.ItemsAsync(tenant).Chunk(SearchCatalog.Batch).WithCancellation(cancellationToken))
        {
            await search.SendAsync(batch, cancellationToken);
        }

        return new PortalImportResult(tenant, manifest.Name, written, keptStates, filesWritten, filesKept);
    }

    private static async Task<Stream> SeekableAsync(Stream archive, CancellationToken cancellationToken)
    {
        var copy = new FileStream(Path.GetTempFileName(), FileMode.Create, FileAccess.ReadWrite, FileShare.None, 64 * 1024, FileOptions.DeleteOnClose);
        await archive.CopyToAsync(copy, cancellationToken);
        copy.Position = 0;
        return copy;
    }

    private static ZipArchive Open(Stream stream)
    {
        try
        {
            return new ZipArchive(stream, ZipArchiveMode.Read);
        }
        catch (InvalidDataException)
        {
            throw Damaged();
        }
    }

    /// <summary>The manifest, once every entry it lists is there with its size and checksum, and nothing else is.</summary>
    private static async Task<PortalArchiveManifest> CheckedManifestAsync(ZipArchive zip, CancellationToken cancellationToken)
    {
        PortalArchiveManifest? manifest;
        try
        {
            await using var stream = zip.GetEntry(PortalArchiveManifest.FileName)?.Open() ?? throw Damaged();
            manifest = await JsonSerializer.DeserializeAsync<PortalArchiveManifest>(stream, Json, cancellationToken);
        }
        catch (Exception ex) when (ex is JsonException or InvalidDataException)
        {
            throw Damaged();
        }

        if (manifest is not { Format: PortalArchiveManifest.CurrentFormat, Entries: not null, Tenant: not null })
        {
            throw new DomainException(ErrorCodes.InvalidValue, Sentence.Of("PortalArchiveFormat"), "file");
        }

        var listed = manifest.Entries.ToDictionary(e => e.Path, StringComparer.Ordinal);
        if (zip.Entries.Count(e => e.FullName != PortalArchiveManifest.FileName) != listed.Count)
        {
            throw Damaged();
        }

        foreach (var entry in zip.Entries.Where(e => e.FullName != PortalArchiveManifest.FileName))
        {
            try
            {
                await using var content = entry.Open();
                var (bytes, sha256) = await DataBackup.CopyHashedAsync(content, Stream.Null, cancellationToken);
                if (!listed.TryGetValue(entry.FullName, out var expected) || expected.Bytes != bytes || expected.Sha256 != sha256)
                {
                    throw Damaged();
                }
            }
            catch (InvalidDataException)
            {
                throw Damaged();
            }
        }

        return manifest;
    }

    /// <summary>Every state row of the archive, each within the portal's own key range and with its secrets taken out again.</summary>
    private static async Task<IReadOnlyList<ImportedRow>> RowsAsync(ZipArchive zip, PortalArchiveManifest manifest, TenantId tenant, CancellationToken cancellationToken)
    {
        var rows = new List<ImportedRow>();
        foreach (var state in manifest.States.Keys)
        {
            if (state.Length == 0 || state.Contains('/') || zip.GetEntry(PortalArchiveManifest.StateEntry(state)) is not { } entry)
            {
                throw Damaged();
            }

            using var reader = new StreamReader(entry.Open(), Encoding.UTF8);
            while (await reader.ReadLineAsync(cancellationToken) is { } line)
            {
                ArchivedLine? archived;
                try
                {
                    archived = JsonSerializer.Deserialize<ArchivedLine>(line, Json);
                }
                catch (JsonException)
                {
                    throw Damaged();
                }

                if (archived is not { Key: { } key, State: { } payload } || (key != tenant.Value && !key.StartsWith(tenant.Value + "/", StringComparison.Ordinal)))
                {
                    throw Damaged();
                }

                var cleaned = PortalSecrets.Remove(state, payload);
                rows.Add(new ImportedRow(state, key, JsonSerializer.SerializeToElement(cleaned, Json)));
            }
        }

        return rows;
    }

    private async Task<GrainState<JsonElement>> ReadAsync(ImportedRow row, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var existing = new GrainState<JsonElement>();
        await storage.ReadStateAsync(row.Name, row.GrainId, existing);
        return existing;
    }

    /// <summary>Writes a row unless it is there already; true when written.</summary>
    private async Task<bool> WriteAsync(ImportedRow row, CancellationToken cancellationToken)
    {
        var existing = await ReadAsync(row, cancellationToken);
        if (existing.RecordExists)
        {
            return false;
        }

        try
        {
            await storage.WriteStateAsync(row.Name, row.GrainId, new GrainState<JsonElement>(row.Payload, existing.ETag));
            return true;
        }
        catch (InconsistentStateException)
        {
            return false; // written meanwhile by another import of the same archive
        }
    }

    private async Task<(int Written, int Kept)> WriteFilesAsync(ZipArchive zip, TenantId tenant, CancellationToken cancellationToken)
    {
        var (written, kept) = (0, 0);
        if (zip.GetEntry(PortalArchiveManifest.FilesIndex) is not { } index)
        {
            return (0, 0);
        }

        using var reader = new StreamReader(index.Open(), Encoding.UTF8);
        while (await reader.ReadLineAsync(cancellationToken) is { } line)
        {
            var file = JsonSerializer.Deserialize<ArchivedFile>(line, Json);
            if (file is null || !EntityId.TryParse(file.Id, out var id) || zip.GetEntry(PortalArchiveManifest.FileEntry(file.Id)) is not { } entry)
            {
                throw Damaged();
            }

            if (await files.DescribeAsync(tenant, id, cancellationToken) is not null)
            {
                kept++;
                continue;
            }

            using var content = new MemoryStream();
            await using (var source = entry.Open())
            {
                await source.CopyToAsync(content, cancellationToken);
            }

            await files.SaveAsync(tenant, id, new StoredFile(file.ContentType, content.ToArray(), file.Owner, file.Name, file.UploadedBy), cancellationToken);
            written++;
        }

        return (written, kept);
    }

    private static DomainException Damaged() => new(ErrorCodes.InvalidValue, Sentence.Of("PortalArchiveDamaged"), "file");

    private sealed record ArchivedLine(string? Key, JsonNode? State);

    private sealed record ImportedRow(string Name, string Key, JsonElement Payload)
    {
        public GrainId GrainId => GrainId.Create(Name, Key);
    }
}
