using Showcase.Api.Transfers;
using Showcase.Common;
using Showcase.Providers;
using Showcase.Web.Localization;
using Showcase.Web.Pictures;

namespace Showcase.Web.Providers;

/// <summary>
/// The provider form's fields as the browser posts them. Capabilities are typed one per line as in the import files
/// (<c>汽车/质量管控：人工智能、5G</c>), qualifications one per line, platform figures one field each.
/// </summary>
public sealed class ProviderForm
{
    public string Id { get; set; } = "";

    public int Version { get; set; }

    public string? Name { get; set; }

    public string? Kind { get; set; }

    public string? Province { get; set; }

    public string? City { get; set; }

    public string? Summary { get; set; }

    public string? Body { get; set; }

    public string? Capabilities { get; set; }

    public string? Qualifications { get; set; }

    /// <summary>The platform figures as typed, by field name (see <see cref="PlatformFigureFields"/>).</summary>
    public Dictionary<string, string?> Figures { get; set => field = value ?? []; } = [];

    public PictureForm Pictures { get; set => field = value ?? new(); } = new();

    public EnglishForm English { get; set => field = value ?? new(); } = new();

    public static ProviderForm From(ProviderSnapshot provider) => new()
    {
        Id = provider.Key.Id.Value,
        Version = provider.Version,
        Name = provider.Profile.Name,
        Kind = provider.Profile.Kind,
        Province = provider.Profile.Province,
        City = provider.Profile.City,
        Summary = provider.Profile.Summary,
        Body = provider.Profile.Body,
        Capabilities = CapabilityCells.Format(provider.Profile.Capabilities, Languages.Current),
        Qualifications = string.Join("\n", provider.Profile.Qualifications),
        Figures = PlatformFigureFields.Texts(provider.Profile.Platform),
        Pictures = PictureForm.From(provider.Profile.Pictures),
        English = EnglishForm.From(provider.Profile.English),
    };

    /// <summary>The profile to save, or the problems with what was typed.</summary>
    public (ProviderProfile Profile, IReadOnlyList<DomainError> Errors) ToProfile()
    {
        var (platform, problems) = PlatformFigureFields.Read(Figures);
        var capabilityErrors = new RowErrors(0);
        var capabilities = CapabilityCells.Parse(Capabilities, "能力", capabilityErrors);
        var errors = problems.Concat(capabilityErrors.All.Select(e => e.ToError("capabilities"))).ToArray();
        return (new ProviderProfile
        {
            Name = Name,
            Kind = Kind,
            Province = Province,
            City = City,
            Summary = Summary,
            Body = Body,
            Capabilities = capabilities,
            Qualifications = TermCells.Split(Qualifications).ToArray(),
            Platform = platform,
            English = English.ToText(),
        }, errors);
    }
}
