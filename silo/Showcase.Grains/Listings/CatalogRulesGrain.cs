using Showcase.Cases;
using Showcase.Challenges;
using Showcase.Collections;
using Showcase.Common;
using Showcase.Factories;
using Showcase.Grains.Cases;
using Showcase.Grains.Challenges;
using Showcase.Grains.Collections;
using Showcase.Grains.Factories;
using Showcase.Grains.Programs;
using Showcase.Grains.Providers;
using Showcase.Listings;
using Showcase.Programs;
using Showcase.Providers;

namespace Showcase.Grains.Listings;

[StatelessWorker]
internal sealed class CatalogRulesGrain(TimeProvider clock) : Grain, ICatalogRulesGrain
{
    public Task<IReadOnlyList<DomainError>> CheckCaseAsync(CaseContent content, bool publishable)
    {
        var normalized = CaseRules.Normalize(content);
        var now = clock.GetUtcNow();
        return Task.FromResult<IReadOnlyList<DomainError>>(publishable ? CaseRules.CheckPublishable(normalized, now) : CaseRules.CheckDraft(normalized, now));
    }

    public Task<IReadOnlyList<DomainError>> CheckFactoryAsync(FactoryProfile profile) =>
        Task.FromResult<IReadOnlyList<DomainError>>(FactoryRules.Check(FactoryRules.Normalize(profile)));

    public Task<IReadOnlyList<DomainError>> CheckProviderAsync(ProviderProfile profile, bool listable)
    {
        var normalized = ProviderRules.Normalize(profile);
        return Task.FromResult<IReadOnlyList<DomainError>>(listable ? ProviderRules.CheckListable(normalized) : ProviderRules.CheckDraft(normalized));
    }

    public Task<IReadOnlyList<DomainError>> CheckChallengeAsync(ChallengeContent content) =>
        Task.FromResult<IReadOnlyList<DomainError>>(ChallengeRules.CheckDraft(ChallengeRules.Normalize(content), clock.GetUtcNow()));

    public Task<IReadOnlyList<DomainError>> CheckBidAsync(BidContent content) =>
        Task.FromResult<IReadOnlyList<DomainError>>(BidRules.Check(BidRules.Normalize(content)));

    public Task<IReadOnlyList<DomainError>> CheckCollectionDetailsAsync(CollectionDetails details) =>
        Task.FromResult<IReadOnlyList<DomainError>>(CollectionRules.Check(CollectionRules.Normalize(new CollectionContent(details, [])), null));

    public Task<IReadOnlyList<DomainError>> CheckProgramCallAsync(ProgramCallSetup setup) =>
        Task.FromResult<IReadOnlyList<DomainError>>(ProgramCallRules.CheckSetup(ProgramCallRules.Normalize(setup), clock.GetUtcNow()));
}
