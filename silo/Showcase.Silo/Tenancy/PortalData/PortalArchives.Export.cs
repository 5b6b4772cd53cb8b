using System.Globalization;
using System.IO.Compression;
using System.Security.Cryptography;
using System.Text.Json;
using System.Text.Json.Nodes;
using Showcase.Api.Transfers;
using Showcase.Common;
using Showcase.Silo.Backups;
using Showcase.Tenancy;

namespace Showcase.Silo.Tenancy.PortalData;

/// <summary>Writing a portal's archive.</summary>
public sealed partial class PortalArchives
{
    public async Task<ExportStream> ExportAsync(TenantId tenant, CancellationToken cancellationToken)
    {
        var portal = await grains.GetTenant(tenant).GetAsync() ?? throw new DomainException(ErrorCodes.NotFound, Sentence.Of("NoSuchPortal", tenant), "id");
        var file = new FileStream(Path.GetTempFileName(), FileMode.Create, FileAccess.ReadWrite, FileShare.None, 64 * 1024, FileOptions.DeleteOnClose);
        try
        {
            var entries = new List<BackupEntry>();
            var states = new SortedDictionary<string, int>(StringComparer.Ordinal);
            var kept = new List<ArchivedFile>();
            using (var zip = new ZipArchive(file, ZipArchiveMode.Create, leaveOpen: true))
            {
                EntryWriter? writer = null;
                await foreach (var row in store.ReadAsync(tenant, cancellationToken))
                {
                    if (writer?.Name != PortalArchiveManifest.StateEntry(row.State))
                    {
                        entries.AddRange(writer?.Close() ?? []);
                        writer = new EntryWriter(zip, PortalArchiveManifest.StateEntry(row.State));
                    }

                    var state = PortalSecrets.Remove(row.State, JsonNode.Parse(row.Payload)!);
                    await writer.WriteLineAsync(JsonSerializer.SerializeToUtf8Bytes(new { key = row.Key, state }, Json), cancellationToken);
                    states[row.State] = states.GetValueOrDefault(row.State) + 1;
                }

                entries.AddRange(writer?.Close() ?? []);
                await foreach (var described in files.ListAsync(tenant, DateTimeOffset.MaxValue, cancellationToken))
                {
                    if (await files.ReadAsync(tenant, described.Id, cancellationToken) is not { } content)
                    {
                        continue; // deleted since it was listed
                    }

                    var entry = new EntryWriter(zip, PortalArchiveManifest.FileEntry(described.Id.Value));
                    await entry.WriteAsync(content.Content, cancellationToken);
                    entries.AddRange(entry.Close());
                    kept.Add(new ArchivedFile(described.Id.Value, content.ContentType, content.Owner, content.Name, content.UploadedBy));
                }

                var index = new EntryWriter(zip, PortalArchiveManifest.FilesIndex);
                foreach (var archived in kept)
                {
                    await index.WriteLineAsync(JsonSerializer.SerializeToUtf8Bytes(archived, Json), cancellationToken);
                }

                entries.AddRange(index.Close());
                var manifest = new PortalArchiveManifest(
                    PortalArchiveManifest.CurrentFormat, DataBackup.Version, clock.GetUtcNow(), tenant.Value, portal.Profile.Name, states, kept.Count, entries);
                await using var written = zip.CreateEntry(PortalArchiveManifest.FileName).Open();
                await JsonSerializer.SerializeAsync(written, manifest, Json, cancellationToken);
            }

            file.Position = 0;
            var name = $"portal-{tenant}-{ChinaTime.At(clock.GetUtcNow()).ToString("yyyyMMdd-HHmmss", CultureInfo.InvariantCulture)}.zip";
            return new ExportStream(name, "application/zip", file);
        }
        catch
        {
            await file.DisposeAsync();
            throw;
        }
    }

    /// <summary>One entry being written, counted and hashed as it goes.</summary>
    private sealed class EntryWriter(ZipArchive zip, string name)
    {
        private readonly Stream _stream = zip.CreateEntry(name, CompressionLevel.Fastest).Open();
        private readonly IncrementalHash _hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        private long _bytes;

        public string Name => name;

        public async Task WriteLineAsync(byte[] line, CancellationToken cancellationToken)
        {
            await WriteAsync(line, cancellationToken);
            await WriteAsync(NewLine, cancellationToken);
        }

        public async Task WriteAsync(byte[] content, CancellationToken cancellationToken)
        {
            _hash.AppendData(content);
            await _stream.WriteAsync(content, cancellationToken);
            _bytes += content.Length;
        }

        public BackupEntry[] Close()
        {
            _stream.Dispose();
            using (_hash)
            {
                return [new BackupEntry(name, _bytes, Convert.ToHexStringLower(_hash.GetHashAndReset()))];
            }
        }
    }
}
