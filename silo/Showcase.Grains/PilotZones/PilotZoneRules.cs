using Showcase.Common;
using Showcase.Grains.Rules;
using Showcase.PilotZones;
using Showcase.Reference;

namespace Showcase.Grains.PilotZones;

internal static class PilotZoneRules
{
    public static PilotZoneProfile Normalize(PilotZoneProfile p) => p with
    {
        Name = Clean.Text(p.Name),
        Summary = Clean.Text(p.Summary),
        Body = Clean.Text(p.Body),
        Cities = Clean.Codes(p.Cities),
        Industries = Clean.Codes(p.Industries),
        Policies = p.Policies.Select(x => new ZonePolicy(x.Title.Trim(), x.Summary.Trim())).ToArray(),
        Factories = Clean.Distinct(p.Factories),
        Providers = Clean.Distinct(p.Providers),
        Pictures = Clean.Pictures(p.Pictures),
        English = Clean.English(p.English),
    };

    public static RuleErrors Check(PilotZoneProfile p)
    {
        var errors = new RuleErrors()
            .Pictures(p.Pictures)
            .Required(p.Name, "name", "先行区名称")
            .MaxLength(p.Name, 60, "name", "先行区名称")
            .English(p.English, 120, 1500, 60_000)
            .Required(p.Cities, "cities", "所在城市")
            .MaxCount(p.Cities, 10, "cities", "所在城市")
            .KnownCodes(ReferenceData.Cities, p.Cities, "cities")
            .KnownCodes(ReferenceData.Industries, p.Industries, "industries")
            .MaxCount(p.Industries, 6, "industries", "特色产业")
            .MaxLength(p.Summary, 500, "summary", "简介")
            .MaxLength(p.Body, 30_000, "body", "创建方案")
            .MaxCount(p.Policies, 30, "policies", "支持政策");
        for (var i = 0; i < p.Policies.Count; i++)
        {
            errors.Check(p.Policies[i].Title.Length is > 0 and <= 80 && p.Policies[i].Summary.Length <= 1000, ErrorCodes.InvalidValue,
                Sentence.Of("PolicyNeedsTitle", i + 1), $"policies[{i}]");
        }

        return errors;
    }

    /// <summary>The province a zone is listed under: that of its first city.</summary>
    public static string? ProvinceOf(PilotZoneProfile p) => p.Cities.Count == 0 ? null : ReferenceData.Cities.Find(p.Cities[0])?.Parent;

    /// <summary>Every province the zone's cities lie in, first city's first: a zone spanning provinces counts in each.</summary>
    public static IReadOnlyList<string> ProvincesOf(PilotZoneProfile p) =>
        [.. p.Cities.Select(c => ReferenceData.Cities.Find(c)?.Parent).OfType<string>().Distinct(StringComparer.Ordinal)];
}
