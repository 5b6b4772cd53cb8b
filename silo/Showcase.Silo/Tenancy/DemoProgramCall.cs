using Showcase.Audit;
using Showcase.Common;
using Showcase.Programs;
using Showcase.Tenancy;

namespace Showcase.Silo.Tenancy;

/// <summary>
/// The demo portal's open call (批次) of the 2020 融合发展 rules, with the demo recommender admitted and the demo
/// expert named, so the enterprise, recommender, expert and curator accounts can walk the whole flow. Dates count
/// from the first start; a fixed id, so a restart never opens it twice.
/// </summary>
internal static class DemoProgramCall
{
    public static readonly EntityId Id = EntityId.Parse("demo-fusion");

    public static async Task SeedAsync(IGrainFactory grains, TenantId tenant, DateTimeOffset now)
    {
        var call = grains.GetProgramCall(new ProgramCallKey(tenant, Id));
        if (await call.GetAsync() is not null)
        {
            return;
        }

        var due = new DateTimeOffset(now.Date, TimeSpan.Zero).AddDays(60).AddHours(9);
        var opened = await call.OpenAsync(new ProgramCallSetup
        {
            Program = "fusion-2020",
            Title = "制造业与互联网融合发展试点示范申报（演示批次）",
            Introduction = "按《2020年制造业与互联网融合发展试点示范实施方案》的方向、名额和申报书开展的演示批次：申报单位在线填写申报书并作真实性承诺，推荐单位排序推荐，专家评审后公示。",
            RecommendationDue = due,
            ReviewDue = due.AddDays(14),
            PublicationDue = due.AddDays(28),
        }, Owner.Nobody, Actor.System);
        var seated = await call.SetRecommendersAsync([new RecommenderSeat(DemoPeople.Recommender, "local-authority", "3205")], opened.Version, Actor.System);
        await call.SetEvaluationAsync(seated.Evaluation.Rubric, [EntityId.Parse("reviewer")], Actor.System);
    }
}
