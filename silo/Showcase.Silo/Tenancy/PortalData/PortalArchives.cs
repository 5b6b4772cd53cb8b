using System.Text.Json;
using Orleans.Providers;
using Orleans.Storage;
using Showcase.Api.Files;
using Showcase.Api.Tenancy;
using Showcase.Silo.Search;

namespace Showcase.Silo.Tenancy.PortalData;

/// <summary>
/// A portal as one .zip: <c>state/{name}.jsonl</c> with every grain state row of the portal (its key range; an
/// entity's history is part of its state), <c>files.jsonl</c> and <c>files/{id}</c> with the kept files, and
/// <c>manifest.json</c> last, with sizes and SHA-256 of every entry. Secrets are left out (<see cref="PortalSecrets"/>).
/// </summary>
/// <remarks>
/// An import checks the whole archive before it writes anything, then writes each state through the grain storage
/// (the grain id of a state row is its state name and key: every grain type is named as its state), skipping rows
/// already there, the files, and the portal's own row last — so a portal that exists with that very row was imported
/// from this archive, and importing it again only fills in what a crash left out. The portal is then recorded in the
/// registry and its catalog sent to search.
/// </remarks>
public sealed partial class PortalArchives(
    IPortalStore store, IFileStore files, IGrainFactory grains, ISearchFeed search, SearchCatalog catalog,
    [FromKeyedServices(ProviderConstants.DEFAULT_STORAGE_PROVIDER_NAME)] IGrainStorage storage, TimeProvider clock) : IPortalArchives
{
    private const string TenantState = "tenant";
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        Encoder = Showcase.Grains.ShowcaseGrainsSiloBuilderExtensions.StateTextEncoder,
    };

    private static readonly byte[] NewLine = "\n"u8.ToArray();
}
