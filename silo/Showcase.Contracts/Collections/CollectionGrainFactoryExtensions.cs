using Showcase.Tenancy;

namespace Showcase.Collections;

public static class CollectionGrainFactoryExtensions
{
    public static ICollectionGrain GetCollection(this IGrainFactory grains, CollectionKey key) => grains.GetGrain<ICollectionGrain>(key.ToString());

    public static ICollectionDirectoryGrain GetCollectionDirectory(this IGrainFactory grains, TenantId tenant) =>
        grains.GetGrain<ICollectionDirectoryGrain>(tenant.ToString());
}
