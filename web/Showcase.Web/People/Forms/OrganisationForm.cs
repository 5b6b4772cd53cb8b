using Showcase.People;

namespace Showcase.Web.People.Forms;

/// <summary>An organisation's profile as the sign-up, "my organisation" and admin forms bind it.</summary>
public sealed class OrganisationForm
{
    public string? Name { get; set; }

    public OrganisationKind Kind { get; set; } = OrganisationKind.Enterprise;

    public string? Introduction { get; set; }

    public string? CreditCode { get; set; }

    public string? Province { get; set; }

    public string? City { get; set; }

    public string? Address { get; set; }

    public string? ContactName { get; set; }

    public string? ContactPhone { get; set; }

    public string? ContactEmail { get; set; }

    public string? ProviderKind { get; set; }

    public string? ProviderIndustry { get; set; }

    public string? ProviderDomain { get; set; }

    public int Version { get; set; }

    public OrganisationProfile ToProfile() => new(Name ?? "", Kind, Introduction)
    {
        CreditCode = CreditCode,
        Province = Province,
        City = City,
        Address = Address,
        ContactName = ContactName,
        ContactPhone = ContactPhone,
        ContactEmail = ContactEmail,
        ProviderKind = ProviderKind,
        ProviderIndustry = ProviderIndustry,
        ProviderDomain = ProviderDomain,
    };

    public static OrganisationForm From(OrganisationSnapshot organisation)
    {
        var p = organisation.Profile;
        return new OrganisationForm
        {
            Name = p.Name,
            Kind = p.Kind,
            Introduction = p.Introduction,
            CreditCode = p.CreditCode,
            Province = p.Province,
            City = p.City,
            Address = p.Address,
            ContactName = p.ContactName,
            ContactPhone = p.ContactPhone,
            ContactEmail = p.ContactEmail,
            ProviderKind = p.ProviderKind,
            ProviderIndustry = p.ProviderIndustry,
            ProviderDomain = p.ProviderDomain,
            Version = organisation.Version,
        };
    }
}
