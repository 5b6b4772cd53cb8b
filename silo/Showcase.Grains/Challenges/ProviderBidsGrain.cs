using Showcase.Challenges;
using Showcase.Common;
using Showcase.Grains.Storage;

namespace Showcase.Grains.Challenges;

/// <summary>
/// The challenges one provider has bid on, newest first. It keeps nothing: every time it is asked it reads the
/// provider's bids as stored (one range of the reversed-key index on PostgreSQL), so it can never miss a bid.
/// </summary>
[GrainType("provider-bids"), StatelessWorker]
internal sealed class ProviderBidsGrain(IStoredStates storedStates) : Grain, IProviderBidsGrain
{
    public async Task<IReadOnlyList<EntityId>> ListAsync()
    {
        var key = ProviderBidsKey.Parse(this.GetPrimaryKeyString());
        var bids = await storedStates.ReadAsync<BidGrain.State>(BidGrain.StateName, $"{key.Tenant}/", $"/{key.Provider}");
        return bids.OrderByDescending(bid => bid.State.SubmittedAt).Select(bid => BidKey.Parse(bid.Key).Challenge.Id).ToArray();
    }
}
