using Showcase.Challenges;
using Showcase.Common;
using Showcase.Grains.Storage;

namespace Showcase.Grains.Challenges;

/// <summary>
/// The challenges one provider has bid on, newest first. It stores nothing: it reads the provider's bids back from the
/// bid grains' rows when it activates, and the challenges add what is bid on while it is active.
/// </summary>
[GrainType("provider-bids")]
internal sealed class ProviderBidsGrain(IStoredStates storedStates) : Grain, IProviderBidsGrain
{
    private List<EntityId> _challenges = [];

    public override async Task OnActivateAsync(CancellationToken cancellationToken)
    {
        var key = ProviderBidsKey.Parse(this.GetPrimaryKeyString());
        var bids = await storedStates.ReadAsync<BidGrain.State>(BidGrain.StateName, $"{key.Tenant}/", $"/{key.Provider}", cancellationToken);
        _challenges = bids.OrderBy(bid => bid.State.SubmittedAt).Select(bid => BidKey.Parse(bid.Key).Challenge.Id).ToList();
    }

    public Task AddAsync(EntityId challenge)
    {
        if (!_challenges.Contains(challenge))
        {
            _challenges.Add(challenge);
        }

        return Task.CompletedTask;
    }

    public Task<IReadOnlyList<EntityId>> ListAsync() =>
        Task.FromResult<IReadOnlyList<EntityId>>(_challenges.AsEnumerable().Reverse().ToArray());
}
