using Showcase.Api.People;
using Showcase.Api.Transfers;
using Showcase.Common;
using Showcase.Tenancy;

namespace Showcase.Api.Tenancy;

/// <summary>A platform admin takes a portal out as an archive, or imports one as a new portal; each is a line in the platform's history.</summary>
public sealed class PortalArchiveService(IPortalArchives archives, CurrentUser current, IGrainFactory grains)
{
    public const string Exported = "导出门户";
    public const string Imported = "导入门户";

    public async Task<ExportStream> ExportAsync(string id, CancellationToken cancellationToken)
    {
        current.RequirePlatformAdmin(Exported);
        var tenant = TenantId.TryParse(id, out var parsed) && !parsed.IsPlatform
            ? parsed
            : throw new DomainException(ErrorCodes.NotFound, Sentence.Of("NoSuchPortal", id), "id");
        var archive = await archives.ExportAsync(tenant, cancellationToken);
        await RecordAsync(Exported, $"{tenant} · {archive.FileName}");
        return archive;
    }

    public async Task<PortalImportResult> ImportAsync(Stream archive, CancellationToken cancellationToken)
    {
        current.RequirePlatformAdmin(Imported);
        var result = await archives.ImportAsync(archive, cancellationToken);
        await RecordAsync(Imported, $"{result.Tenant} · {result.Name} · {result.StatesWritten}/{result.StatesWritten + result.StatesKept}");
        return result;
    }

    private Task RecordAsync(string action, string detail) => grains.GetTenant(TenantId.Platform).RecordAsync(action, detail, current.AsActor);
}
