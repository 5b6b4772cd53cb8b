using Showcase.Factories;
using Showcase.Web.Localization;
using Showcase.Web.Pictures;

namespace Showcase.Web.Factories;

/// <summary>The factory form's fields as the browser posts them; the hosted scenarios are kept as they are.</summary>
public sealed class FactoryForm
{
    public string Id { get; set; } = "";

    public int Version { get; set; }

    public string? Name { get; set; }

    public string? Enterprise { get; set; }

    public string? Province { get; set; }

    public string? City { get; set; }

    public string? SubIndustry { get; set; }

    public string? Level { get; set; }

    public string? Summary { get; set; }

    public string? Body { get; set; }

    public string[] Technologies { get; set => field = value ?? []; } = [];

    public string? AnsweredTask { get; set; }

    /// <summary>The declaration date (new factories only); today when empty.</summary>
    public string? On { get; set; }

    public PictureForm Pictures { get; set => field = value ?? new(); } = new();

    public EnglishForm English { get; set => field = value ?? new(); } = new();

    public static FactoryForm From(FactorySnapshot factory) => new()
    {
        Id = factory.Key.Id.Value,
        Version = factory.Version,
        Name = factory.Profile.Name,
        Enterprise = factory.Profile.Enterprise,
        Province = factory.Profile.Province,
        City = factory.Profile.City,
        SubIndustry = factory.Profile.SubIndustry,
        Level = factory.Profile.Level,
        Summary = factory.Profile.Summary,
        Body = factory.Profile.Body,
        Technologies = [.. factory.Profile.Technologies],
        AnsweredTask = factory.Profile.AnsweredTask,
        Pictures = PictureForm.From(factory.Profile.Pictures),
        English = EnglishForm.From(factory.Profile.English),
    };

    public FactoryProfile ToProfile() => new()
    {
        Name = Name,
        Enterprise = Enterprise,
        Province = Province,
        City = City,
        SubIndustry = SubIndustry,
        Level = Level,
        Summary = Summary,
        Body = Body,
        Technologies = Technologies,
        AnsweredTask = AnsweredTask,
        English = English.ToText(),
    };
}
