using Showcase.Pictures;
using Showcase.Scenarios;
using Showcase.Web.Localization;
using Showcase.Web.Pictures;

namespace Showcase.Web.Scenarios;

/// <summary>The scenario form's fields as the browser posts them (checkbox groups post one value per ticked box).</summary>
public sealed class ScenarioForm
{
    public string Id { get; set; } = "";

    public int Version { get; set; }

    public string? Title { get; set; }

    public string? Summary { get; set; }

    public string[] Stages { get; set => field = value ?? []; } = [];

    public string? Industry { get; set; }

    public string? Domain { get; set; }

    public string[] Technologies { get; set => field = value ?? []; } = [];

    public string? NeedAnswered { get; set; }

    public string? Benefits { get; set; }

    public PictureForm Pictures { get; set => field = value ?? new(); } = new();

    public EnglishForm English { get; set => field = value ?? new(); } = new();

    public static ScenarioForm From(ScenarioSnapshot scenario) => new()
    {
        Id = scenario.Key.Id.Value,
        Version = scenario.Version,
        Title = scenario.Content.Title,
        Summary = scenario.Content.Summary,
        Stages = [.. scenario.Content.Stages],
        Industry = scenario.Content.Industry,
        Domain = scenario.Content.Domain,
        Technologies = [.. scenario.Content.Technologies],
        NeedAnswered = scenario.Content.NeedAnswered,
        Benefits = scenario.Content.Benefits,
        Pictures = PictureForm.From(scenario.Content.Pictures),
        English = EnglishForm.From(scenario.Content.English),
    };

    /// <summary>The content to save, its pictures sized from <paramref name="pictures"/>.</summary>
    public ScenarioContent ToContent(PictureSet pictures) => new()
    {
        Pictures = Pictures.ToSet(pictures),
        English = English.ToText(),
        Title = Title,
        Summary = Summary,
        Stages = Stages,
        Industry = Industry,
        Domain = Domain,
        Technologies = Technologies,
        NeedAnswered = NeedAnswered,
        Benefits = Benefits,
    };
}
