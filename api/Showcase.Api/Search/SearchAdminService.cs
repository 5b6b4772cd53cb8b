using Showcase.Api.People;

namespace Showcase.Api.Search;

/// <summary>The search index is shared by every portal, so only platform admins rebuild it.</summary>
public sealed class SearchAdminService(ISearchMaintenance maintenance, CurrentUser current)
{
    private const string What = "重建搜索索引";

    public Task<SearchRebuild?> LastRebuildAsync()
    {
        current.RequirePlatformAdmin(What);
        return maintenance.LastRebuildAsync();
    }

    public Task<SearchRebuild> StartRebuildAsync()
    {
        current.RequirePlatformAdmin(What);
        return maintenance.StartRebuildAsync();
    }
}
