using Showcase.Api.Files;
using Showcase.Api.People;
using Showcase.Audit;
using Showcase.Common;
using Showcase.Tenancy;

namespace Showcase.Api.Backups;

/// <summary>A platform admin's backup download, written into the platform's history.</summary>
public sealed class BackupService(IDataBackups backups, CurrentUser current, IGrainFactory grains)
{
    public const string WithKeys = "下载数据备份";
    public const string WithoutKeys = "下载数据备份（不含密钥）";

    public bool Available => backups.Available;

    public async Task<BackupDownload> CreateAsync(bool withKeys, CancellationToken cancellationToken)
    {
        current.RequirePlatformAdmin(WithKeys);
        if (!backups.Available)
        {
            throw new DomainException(ErrorCodes.InvalidTransition, Sentence.Of("BackupNeedsEmbedded"));
        }

        var backup = await backups.CreateAsync(withKeys, cancellationToken);
        await grains.GetTenant(TenantId.Platform).RecordAsync(withKeys ? WithKeys : WithoutKeys, $"{backup.FileName} · {AttachmentText.Size(backup.Bytes)}", current.AsActor);
        return backup;
    }

    /// <summary>The latest backups downloaded, newest first.</summary>
    public async Task<IReadOnlyList<AuditEntry>> RecentAsync(int count)
    {
        current.RequirePlatformAdmin(WithKeys);
        var history = await grains.GetTenant(TenantId.Platform).GetHistoryAsync();
        return [.. history.Where(e => e.Action is WithKeys or WithoutKeys).Reverse().Take(count)];
    }
}
