using Showcase.Common;
using Showcase.Programs;

namespace Showcase.Web.Programs.Forms;

/// <summary>
/// An application as typed: the cover (project, directions, recommender), each answer by its key
/// (<c>{form}/{field}</c>), the pledge, and whether it is saved or submitted.
/// </summary>
public sealed class ApplicationInput
{
    public int Version { get; set; }

    public string? ProjectName { get; set; }

    public string[] Directions { get; set => field = value ?? []; } = [];

    public string? Recommender { get; set; }

    public Dictionary<string, string?> Answers { get; set => field = value ?? []; } = [];

    public bool Pledge { get; set; }

    /// <summary><c>submit</c> to submit after saving; anything else saves a draft.</summary>
    public string? Action { get; set; }

    public bool Submits => Action == "submit";

    /// <summary>The content to save: answers of forms not shown now (directions changed) are kept as they were.</summary>
    public ProgramApplicationContent ToContent(ProgramApplicationContent? saved) => new()
    {
        ProjectName = ProjectName,
        Directions = Directions,
        Recommender = EntityId.TryParse(Recommender, out var recommender) ? recommender : null,
        Answers = (saved?.Answers ?? new Dictionary<string, string>())
            .Concat(Answers.Select(a => KeyValuePair.Create(a.Key, a.Value ?? "")))
            .GroupBy(a => a.Key).ToDictionary(g => g.Key, g => g.Last().Value),
    };
}
