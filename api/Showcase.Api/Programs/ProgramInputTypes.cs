using GraphQL.Types;
using Showcase.Api.GraphQL;
using Showcase.Files;
using Showcase.Programs;

namespace Showcase.Api.Programs;

public sealed class ProgramCallInputType : InputObjectGraphType<ProgramCallSetup>
{
    public ProgramCallInputType()
    {
        Name = "ProgramCallInput";
        Description = "Opens a call from a shipped program (`programs`). Deadlines in order: recommendation < review < publication, the first ahead.";
        Field<NonNullGraphType<IdGraphType>>("program").Description("fusion-2019, fusion-2020, innovation-2019 or smart-manufacturing.");
        Field<NonNullGraphType<StringGraphType>>("title").Description("批次名称, at most 100 characters.");
        Field<StringGraphType>("introduction");
        Field<NonNullGraphType<DateTimeOffsetGraphType>>("recommendationDue");
        Field<NonNullGraphType<DateTimeOffsetGraphType>>("reviewDue");
        Field<NonNullGraphType<DateTimeOffsetGraphType>>("publicationDue");
        Field<IntGraphType>("objectionDays").Description("公示期, 1–30 days (7 when left out).");
        Field<StringGraphType>("quotaScheme").Description("A province's split among its cities, e.g. guangdong-2020.");
    }

    public override object ParseDictionary(IDictionary<string, object?> value) => new ProgramCallSetup
    {
        Program = value.String("program") ?? "",
        Title = value.String("title"),
        Introduction = value.String("introduction"),
        RecommendationDue = value.Value("recommendationDue") as DateTimeOffset? ?? default,
        ReviewDue = value.Value("reviewDue") as DateTimeOffset? ?? default,
        PublicationDue = value.Value("publicationDue") as DateTimeOffset? ?? default,
        ObjectionDays = value.Int("objectionDays") ?? 7,
        QuotaScheme = value.String("quotaScheme"),
    };
}

public sealed class RecommenderSeatInputType : InputObjectGraphType<RecommenderSeat>
{
    public RecommenderSeatInputType()
    {
        Name = "RecommenderSeatInput";
        Description = "A recommender organisation (kind RECOMMENDER) admitted to a call. Quota: as given, else the call's quota scheme for its city, else the notice's for its kind.";
        Field<NonNullGraphType<IdGraphType>>("organisation");
        Field<NonNullGraphType<StringGraphType>>("kind").Description("ministry-bureau, local-authority or central-soe.");
        Field<StringGraphType>("city").Description("City code, for a province's quota scheme.");
        Field<IntGraphType>("quota");
    }

    public override object ParseDictionary(IDictionary<string, object?> value) =>
        new RecommenderSeat(value.Id("organisation") ?? default, value.String("kind") ?? "", value.String("city"), value.Int("quota"));
}

public sealed class AnswerInputType : InputObjectGraphType<KeyValuePair<string, string>>
{
    public AnswerInputType()
    {
        Name = "AnswerInput";
        Field<NonNullGraphType<StringGraphType>>("key").Description("`{form}/{field}`, as in `FormField.key`.");
        Field<StringGraphType>("value").Description("Blank removes the answer.");
    }

    public override object ParseDictionary(IDictionary<string, object?> value) => new KeyValuePair<string, string>(value.String("key") ?? "", value.String("value") ?? "");
}

public sealed class ProgramApplicationInputType : InputObjectGraphType<ProgramApplicationContent>
{
    public ProgramApplicationInputType()
    {
        Name = "ProgramApplicationInput";
        Description = "The whole application as it should be saved: cover and every answer (answers left out are removed).";
        Field<StringGraphType>("projectName").Description("At most 100 characters.");
        Field<ListGraphType<NonNullGraphType<IdGraphType>>>("directions").Description("Direction codes of the call's program (≤ 2 classes; 双创 ≤ 3 directions).");
        Field<IdGraphType>("recommender").Description("A recommender organisation of the call.");
        Field<ListGraphType<NonNullGraphType<AnswerInputType>>>("answers");
        Field<ListGraphType<NonNullGraphType<AttachedFilesInputType>>>("files")
            .Description("证明材料 by slot, each file uploaded first (`POST /t/{tenant}/files?for=application/{call}/{applicant}`); slots left out are emptied.");
    }

    public override object ParseDictionary(IDictionary<string, object?> value) => new ProgramApplicationContent
    {
        ProjectName = value.String("projectName"),
        Directions = value.List<string>("directions"),
        Recommender = value.Id("recommender"),
        Answers = value.List<KeyValuePair<string, string>>("answers").GroupBy(a => a.Key).ToDictionary(g => g.Key, g => g.Last().Value),
        Files = value.List<KeyValuePair<string, IReadOnlyList<Attachment>>>("files").GroupBy(f => f.Key).ToDictionary(g => g.Key, g => g.Last().Value),
    };
}

public sealed class AttachedFilesInputType : InputObjectGraphType<KeyValuePair<string, IReadOnlyList<Attachment>>>
{
    public AttachedFilesInputType()
    {
        Name = "AttachedFilesInput";
        Field<NonNullGraphType<StringGraphType>>("key").Description("`{form}/{slot}`, as in `FileSlot.key`.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<IdGraphType>>>>("files").Description("At most 5 uploaded file ids, in order.");
    }

    public override object ParseDictionary(IDictionary<string, object?> value) =>
        new KeyValuePair<string, IReadOnlyList<Attachment>>(value.String("key") ?? "", [.. value.Ids("files").Select(Attachment.Named)]);
}

public sealed class ProgramHonourInputType : InputObjectGraphType<ProgramHonour>
{
    public ProgramHonourInputType()
    {
        Name = "ProgramHonourInput";
        Field<NonNullGraphType<IdGraphType>>("organisation");
        Field<NonNullGraphType<StringGraphType>>("direction").Description("The direction code won.");
        Field<NonNullGraphType<StringGraphType>>("projectName");
        Field<NonNullGraphType<StringGraphType>>("source").Description("Which batch, e.g. 2019年制造业与互联网融合发展试点示范.");
    }

    public override object ParseDictionary(IDictionary<string, object?> value) =>
        new ProgramHonour(value.Id("organisation") ?? default, value.String("direction") ?? "", value.String("projectName") ?? "", value.String("source") ?? "");
}
