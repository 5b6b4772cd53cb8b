using GraphQL.Types;
using Showcase.Api.Reference;
using Showcase.Programs;
using Showcase.Reference;

namespace Showcase.Api.Programs;

public sealed class ProgramType : ObjectGraphType<ProgramRules>
{
    public ProgramType()
    {
        Name = "Program";
        Description = "A pilot program shipped with Showcase, with the rules of its notice.";
        Field<NonNullGraphType<IdGraphType>>("code").Resolve(ctx => ctx.Source.Code);
        Field<NonNullGraphType<StringGraphType>>("name").Resolve(ctx => ctx.Source.Name);
        Field(p => p.MaxClasses, nullable: true).Description("At most this many classes per project (2 for 融合发展).");
        Field(p => p.MaxDirections, nullable: true).Description("At most this many directions per project (3 for 双创).");
        Field(p => p.PilotYears).Description("试点示范期, years.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<RecommenderQuotaType>>>>("recommenders").Resolve(ctx => ctx.Source.Recommenders);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ProgramDirectionType>>>>("directions")
            .Description("What an applicant chooses from, with the form each calls for.")
            .Resolve(ctx => ctx.Source.Directions.Select(d => (Program: ctx.Source, Direction: d)).ToArray());
        Field<DateOnlyGraphType>("seedRecommendationDue").Description("The recommendation deadline the seed notice gave.").Resolve(ctx => ctx.Source.SeedSchedule?.RecommendationDue);
    }
}

public sealed class ProgramDirectionType : ObjectGraphType<(ProgramRules Program, TaxonomyTerm Direction)>
{
    public ProgramDirectionType()
    {
        Name = "ProgramDirection";
        Field<NonNullGraphType<IdGraphType>>("code").Resolve(ctx => ctx.Source.Direction.Code);
        Field<NonNullGraphType<StringGraphType>>("name").Resolve(ctx => ctx.Source.Direction.Name);
        Field<NonNullGraphType<TaxonomyTermType>>("class").Resolve(ctx => ReferenceData.Programs.Find(ctx.Source.Program.ClassOf(ctx.Source.Direction.Code)));
        Field<NonNullGraphType<IdGraphType>>("form").Description("The code of the application form it calls for.").Resolve(ctx => ctx.Source.Program.FormOf(ctx.Source.Direction.Code));
    }
}

public sealed class RecommenderQuotaType : ObjectGraphType<RecommenderQuota>
{
    public RecommenderQuotaType()
    {
        Name = "RecommenderQuota";
        Description = "A kind of recommender the notice admits, and its quota (null: the notice sets none).";
        this.Term("kind", ReferenceData.RecommenderKinds, q => q.Kind);
        Field(q => q.Quota, nullable: true);
    }
}

public sealed class ApplicationFormType : ObjectGraphType<ApplicationForm>
{
    public ApplicationFormType()
    {
        Name = "ApplicationForm";
        Description = "An application form (申报书) as the seeds print it. Answers are keyed `{form}/{field}`.";
        Field<NonNullGraphType<IdGraphType>>("code").Resolve(ctx => ctx.Source.Code);
        Field(f => f.Name);
        Field(f => f.Note, nullable: true);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<FormSectionType>>>>("sections").Resolve(ctx => ctx.Source.Sections.Select(s => (Form: ctx.Source, Section: s)).ToArray());
    }
}

public sealed class FormSectionType : ObjectGraphType<(ApplicationForm Form, FormSection Section)>
{
    public FormSectionType()
    {
        Name = "FormSection";
        Field<NonNullGraphType<StringGraphType>>("title").Resolve(ctx => ctx.Source.Section.Title);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<FormFieldType>>>>("fields").Resolve(ctx => ctx.Source.Section.Fields.Select(f => (ctx.Source.Form, Field: f)).ToArray());
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<FileSlotType>>>>("files").Description("The 证明材料 it asks to attach, each its own slot.")
            .Resolve(ctx => ctx.Source.Section.Files.Select(f => (ctx.Source.Form, Slot: f)).ToArray());
    }
}

public sealed class FileSlotType : ObjectGraphType<(ApplicationForm Form, FileSlot Slot)>
{
    public FileSlotType()
    {
        Name = "FileSlot";
        Description = "One kind of 证明材料 a form asks to attach: PDF, Word (.docx) or Excel (.xlsx) files of at most 20 MB each.";
        Field<NonNullGraphType<StringGraphType>>("key").Description("The key of its files in an application: `{form}/{slot}`.").Resolve(ctx => ctx.Source.Form.FilesKey(ctx.Source.Slot));
        Field<NonNullGraphType<StringGraphType>>("label").Resolve(ctx => ctx.Source.Slot.Label);
        Field<NonNullGraphType<IntGraphType>>("maxFiles").Resolve(_ => FileSlot.MaxFiles);
    }
}

public sealed class FormFieldType : ObjectGraphType<(ApplicationForm Form, FormField Field)>
{
    public FormFieldType()
    {
        Name = "FormField";
        Field<NonNullGraphType<StringGraphType>>("key").Description("The key of an answer to it: `{form}/{field}`.").Resolve(ctx => ctx.Source.Form.AnswerKey(ctx.Source.Field));
        Field<NonNullGraphType<StringGraphType>>("label").Resolve(ctx => ctx.Source.Field.Label);
        Field<NonNullGraphType<FieldKindType>>("kind").Resolve(ctx => ctx.Source.Field.Kind);
        Field<NonNullGraphType<IntGraphType>>("maxLength").Description("In characters (字).").Resolve(ctx => ctx.Source.Field.Max);
        Field<NonNullGraphType<BooleanGraphType>>("required").Description("Needed to submit.").Resolve(ctx => ctx.Source.Field.Required);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("options").Resolve(ctx => ctx.Source.Field.Options);
        Field<DecimalGraphType>("maxValue").Resolve(ctx => ctx.Source.Field.MaxValue);
        Field<StringGraphType>("atMost").Description("The key of a field this one may not exceed.").Resolve(ctx => ctx.Source.Field.AtMost is { } k ? $"{ctx.Source.Form.Code}/{k}" : null);
        Field<BooleanGraphType>("mustBeYes").Description("A declaration that must be answered 是.").Resolve(ctx => ctx.Source.Field.MustBeYes is not null);
    }
}

public sealed class FieldKindType : EnumerationGraphType<FieldKind>
{
    public FieldKindType()
    {
        Name = "FieldKind";
        Description = "TEXT (one line), PARAGRAPH, INTEGER (≥ 0), AMOUNT (≥ 0), NUMBER, PERCENT (0–100), DATE (yyyy-MM-dd), EMAIL, PHONE, CHOICE (one of options), YES_NO (是/否).";
    }
}
