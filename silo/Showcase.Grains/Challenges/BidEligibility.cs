using Showcase.Challenges;
using Showcase.Common;
using Showcase.Listings;
using Showcase.Providers;
using Showcase.Tenancy;

namespace Showcase.Grains.Challenges;

/// <summary>Whether a provider may take a challenge up (揭榜条件) and whether the cases its bid cites exist: each unmet rule as its own sentence.</summary>
internal sealed class BidEligibility(IGrainFactory grains, TenantId tenant)
{
    public async Task<List<DomainError>> CheckProviderAsync(ChallengeContent challenge, EntityId provider)
    {
        var errors = new List<DomainError>();
        var snapshot = await grains.GetProvider(new CatalogKey(tenant, provider)).GetAsync();
        if (snapshot is not { Status: ProviderStatus.Listed })
        {
            errors.Add(new DomainError(ErrorCodes.NotEligible, Sentence.Of("BidOnlyListedProviders"), "provider"));
            return errors;
        }

        var eligibility = challenge.Eligibility;
        var profile = snapshot.Profile;
        if (eligibility.ApplicantKinds.Count > 0 && (profile.Kind is null || !eligibility.ApplicantKinds.Contains(profile.Kind)))
        {
            errors.Add(new DomainError(ErrorCodes.NotEligible, Sentence.Of("BidKindsOnly", string.Join("、", eligibility.ApplicantKinds.Select(Reference.ReferenceData.ApplicantKinds.NameOf))), "provider"));
        }

        if (eligibility.Provinces.Count > 0 && (profile.Province is null || !eligibility.Provinces.Contains(profile.Province)))
        {
            errors.Add(new DomainError(ErrorCodes.NotEligible, Sentence.Of("BidRegionsOnly", string.Join("、", eligibility.Provinces.Select(Reference.ReferenceData.Provinces.NameOf))), "provider"));
        }

        var missing = eligibility.Qualifications.Except(profile.Qualifications).ToArray();
        if (missing.Length > 0)
        {
            errors.Add(new DomainError(ErrorCodes.NotEligible, Sentence.Of("BidQualificationsMissing", string.Join("、", missing)), "provider"));
        }

        if (eligibility.MinDeliveredCases > 0)
        {
            var delivered = await grains.GetCatalogDirectory(tenant, CatalogKind.Case).ListAsync(new CatalogQuery
            {
                LinkedTo = provider,
                Industries = challenge.Industry is null ? [] : [challenge.Industry],
                Take = 1,
            });
            if (delivered.TotalCount < eligibility.MinDeliveredCases)
            {
                errors.Add(new DomainError(ErrorCodes.NotEligible,
                    Sentence.Of("BidDeliveredCasesTooFew", eligibility.MinDeliveredCases, delivered.TotalCount), "provider"));
            }
        }

        return errors;
    }

    public async Task<List<DomainError>> CheckReferencedCasesAsync(IReadOnlyList<EntityId> cases)
    {
        var errors = new List<DomainError>();
        foreach (var id in cases)
        {
            if (await grains.GetCase(new CatalogKey(tenant, id)).GetAsync() is not { Published: not null })
            {
                errors.Add(new DomainError(ErrorCodes.NotFound, Sentence.Of("CitedCaseMissing", id), "referencedCases"));
            }
        }

        return errors;
    }
}
