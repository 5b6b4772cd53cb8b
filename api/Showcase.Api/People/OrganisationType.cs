using GraphQL.Types;
using Showcase.Api.Reference;
using Showcase.People;
using Showcase.Reference;

namespace Showcase.Api.People;

public sealed class OrganisationType : ObjectGraphType<OrganisationSnapshot>
{
    public OrganisationType()
    {
        Name = "Organisation";
        Description = "An organiser, enterprise or solution provider in this portal.";
        Field<NonNullGraphType<IdGraphType>>("id").Resolve(ctx => ctx.Source.Key.Id.Value);
        Field<NonNullGraphType<StringGraphType>>("name").Description("单位全称.").Resolve(ctx => ctx.Source.Profile.Name);
        Field<NonNullGraphType<OrganisationKindType>>("kind").Resolve(ctx => ctx.Source.Profile.Kind);
        Field<StringGraphType>("introduction").Description("单位简介.").Resolve(ctx => ctx.Source.Profile.Introduction);
        Field<StringGraphType>("creditCode").Description("统一社会信用代码 (GB 32100-2015).").Resolve(ctx => ctx.Source.Profile.CreditCode);
        this.Term("province", ReferenceData.Provinces, o => o.Profile.Province);
        this.Term("city", ReferenceData.Cities, o => o.Profile.City);
        Field<StringGraphType>("address").Description("通讯地址.").Resolve(ctx => ctx.Source.Profile.Address);
        Field<StringGraphType>("contactName").Description("联系人.").Resolve(ctx => ctx.Source.Profile.ContactName);
        Field<StringGraphType>("contactPhone").Description("联系电话.").Resolve(ctx => ctx.Source.Profile.ContactPhone);
        Field<StringGraphType>("contactEmail").Description("联系邮箱.").Resolve(ctx => ctx.Source.Profile.ContactEmail);
        this.Term("providerKind", ReferenceData.ApplicantKinds, o => o.Profile.ProviderKind, "For providers: 主体类型 (applicant-kind).");
        this.Term("providerIndustry", ReferenceData.Industries, o => o.Profile.ProviderIndustry, "For providers: the main industry served.");
        this.Term("providerDomain", ReferenceData.Domains, o => o.Profile.ProviderDomain, "For providers: the main domain of capability.");
        Field<NonNullGraphType<OrganisationStatusType>>("status").Resolve(ctx => ctx.Source.Status);
        Field<StringGraphType>("statusReason").Description("Why it was rejected or suspended.").Resolve(ctx => ctx.Source.StatusReason);
        Field(o => o.Version).Description("Pass it back as `expectedVersion` when editing.");
        Field(o => o.CreatedAt);
        Field(o => o.UpdatedAt);
    }
}
