using Showcase.Api.Pictures;
using Showcase.Common;
using Showcase.Listings;
using Showcase.Pictures;

namespace Showcase.Silo.Portfolio;

/// <summary>One demo picture: what it belongs to, its fixed id and caption, and how it is drawn.</summary>
public sealed record DemoPicture(PictureOwner Owner, EntityId Id, string Caption, Func<byte[]> Draw)
{
    /// <summary>As its entity names it: every demo picture is drawn at <see cref="DemoPictures.Width"/> × <see cref="DemoPictures.Height"/>.</summary>
    public Picture AsPicture => new(Id, DemoPictures.Width, DemoPictures.Height, Caption);
}

/// <summary>
/// Which demo entities have which pictures. The entities name them at once; the files are drawn after, in the
/// background, so the pictures do not hold up the first start (<see cref="DemoPortfolioSeeder.DrawPicturesAsync"/>).
/// </summary>
public static class DemoPicturePlan
{
    /// <summary>The newest cases of the portfolio (those the home page and lists show first) have pictures; the rest stay text, as most imported cases are.</summary>
    public const int CasesWithPictures = 48;

    public static IReadOnlyList<DemoPicture> For(DemoFactory factory) =>
    [
        new(PictureOwner.Of(CatalogKind.Factory, factory.Id), Id(factory.Id, "site"), $"{factory.Profile.Name}生产现场（示意图）", () => DemoPictures.Workshop(factory.Id.Value)),
    ];

    public static IReadOnlyList<DemoPicture> For(DemoPilotZone zone) =>
    [
        new(PictureOwner.Of(CatalogKind.PilotZone, zone.Id), Id(zone.Id, "plan"), $"{zone.Profile.Name}园区布局（示意图）", () => DemoPictures.Zone(zone.Id.Value)),
    ];

    public static IReadOnlyList<DemoPicture> For(DemoCase demo)
    {
        if (demo.Number <= DemoPortfolio.CaseCount - CasesWithPictures)
        {
            return [];
        }

        var owner = PictureOwner.Of(CatalogKind.Case, demo.Id);
        return
        [
            new(owner, Id(demo.Id, "site"), "改造后的生产现场（示意图）", () => DemoPictures.Workshop(demo.Id.Value)),
            new(owner, Id(demo.Id, "results"), "实施前后主要指标对比：灰色为实施前，彩色为实施后（示意图）", () => DemoPictures.Results(demo.Content.Metrics, demo.Id.Value)),
        ];
    }

    /// <summary>Every picture of the portfolio.</summary>
    public static IEnumerable<DemoPicture> All(DemoPortfolio portfolio) =>
        portfolio.Factories.SelectMany(For).Concat(portfolio.PilotZones.SelectMany(For)).Concat(portfolio.Cases.SelectMany(For));

    /// <summary>The first picture as the cover, the rest as the gallery.</summary>
    public static PictureSet Set(IReadOnlyList<DemoPicture> pictures) =>
        pictures.Count == 0 ? PictureSet.None : new PictureSet(pictures[0].AsPicture, [.. pictures.Skip(1).Select(p => p.AsPicture)]);

    private static EntityId Id(EntityId entity, string name) => EntityId.Parse($"{entity}-{name}");
}
