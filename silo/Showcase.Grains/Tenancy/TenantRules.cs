using System.Text.RegularExpressions;
using Showcase.Common;
using Showcase.Tenancy;

namespace Showcase.Grains.Tenancy;

/// <summary>What a tenant's profile must satisfy.</summary>
internal static partial class TenantRules
{
    public const int NameMax = 40;
    public const int DescriptionMax = 200;
    public const int HostNamesMax = 5;

    public static TenantProfile Normalize(TenantProfile profile) => profile with
    {
        Name = profile.Name.Trim(),
        Description = profile.Description.Trim(),
        DefaultLocale = profile.DefaultLocale.Trim(),
        Features = profile.EnabledFeatures,
        HostNames = profile.Hosts.Select(h => h.Trim().ToLowerInvariant()).Where(h => h.Length > 0).Distinct().ToArray(),
    };

    public static List<DomainError> Check(TenantProfile profile)
    {
        var errors = new List<DomainError>();
        if (profile.Name.Length == 0)
        {
            errors.Add(new(ErrorCodes.Required, Sentence.Of("PortalNameRequired"), "name"));
        }
        else if (profile.Name.Length > NameMax)
        {
            errors.Add(new(ErrorCodes.TooLong, Sentence.Of("PortalNameTooLong", NameMax, profile.Name.Length), "name"));
        }

        if (profile.Description.Length > DescriptionMax)
        {
            errors.Add(new(ErrorCodes.TooLong, Sentence.Of("PortalDescriptionTooLong", DescriptionMax, profile.Description.Length), "description"));
        }

        if (!TenantProfile.Locales.Contains(profile.DefaultLocale))
        {
            errors.Add(new(ErrorCodes.InvalidValue, Sentence.Of("BadLocale", string.Join(", ", TenantProfile.Locales)), "defaultLocale"));
        }

        if (!Enum.IsDefined(profile.SignUp))
        {
            errors.Add(new(ErrorCodes.InvalidValue, Sentence.Of("BadRegistration"), "signUp"));
        }

        if (profile.Hosts.Count > HostNamesMax)
        {
            errors.Add(new(ErrorCodes.TooMany, Sentence.Of("TooManyHostNames", HostNamesMax), "hostNames"));
        }

        foreach (var host in profile.Hosts.Where(h => !HostName().IsMatch(h)))
        {
            errors.Add(new(ErrorCodes.InvalidValue, Sentence.Of("BadHostName", host), "hostNames"));
        }

        return errors;
    }

    [GeneratedRegex(@"^(?=.{1,253}$)[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)+$")]
    private static partial Regex HostName();
}
