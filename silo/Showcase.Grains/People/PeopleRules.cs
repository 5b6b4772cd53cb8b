using Showcase.Common;
using Showcase.People;

namespace Showcase.Grains.People;

/// <summary>What accounts and organisations must satisfy.</summary>
internal static class PeopleRules
{
    public const int DisplayNameMax = 30;
    public const int OrganisationNameMax = 60;
    public const int IntroductionMax = 2000;
    public const int TokenNameMax = 40;

    public static List<DomainError> CheckDisplayName(string displayName)
    {
        var errors = new List<DomainError>();
        Text(errors, displayName, DisplayNameMax, "displayName", "姓名");
        return errors;
    }

    public static List<DomainError> CheckOrganisation(OrganisationProfile profile)
    {
        var errors = new List<DomainError>();
        Text(errors, profile.Name, OrganisationNameMax, "name", "单位名称");
        if (profile.Introduction is { Length: > IntroductionMax })
        {
            errors.Add(new(ErrorCodes.TooLong, $"单位简介最多 {IntroductionMax} 个字，现在是 {profile.Introduction.Length} 个。", "introduction"));
        }

        if (!Enum.IsDefined(profile.Kind))
        {
            errors.Add(new(ErrorCodes.InvalidValue, "单位类型只能是主办方、企业或解决方案供应商。", "kind"));
        }

        return errors;
    }

    public static List<DomainError> CheckTokenName(string name)
    {
        var errors = new List<DomainError>();
        Text(errors, name, TokenNameMax, "name", "令牌名称");
        return errors;
    }

    public static OrganisationProfile Normalize(OrganisationProfile profile) => profile with
    {
        Name = profile.Name.Trim(),
        Introduction = string.IsNullOrWhiteSpace(profile.Introduction) ? null : profile.Introduction.Trim(),
    };

    public static string Describe(Membership membership) =>
        (membership.Roles.Count == 0 ? "无角色" : string.Join("、", membership.Roles.Order().Select(RoleNames.Of)))
        + (membership.Organisation is { } organisation ? $"；单位 {organisation}" : "");

    private static void Text(List<DomainError> errors, string value, int max, string field, string label)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            errors.Add(new(ErrorCodes.Required, $"请填写{label}。", field));
        }
        else if (value.Length > max)
        {
            errors.Add(new(ErrorCodes.TooLong, $"{label}最多 {max} 个字，现在是 {value.Length} 个。", field));
        }
    }
}
