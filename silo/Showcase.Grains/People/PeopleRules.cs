using System.Text.RegularExpressions;
using Showcase.Common;
using Showcase.Grains.Rules;
using Showcase.People;
using Showcase.Reference;

namespace Showcase.Grains.People;

/// <summary>What accounts and organisations must satisfy.</summary>
internal static partial class PeopleRules
{
    public const int DisplayNameMax = 30;
    public const int OrganisationNameMax = 60;
    public const int IntroductionMax = 2000;
    public const int TokenNameMax = 40;
    public const int AddressMax = 100;
    public const int EmailMax = 100;
    public const int ReasonMax = 500;
    public const int ProviderSummaryMax = 500;

    public static List<DomainError> CheckDisplayName(string displayName)
    {
        var errors = new List<DomainError>();
        Text(errors, displayName, DisplayNameMax, "displayName", "姓名");
        return errors;
    }

    /// <summary>A person's mobile and e-mail, each well-formed; at least one of them when <paramref name="required"/>.</summary>
    public static List<DomainError> CheckContact(string? mobile, string? email, bool required = true)
    {
        var errors = new RuleErrors();
        if (required && mobile is null && email is null)
        {
            errors.Add(DomainMessages.Error(ErrorCodes.Required, "mobile", "ContactRequired"));
        }

        if (mobile is not null && !MobilePattern().IsMatch(mobile))
        {
            errors.Add(DomainMessages.Error(ErrorCodes.InvalidValue, "mobile", "MobileFormat"));
        }

        Email(errors, email, "email");
        return errors;
    }

    /// <summary>
    /// An organisation's profile. Sign-up (<paramref name="registration"/>) needs every registration detail; an
    /// organisation a tenant admin creates may leave them out, but what is given must be right.
    /// </summary>
    public static List<DomainError> CheckOrganisation(OrganisationProfile profile, bool registration = false)
    {
        var errors = new RuleErrors();
        Text(errors, profile.Name, OrganisationNameMax, "name", "单位全称");
        if (profile.Introduction is { Length: > IntroductionMax })
        {
            errors.Add(ErrorCodes.TooLong, Sentence.Of("OrganisationIntroductionTooLong", IntroductionMax, profile.Introduction.Length), "introduction");
        }

        if (!Enum.IsDefined(profile.Kind))
        {
            errors.Add(ErrorCodes.InvalidValue, Sentence.Of("BadOrganisationKind"), "kind");
        }
        else if (registration && profile.Kind is not (OrganisationKind.Enterprise or OrganisationKind.Provider))
        {
            errors.Add(ErrorCodes.InvalidValue, Sentence.Of("SignUpKinds"), "kind");
        }

        if (profile.CreditCode is { } code && CreditCode.Problem(code) is { } problem)
        {
            errors.Add(ErrorCodes.InvalidValue, problem, "creditCode");
        }

        errors.Region(profile.Province, profile.City)
            .MaxLength(profile.Address, AddressMax, "address", "通讯地址")
            .MaxLength(profile.ContactName, DisplayNameMax, "contactName", "联系人")
            .Check(profile.ContactPhone is null || PhonePattern().IsMatch(profile.ContactPhone), ErrorCodes.InvalidValue,
                Sentence.Of("OrganisationPhoneFormat"), "contactPhone")
            .KnownCode(ReferenceData.ApplicantKinds, profile.ProviderKind, "providerKind")
            .KnownCode(ReferenceData.Industries, profile.ProviderIndustry, "providerIndustry")
            .KnownCode(ReferenceData.Domains, profile.ProviderDomain, "providerDomain");
        Email(errors, profile.ContactEmail, "contactEmail");
        if (registration)
        {
            errors.Required(profile.CreditCode, "creditCode", "统一社会信用代码")
                .Required(profile.Province, "province", "所在省份")
                .Required(profile.City, "city", "所在城市")
                .Required(profile.Address, "address", "通讯地址")
                .Required(profile.ContactName, "contactName", "联系人")
                .Required(profile.ContactPhone, "contactPhone", "联系电话");
            if (profile.Kind == OrganisationKind.Provider)
            {
                errors.Required(profile.ProviderKind, "providerKind", "供应商主体类型")
                    .Required(profile.ProviderIndustry, "providerIndustry", "主要服务行业")
                    .Required(profile.ProviderDomain, "providerDomain", "主要能力领域")
                    .Required(profile.Introduction, "introduction", "单位简介（将作为供应商简介展示）")
                    .MaxLength(profile.Introduction, ProviderSummaryMax, "introduction", "供应商的单位简介");
            }
        }

        return errors;
    }

    public static List<DomainError> CheckReason(string? reason, bool required, string what)
    {
        var errors = new RuleErrors();
        if (required)
        {
            errors.Check(reason is not null, ErrorCodes.Required, Sentence.Of("ReasonRequired", what), "reason");
        }

        return errors.MaxLength(reason, ReasonMax, "reason", "理由");
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
        Introduction = Clean(profile.Introduction),
        CreditCode = Clean(profile.CreditCode) is { } code ? CreditCode.Normalize(code) : null,
        Province = Clean(profile.Province),
        City = Clean(profile.City),
        Address = Clean(profile.Address),
        ContactName = Clean(profile.ContactName),
        ContactPhone = Clean(profile.ContactPhone),
        ContactEmail = Clean(profile.ContactEmail),
        ProviderKind = profile.Kind == OrganisationKind.Provider ? Clean(profile.ProviderKind) : null,
        ProviderIndustry = profile.Kind == OrganisationKind.Provider ? Clean(profile.ProviderIndustry) : null,
        ProviderDomain = profile.Kind == OrganisationKind.Provider ? Clean(profile.ProviderDomain) : null,
    };

    public static string? Clean(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();

    public static string Describe(Membership membership) =>
        (membership.Roles.Count == 0 ? "无角色" : string.Join("、", membership.Roles.Order().Select(role => RoleNames.Of(role))))
        + (membership.Organisation is { } organisation ? $"；单位 {organisation}" : "");

    private static void Email(RuleErrors errors, string? email, string field) =>
        errors.MaxLength(email, EmailMax, field, "电子邮箱")
            .Check(email is null || EmailPattern().IsMatch(email), ErrorCodes.InvalidValue, Sentence.Of("OrganisationEmailFormat"), field);

    private static void Text(List<DomainError> errors, string value, int max, string field, string label)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            errors.Add(DomainMessages.Error(ErrorCodes.Required, field, "Required", label));
        }
        else if (value.Length > max)
        {
            errors.Add(DomainMessages.Error(ErrorCodes.TooLong, field, "TooLong", label, max, value.Length));
        }
    }

    [GeneratedRegex(@"^1[3-9]\d{9}$")]
    private static partial Regex MobilePattern();

    [GeneratedRegex(@"^[0-9+\-() ]{7,20}$")]
    private static partial Regex PhonePattern();

    [GeneratedRegex(@"^[^@\s]+@[^@\s]+\.[^@\s]+$")]
    private static partial Regex EmailPattern();
}
