using Showcase.Tenancy;

namespace Showcase.Web.People.Admin;

/// <summary>A portal's settings as the settings and new-portal forms bind them.</summary>
public sealed class PortalForm
{
    public string? Id { get; set; }

    public string? Name { get; set; }

    public string? Description { get; set; }

    public string DefaultLocale { get; set; } = TenantProfile.Chinese;

    // Unticked boxes send nothing, so every switch binds false unless sent; forms start from From(profile).
    public bool EnterpriseTasks { get; set; }

    public bool ProviderBidding { get; set; }

    public bool ListVerifiedProviders { get; set; }

    public SignUpMode SignUp { get; set; }

    /// <summary>One host name per line.</summary>
    public string? HostNames { get; set; }

    public TenantProfile ToProfile() =>
        new(Name?.Trim() ?? "", Description?.Trim() ?? "", DefaultLocale, new TenantFeatures(EnterpriseTasks, ProviderBidding, ListVerifiedProviders),
            (HostNames ?? "").Split(['\n', '\r', ',', '，', ' '], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            SignUp = SignUp,
        };

    /// <summary>A new portal's form, with the features a new portal has.</summary>
    public static PortalForm New() => From(new TenantProfile("", ""));

    public static PortalForm From(TenantProfile profile) => new()
    {
        Name = profile.Name.Length == 0 ? null : profile.Name,
        Description = profile.Description,
        DefaultLocale = profile.DefaultLocale,
        EnterpriseTasks = profile.EnabledFeatures.EnterpriseTasks,
        ProviderBidding = profile.EnabledFeatures.ProviderBidding,
        ListVerifiedProviders = profile.EnabledFeatures.ListVerifiedProviders,
        SignUp = profile.SignUp,
        HostNames = string.Join("\n", profile.Hosts),
    };
}
