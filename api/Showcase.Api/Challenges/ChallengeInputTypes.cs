using GraphQL.Types;
using Showcase.Api.GraphQL;
using Showcase.Api.Localization;
using Showcase.Challenges;
using Showcase.Files;

namespace Showcase.Api.Challenges;

public sealed class ChallengeIndicatorInputType : InputObjectGraphType<ChallengeIndicator>
{
    public ChallengeIndicatorInputType()
    {
        Name = "ChallengeIndicatorInput";
        Description = "考核指标: e.g. name 漏检率, target ≤ 0.5, unit %.";
        Field<NonNullGraphType<StringGraphType>>("name");
        Field<NonNullGraphType<StringGraphType>>("target");
        Field<StringGraphType>("unit");
    }

    public override object ParseDictionary(IDictionary<string, object?> value) =>
        new ChallengeIndicator(value.String("name") ?? "", value.String("target") ?? "", value.String("unit"));
}

public sealed class ChallengeEligibilityInputType : InputObjectGraphType<ChallengeEligibility>
{
    public ChallengeEligibilityInputType()
    {
        Name = "ChallengeEligibilityInput";
        Description = "揭榜条件; empty lists mean anyone.";
        Field<ListGraphType<NonNullGraphType<StringGraphType>>>("applicantKinds").Description("Codes from `taxonomy(key: \"applicant-kind\")`.");
        Field<ListGraphType<NonNullGraphType<StringGraphType>>>("provinces").Description("Province codes.");
        Field<ListGraphType<NonNullGraphType<StringGraphType>>>("qualifications").Description("Qualifications the provider must list.");
        Field<IntGraphType>("minDeliveredCases").Description("Published cases delivered in the challenge's industry, 0–100.");
    }

    public override object ParseDictionary(IDictionary<string, object?> value) => new ChallengeEligibility
    {
        ApplicantKinds = value.List<string>("applicantKinds"),
        Provinces = value.List<string>("provinces"),
        Qualifications = value.List<string>("qualifications"),
        MinDeliveredCases = value.Int("minDeliveredCases") ?? 0,
    };
}

public sealed class ChallengeContentInputType : InputObjectGraphType<ChallengeContent>
{
    public ChallengeContentInputType()
    {
        Name = "ChallengeContentInput";
        Description = "A challenge (榜单) as its poster writes it. A draft may leave fields out; opening needs title, goals, indicators, industry and a bid deadline ahead.";
        Field<StringGraphType>("title").Description("榜单名称, at most 80 characters.");
        Field<StringGraphType>("background").Description("需求背景 (Markdown).");
        Field<StringGraphType>("goals").Description("攻关目标.");
        Field<ListGraphType<NonNullGraphType<ChallengeIndicatorInputType>>>("indicators").Description("考核指标, at most 20.");
        Field<ChallengeEligibilityInputType>("eligibility");
        Field<DecimalGraphType>("budgetMin").Description("万元.");
        Field<DecimalGraphType>("budgetMax").Description("万元.");
        Field<DateTimeOffsetGraphType>("questionsDue");
        Field<DateTimeOffsetGraphType>("bidsDue").Description("No bid is taken, revised or withdrawn after it.");
        Field<DateTimeOffsetGraphType>("evaluationDue");
        Field<DateTimeOffsetGraphType>("deliveryDue");
        Field<StringGraphType>("industry");
        Field<StringGraphType>("domain");
        Field<ListGraphType<NonNullGraphType<StringGraphType>>>("scenes");
        Field<ListGraphType<NonNullGraphType<StringGraphType>>>("technologies");
        Field<StringGraphType>("province").Description("Where the work is done.");
        Field<EnglishTextInputType>("english").Description("Title, goals (as summary) and background (as body) in English, for English readers.");
    }

    public override object ParseDictionary(IDictionary<string, object?> value) => new ChallengeContent
    {
        Title = value.String("title"),
        Background = value.String("background"),
        Goals = value.String("goals"),
        Indicators = value.List<ChallengeIndicator>("indicators"),
        Eligibility = value.TryGetValue("eligibility", out var eligibility) && eligibility is ChallengeEligibility e ? e : ChallengeEligibility.Anyone,
        BudgetMin = value.Decimal("budgetMin"),
        BudgetMax = value.Decimal("budgetMax"),
        QuestionsDue = value.TryGetValue("questionsDue", out var q) ? q as DateTimeOffset? : null,
        BidsDue = value.TryGetValue("bidsDue", out var b) ? b as DateTimeOffset? : null,
        EvaluationDue = value.TryGetValue("evaluationDue", out var ev) ? ev as DateTimeOffset? : null,
        DeliveryDue = value.TryGetValue("deliveryDue", out var d) ? d as DateTimeOffset? : null,
        Industry = value.String("industry"),
        Domain = value.String("domain"),
        Scenes = value.List<string>("scenes"),
        Technologies = value.List<string>("technologies"),
        Province = value.String("province"),
        English = value.English(),
    };
}

public sealed class BidContentInputType : InputObjectGraphType<BidContent>
{
    public BidContentInputType()
    {
        Name = "BidContentInput";
        Description = "A bid (揭榜方案).";
        Field<StringGraphType>("proposal").Description("技术方案 (Markdown), at most 20,000 characters.");
        Field<DecimalGraphType>("price").Description("报价, 万元.");
        Field<StringGraphType>("schedule").Description("实施计划.");
        Field<ListGraphType<NonNullGraphType<StringGraphType>>>("team").Description("One line per person: name, role, qualification.");
        Field<ListGraphType<NonNullGraphType<IdGraphType>>>("referencedCases").Description("Published cases of this portal, at most 10.");
        Field<ListGraphType<NonNullGraphType<IdGraphType>>>("files").Description("方案附件, at most 5: ids answered by `POST /t/{tenant}/files?for=bid/{challenge}/{provider}`.");
    }

    public override object ParseDictionary(IDictionary<string, object?> value) => new BidContent
    {
        Proposal = value.String("proposal"),
        Price = value.Decimal("price"),
        Schedule = value.String("schedule"),
        Team = value.List<string>("team"),
        ReferencedCases = value.Ids("referencedCases"),
        Files = [.. value.Ids("files").Select(Attachment.Named)],
    };
}
