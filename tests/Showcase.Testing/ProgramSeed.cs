using Showcase.Audit;
using Showcase.Common;
using Showcase.People;
using Showcase.Programs;
using Showcase.Tenancy;

namespace Showcase.Testing;

/// <summary>Calls, recommenders and complete applications written straight into a portal's grains, for tests.</summary>
public sealed class ProgramSeed(IGrainFactory grains, TenantId tenant)
{
    public static readonly Actor Curator = new("curator", "测试策展人");

    public TenantId Tenant => tenant;

    public static ProgramCallSetup Setup(string program, string? quotaScheme = null, DateTimeOffset? due = null) => new()
    {
        Program = program,
        Title = $"{program} 申报批次",
        RecommendationDue = due ?? DateTimeOffset.UtcNow.AddDays(30),
        ReviewDue = (due ?? DateTimeOffset.UtcNow.AddDays(30)).AddDays(14),
        PublicationDue = (due ?? DateTimeOffset.UtcNow.AddDays(30)).AddDays(28),
        QuotaScheme = quotaScheme,
    };

    /// <summary>A valid answer to every field of the forms these directions call for.</summary>
    public static Dictionary<string, string> CompleteAnswers(string program, params string[] directions) =>
        ProgramCatalog.Find(program)!.FormsFor(directions).Select(ProgramCatalog.Form)
            .SelectMany(form => form.Fields.Select(field => (Key: form.AnswerKey(field), Value: Answer(field))))
            .ToDictionary(a => a.Key, a => a.Value);

    public static ProgramApplicationContent Application(string program, string projectName, EntityId recommender, params string[] directions) => new()
    {
        ProjectName = projectName,
        Directions = directions,
        Recommender = recommender,
        Answers = CompleteAnswers(program, directions),
    };

    public async Task<ProgramCallSnapshot> CallAsync(EntityId id, ProgramCallSetup setup, params RecommenderSeat[] seats)
    {
        var call = grains.GetProgramCall(new ProgramCallKey(tenant, id));
        var opened = await call.OpenAsync(setup, Owner.Nobody, Curator);
        foreach (var seat in seats)
        {
            await RecommenderAsync(seat.Organisation, seat.Name ?? $"推荐单位{seat.Organisation}");
        }

        return seats.Length == 0 ? opened : await call.SetRecommendersAsync(seats, opened.Version, Curator);
    }

    public async Task RecommenderAsync(EntityId organisation, string name)
    {
        var grain = grains.GetOrganisation(new OrganisationKey(tenant, organisation));
        if (await grain.GetAsync() is null)
        {
            await grain.CreateAsync(new OrganisationProfile(name, OrganisationKind.Recommender, null), Curator);
        }
    }

    /// <summary>Who makes a seeded application: an account named like the applicant, in the applicant organisation.</summary>
    public static Owner OwnerOf(EntityId applicant) => new(applicant, applicant);

    /// <summary>Saves and submits a complete application of <paramref name="applicant"/>.</summary>
    public async Task<ProgramApplicationSnapshot> SubmittedAsync(EntityId call, EntityId applicant, ProgramApplicationContent content)
    {
        var grain = grains.GetProgramApplication(new ProgramApplicationKey(new ProgramCallKey(tenant, call), applicant));
        var saved = await grain.SaveAsync(content, 0, OwnerOf(applicant), $"申报单位{applicant}", Curator);
        return await grain.SubmitAsync(pledge: true, saved.Version, Curator);
    }

    private static string FirstLeaf(Reference.Taxonomy list) => list.Terms.First(t => list.ChildrenOf(t.Code).Count == 0).Code;

    private static string Answer(FormField field) => field.Kind switch
    {
        FieldKind.Integer or FieldKind.Amount or FieldKind.Number or FieldKind.Percent => "9",
        FieldKind.Date => "2020-06-01",
        FieldKind.Email => "contact@example.com",
        FieldKind.Phone => "010-68208278",
        FieldKind.Choice => field.Options[0],
        FieldKind.YesNo => "是",
        FieldKind.Term => field.Taxonomy switch
        {
            "province" => "32",
            "city" => "3205",
            var list => FirstLeaf(Reference.ReferenceData.Find(list!)!),
        },
        _ => $"{field.Label}（测试内容）"[..Math.Min(field.Max, field.Label.Length + 6)],
    };
}
