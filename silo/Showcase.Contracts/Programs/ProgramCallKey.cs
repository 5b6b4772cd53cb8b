using Showcase.Common;
using Showcase.Tenancy;

namespace Showcase.Programs;

/// <summary>The key of a call for applications (批次): <c>{tenant}/{id}</c>.</summary>
[GenerateSerializer, Immutable, Alias("showcase.program-call-key")]
public readonly record struct ProgramCallKey(
    [property: Id(0)] TenantId Tenant,
    [property: Id(1)] EntityId Id)
{
    public static ProgramCallKey Parse(string key)
    {
        var (tenant, id) = TenantScopedKey.Split(key, "program call");
        return new ProgramCallKey(tenant, id);
    }

    public override string ToString() => $"{Tenant}/{Id}";
}

/// <summary>
/// The key of one applicant's application to one call: <c>{tenant}/{call}/{applicant organisation}</c>. That the
/// applicant is in the key is the rule "每个申报主体只能申报一个项目": a second project cannot exist.
/// </summary>
[GenerateSerializer, Immutable, Alias("showcase.program-application-key")]
public readonly record struct ProgramApplicationKey(
    [property: Id(0)] ProgramCallKey Call,
    [property: Id(1)] EntityId Applicant)
{
    public static ProgramApplicationKey Parse(string key)
    {
        var slash = key.LastIndexOf('/');
        return slash < 0
            ? throw new FormatException($"An application key looks like '{{tenant}}/{{call}}/{{applicant}}', not '{key}'.")
            : new ProgramApplicationKey(ProgramCallKey.Parse(key[..slash]), EntityId.Parse(key[(slash + 1)..]));
    }

    public override string ToString() => $"{Call}/{Applicant}";
}
