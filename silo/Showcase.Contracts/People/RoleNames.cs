using Showcase.Common;
using Showcase.Tenancy;

namespace Showcase.People;

/// <summary>The names people see for roles, organisation kinds and statuses (RoleNames.resx, .en.resx); Chinese unless a language is asked.</summary>
public static class RoleNames
{
    private static readonly LabelTexts Texts = new(typeof(RoleNames));

    public static string Of(Role role, string language = TenantProfile.Chinese) => Texts.Get($"Role.{role}", language);

    public static string Of(OrganisationKind kind, string language = TenantProfile.Chinese) => Texts.Get($"Kind.{kind}", language);

    public static string Of(OrganisationStatus status, string language = TenantProfile.Chinese) => Texts.Get($"Status.{status}", language);
}
