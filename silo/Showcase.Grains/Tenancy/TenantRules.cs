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
            errors.Add(new(ErrorCodes.Required, "请填写门户名称。", "name"));
        }
        else if (profile.Name.Length > NameMax)
        {
            errors.Add(new(ErrorCodes.TooLong, $"门户名称最多 {NameMax} 个字，现在是 {profile.Name.Length} 个。", "name"));
        }

        if (profile.Description.Length > DescriptionMax)
        {
            errors.Add(new(ErrorCodes.TooLong, $"门户简介最多 {DescriptionMax} 个字，现在是 {profile.Description.Length} 个。", "description"));
        }

        if (!TenantProfile.Locales.Contains(profile.DefaultLocale))
        {
            errors.Add(new(ErrorCodes.InvalidValue, $"默认语言只能是 {string.Join(" 或 ", TenantProfile.Locales)}。", "defaultLocale"));
        }

        if (!Enum.IsDefined(profile.SignUp))
        {
            errors.Add(new(ErrorCodes.InvalidValue, "注册方式只能是开放注册、仅限邀请或关闭。", "signUp"));
        }

        if (profile.Hosts.Count > HostNamesMax)
        {
            errors.Add(new(ErrorCodes.TooMany, $"一个门户最多绑定 {HostNamesMax} 个域名。", "hostNames"));
        }

        foreach (var host in profile.Hosts.Where(h => !HostName().IsMatch(h)))
        {
            errors.Add(new(ErrorCodes.InvalidValue, $"“{host}”不是有效的域名，例如 portal.example.cn。", "hostNames"));
        }

        return errors;
    }

    [GeneratedRegex(@"^(?=.{1,253}$)[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)+$")]
    private static partial Regex HostName();
}
