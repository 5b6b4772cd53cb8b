using Showcase.Common;
using Showcase.PilotZones;
using Showcase.Web.Listings;
using Showcase.Web.Localization;
using Showcase.Web.Pictures;

namespace Showcase.Web.PilotZones;

/// <summary>
/// The pilot-zone form's fields as the browser posts them. Policies are typed one per line, <c>名称：内容</c>;
/// members are ticked from the portal's factories and providers.
/// </summary>
public sealed class PilotZoneForm
{
    public string Id { get; set; } = "";

    public int Version { get; set; }

    public string? Name { get; set; }

    public string[] Cities { get; set => field = value ?? []; } = [];

    public string[] Industries { get; set => field = value ?? []; } = [];

    public string? Summary { get; set; }

    public string? Body { get; set; }

    public string? Policies { get; set; }

    public string[] Factories { get; set => field = value ?? []; } = [];

    public string[] Providers { get; set => field = value ?? []; } = [];

    public PictureForm Pictures { get; set => field = value ?? new(); } = new();

    public EnglishForm English { get; set => field = value ?? new(); } = new();

    public static PilotZoneForm From(PilotZoneSnapshot zone) => new()
    {
        Id = zone.Key.Id.Value,
        Version = zone.Version,
        Name = zone.Profile.Name,
        Cities = [.. zone.Profile.Cities],
        Industries = [.. zone.Profile.Industries],
        Summary = zone.Profile.Summary,
        Body = zone.Profile.Body,
        Policies = string.Join("\n", zone.Profile.Policies.Select(p => $"{p.Title}：{p.Summary}")),
        Factories = zone.Profile.Factories.Select(f => f.Value).ToArray(),
        Providers = zone.Profile.Providers.Select(p => p.Value).ToArray(),
        Pictures = PictureForm.From(zone.Profile.Pictures),
        English = EnglishForm.From(zone.Profile.English),
    };

    public PilotZoneProfile ToProfile() => new()
    {
        Name = Name,
        Cities = Cities,
        Industries = Industries,
        Summary = Summary,
        Body = Body,
        Policies = FormText.Lines(Policies).Select(FormText.Pair).Select(p => new ZonePolicy(p.Name, p.Value ?? "")).ToArray(),
        Factories = Ids(Factories),
        Providers = Ids(Providers),
        English = English.ToText(),
    };

    private static EntityId[] Ids(IEnumerable<string> values) =>
        values.Select(v => EntityId.TryParse(v, out var id) ? id : (EntityId?)null).OfType<EntityId>().ToArray();
}
