using GraphQL.Types;
using Showcase.Api.GraphQL;
using Showcase.Api.Localization;
using Showcase.Cases;

namespace Showcase.Api.Cases;

public sealed class CaseContentInputType : InputObjectGraphType<CaseContent>
{
    public CaseContentInputType()
    {
        Name = "CaseContentInput";
        Description = "What an author writes for a case. A draft may leave fields out; submitting and publishing need title, summary, body (50 characters or more), organisation, province, industries, domains and at least one metric.";
        Field<StringGraphType>("title").Description("案例名称 (项目名称), at most 80 characters.");
        Field<StringGraphType>("summary").Description("摘要, at most 300 characters.");
        Field<StringGraphType>("body").Description("正文 in Markdown, 50 to 30,000 characters.");
        Field<CaseSubjectType>("subject").Description("What the case is about; SCENARIO when left out.");
        Field<StringGraphType>("organisation").Description("申报单位.");
        Field<StringGraphType>("contactName").Description("联系人 (shown only to owners and curators).");
        Field<StringGraphType>("contactPhone").Description("手机 or 固定电话.");
        Field<StringGraphType>("contactEmail").Description("电子邮箱.");
        Field<StringGraphType>("province").Description("`province` code.");
        Field<StringGraphType>("city").Description("`city` code within the province.");
        this.Codes("industries", "`industry` codes, at most 3.");
        this.Codes("domains", "`domain` codes, at most 3.");
        this.Codes("technologies", "`technology` codes, at most 8.");
        this.Codes("scenes", "`scene` codes, at most 3.");
        this.Codes("programs", "`program` codes (申报方向), at most 3.");
        Field<IntGraphType>("year").Description("The year the case was selected or written.");
        Field<ListGraphType<NonNullGraphType<CaseMetricInputType>>>("metrics").Description("成效指标, at most 12.");
        Field<CaseLinksInputType>("links").Description("The factory, zone, providers and scenarios it is about.");
        Field<EnglishTextInputType>("english").Description("Title, summary and body in English, for English readers.");
    }

    public override object ParseDictionary(IDictionary<string, object?> value) => new CaseContent
    {
        Title = value.String("title"),
        Summary = value.String("summary"),
        Body = value.String("body"),
        Subject = value.Value("subject") is CaseSubject subject ? subject : CaseSubject.Scenario,
        Organisation = value.String("organisation"),
        ContactName = value.String("contactName"),
        ContactPhone = value.String("contactPhone"),
        ContactEmail = value.String("contactEmail"),
        Province = value.String("province"),
        City = value.String("city"),
        Industries = value.List<string>("industries"),
        Domains = value.List<string>("domains"),
        Technologies = value.List<string>("technologies"),
        Scenes = value.List<string>("scenes"),
        Programs = value.List<string>("programs"),
        Year = value.Int("year"),
        Metrics = value.List<CaseMetric>("metrics"),
        Links = value.Value("links") as CaseLinks ?? CaseLinks.None,
        English = value.English(),
    };
}
