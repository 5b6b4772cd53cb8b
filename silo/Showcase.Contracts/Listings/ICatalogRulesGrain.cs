using Showcase.Cases;
using Showcase.Challenges;
using Showcase.Collections;
using Showcase.Common;
using Showcase.Factories;
using Showcase.Programs;
using Showcase.Providers;

namespace Showcase.Listings;

/// <summary>
/// The entity grains' own rules, asked without writing anything: an import checks every row with these before it
/// creates the first one, so a file either goes in whole or not at all; a form that could not read a value asks them
/// for every other problem, so it reports all of them in one pass. Stateless; any key (use 0).
/// </summary>
[Alias("showcase.catalog-rules")]
public interface ICatalogRulesGrain : IGrainWithIntegerKey
{
    /// <summary>What a draft (or, with <paramref name="publishable"/>, a publication) of this content would be refused for.</summary>
    [Alias("check-case")]
    Task<IReadOnlyList<DomainError>> CheckCaseAsync(CaseContent content, bool publishable);

    [Alias("check-factory")]
    Task<IReadOnlyList<DomainError>> CheckFactoryAsync(FactoryProfile profile);

    /// <summary>What registering (or, with <paramref name="listable"/>, listing) this provider would be refused for.</summary>
    [Alias("check-provider")]
    Task<IReadOnlyList<DomainError>> CheckProviderAsync(ProviderProfile profile, bool listable);

    /// <summary>What saving this new challenge draft would be refused for.</summary>
    [Alias("check-challenge")]
    Task<IReadOnlyList<DomainError>> CheckChallengeAsync(ChallengeContent content);

    /// <summary>What submitting this bid's content would be refused for (not who may bid, nor when).</summary>
    [Alias("check-bid")]
    Task<IReadOnlyList<DomainError>> CheckBidAsync(BidContent content);

    /// <summary>What saving a collection with this cover would be refused for (its chapters aside).</summary>
    [Alias("check-collection-details")]
    Task<IReadOnlyList<DomainError>> CheckCollectionDetailsAsync(CollectionDetails details);

    /// <summary>What opening a call with this setup would be refused for.</summary>
    [Alias("check-program-call")]
    Task<IReadOnlyList<DomainError>> CheckProgramCallAsync(ProgramCallSetup setup);
}
