using Showcase.Common;
using Showcase.Grains.Rules;
using Showcase.Providers;
using Showcase.Reference;

namespace Showcase.Grains.Providers;

internal static class ProviderRules
{
    public static ProviderProfile Normalize(ProviderProfile p) => p with
    {
        Name = Clean.Text(p.Name),
        Kind = Clean.Text(p.Kind),
        Province = Clean.Text(p.Province),
        City = Clean.Text(p.City),
        Summary = Clean.Text(p.Summary),
        Body = Clean.Text(p.Body),
        Capabilities = p.Capabilities.Select(c => new Capability(c.Industry.Trim(), c.Domain.Trim(), Clean.Codes(c.Technologies))).Distinct().ToArray(),
        Qualifications = Clean.Codes(p.Qualifications),
        Pictures = Clean.Pictures(p.Pictures),
        English = Clean.English(p.English),
    };

    public static RuleErrors CheckDraft(ProviderProfile p)
    {
        var errors = new RuleErrors()
            .Pictures(p.Pictures)
            .Required(p.Name, "name", "供应商名称")
            .MaxLength(p.Name, 80, "name", "供应商名称")
            .English(p.English, 160, 1500, 60_000)
            .KnownCode(ReferenceData.ApplicantKinds, p.Kind, "kind")
            .Region(p.Province, p.City)
            .MaxLength(p.Summary, 500, "summary", "简介")
            .MaxLength(p.Body, 30_000, "body", "详细介绍")
            .MaxCount(p.Capabilities, 60, "capabilities", "能力")
            .MaxCount(p.Qualifications, 30, "qualifications", "资质");
        for (var i = 0; i < p.Capabilities.Count; i++)
        {
            var field = $"capabilities[{i}]";
            errors.KnownCode(ReferenceData.Industries, p.Capabilities[i].Industry, field)
                .KnownCode(ReferenceData.Domains, p.Capabilities[i].Domain, field)
                .KnownCodes(ReferenceData.Technologies, p.Capabilities[i].Technologies, field);
        }

        foreach (var (q, i) in p.Qualifications.Select((q, i) => (q, i)))
        {
            errors.MaxLength(q, 60, $"qualifications[{i}]", "每项资质");
        }

        CheckFigures(errors, p.Platform);
        return errors;
    }

    /// <summary>What the catalog needs before listing a provider.</summary>
    public static RuleErrors CheckListable(ProviderProfile p) => CheckDraft(p)
        .Required(p.Kind, "kind", "主体类型")
        .Required(p.Province, "province", "所在省份")
        .Required(p.Summary, "summary", "简介")
        .Required(p.Capabilities, "capabilities", "能力（行业 × 领域）");

    /// <summary>Counts and amounts cannot be negative; an active developer is a registered one; coverage is out of 22 and 9.</summary>
    private static void CheckFigures(RuleErrors errors, PlatformFigures? f)
    {
        if (f is null)
        {
            return;
        }

        var numbers = new decimal?[]
        {
            f.DevicesRunning, f.DevicesProcessing, f.DevicesMobile, f.DevicesOther, f.Protocols, f.SimulationModels, f.ProcessModels,
            f.MechanismModels, f.AlgorithmModels, f.Microservices, f.DevelopersRegistered, f.DevelopersActive, f.IndustrialSoftware,
            f.CloudSoftware, f.Apps, f.KillerApps, f.KillerAppSubscriptions, f.KillerAppRevenue, f.EnterprisesRegistered,
            f.IndustrialEnterprisesRegistered, f.EnterprisesServed, f.ManufacturersServed, f.EnterprisesPaying, f.SmesServed, f.Solutions,
            f.IndustriesCovered, f.DomainsCovered, f.BenefitsAdded, f.CostsSaved, f.Patents, f.SoftwareCopyrights, f.ResearchSpending,
            f.Revenue, f.Cost,
        };
        errors
            .Check(numbers.All(n => n is null or >= 0), ErrorCodes.InvalidValue, Sentence.Of("PlatformNegative"), "platform")
            .Check(!(f.DevelopersActive > f.DevelopersRegistered), ErrorCodes.InvalidValue, Sentence.Of("ActiveDevelopersAboveRegistered"), "platform.developersActive")
            .Check(!(f.KillerApps > f.Apps), ErrorCodes.InvalidValue, Sentence.Of("KillerAppsAboveApps"), "platform.killerApps")
            .Check(!(f.CloudSoftware > f.IndustrialSoftware), ErrorCodes.InvalidValue, Sentence.Of("CloudSoftwareAboveSoftware"), "platform.cloudSoftware")
            .Check(f.IndustriesCovered is null or <= 22, ErrorCodes.InvalidValue, Sentence.Of("IndustriesCoveredRange"), "platform.industriesCovered")
            .Check(f.DomainsCovered is null or <= 9, ErrorCodes.InvalidValue, Sentence.Of("DomainsCoveredRange"), "platform.domainsCovered")
            .MaxLength(f.PlatformName, 60, "platform.platformName", "平台名称");
    }
}
