using Showcase.Catalog.Search;
using Showcase.Tenancy;

namespace Showcase.Silo.Search.Replicas;

/// <summary>Changes sent into the cluster's change log, which every host's replica follows (this host's is woken at once).</summary>
public sealed partial class ChangeLogFeed(
    SearchChangeLog log, SearchReplica replica, SearchRebuilder rebuilder, ISearchIndex index, ILogger<ChangeLogFeed> logger) : ISearchFeed
{
    public bool ConvergesAtStart => false;

    public Task SendAsync(IReadOnlyList<SearchItem> items, CancellationToken cancellationToken) => replica.AppendAsync(items, cancellationToken);

    /// <summary>
    /// This host's replica forgets the portal at once; the others rebuild themselves from the catalog, which no longer
    /// lists it (its log is gone with its rows, so there is nothing to replay).
    /// </summary>
    public async Task ForgetTenantAsync(TenantId tenant, CancellationToken cancellationToken)
    {
        await index.ForgetTenantAsync(tenant.Value, cancellationToken);
        await log.RequestRebuildAsync(cancellationToken);
        replica.Wake();
    }

    /// <summary>Raises the rebuild generation; every replica, this one first, then rebuilds itself.</summary>
    public void StartRebuild() => rebuilder.Start(RequestAsync);

    private async Task RequestAsync()
    {
        try
        {
            await log.RequestRebuildAsync(CancellationToken.None);
            replica.Wake();
        }
        catch (Exception ex)
        {
            LogFailed(logger, ex);
            await rebuilder.FailAsync("无法通知集群中的各节点重建搜索索引：" + ex.Message);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "The cluster's search rebuild could not be requested")]
    private static partial void LogFailed(ILogger logger, Exception exception);
}
