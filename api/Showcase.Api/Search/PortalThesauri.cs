using System.Collections.Concurrent;
using Showcase.Catalog.Search;
using Showcase.Search;
using Showcase.Tenancy;

namespace Showcase.Api.Search;

/// <summary>Each portal's thesaurus: the shipped one plus the portal's own groups, rebuilt only when those change.</summary>
public sealed class PortalThesauri(IGrainFactory grains)
{
    private readonly ConcurrentDictionary<TenantId, (int Version, Thesaurus Thesaurus)> _cache = new();

    public async Task<Thesaurus> OfAsync(TenantId tenant)
    {
        var synonyms = await grains.GetSearchSynonyms(tenant).GetAsync();
        if (synonyms.Version == 0)
        {
            return Thesaurus.Default;
        }

        if (_cache.TryGetValue(tenant, out var cached) && cached.Version == synonyms.Version)
        {
            return cached.Thesaurus;
        }

        var thesaurus = Thesaurus.Default.With(synonyms.Groups);
        _cache[tenant] = (synonyms.Version, thesaurus);
        return thesaurus;
    }
}
