using Showcase.Common;

namespace Showcase.People;

/// <summary>
/// The account and organisation grains' own rules, asked without writing: sign-up checks the person and the
/// organisation together before it creates either, so every problem is reported at once. Stateless; any key (use 0).
/// </summary>
[Alias("showcase.people-rules")]
public interface IPeopleRulesGrain : IGrainWithIntegerKey
{
    /// <summary>
    /// What registering this person (name, mobile, e-mail) would be refused for; people who sign themselves up
    /// (<paramref name="contactRequired"/>) give a mobile or an e-mail.
    /// </summary>
    [Alias("check-person")]
    Task<IReadOnlyList<DomainError>> CheckPersonAsync(string displayName, string? mobile, string? email, bool contactRequired);

    /// <summary>What creating this organisation would be refused for; <paramref name="registration"/> asks for every sign-up detail.</summary>
    [Alias("check-organisation")]
    Task<IReadOnlyList<DomainError>> CheckOrganisationAsync(OrganisationProfile profile, bool registration);
}
