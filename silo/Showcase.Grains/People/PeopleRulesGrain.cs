using Showcase.Common;
using Showcase.People;

namespace Showcase.Grains.People;

[GrainType("people-rules")]
[StatelessWorker]
internal sealed class PeopleRulesGrain : Grain, IPeopleRulesGrain
{
    public Task<IReadOnlyList<DomainError>> CheckPersonAsync(string displayName, string? mobile, string? email, bool contactRequired) =>
        Task.FromResult<IReadOnlyList<DomainError>>([
            .. PeopleRules.CheckDisplayName(displayName.Trim()),
            .. PeopleRules.CheckContact(PeopleRules.Clean(mobile), PeopleRules.Clean(email), contactRequired),
        ]);

    public Task<IReadOnlyList<DomainError>> CheckOrganisationAsync(OrganisationProfile profile, bool registration) =>
        Task.FromResult<IReadOnlyList<DomainError>>(PeopleRules.CheckOrganisation(PeopleRules.Normalize(profile), registration));
}
