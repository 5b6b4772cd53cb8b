using Showcase.Common;
using Showcase.Files;
using Showcase.Programs;

namespace Showcase.Web.Programs.Forms;

/// <summary>
/// An application as typed: the cover (project, directions, recommender), each answer by its key
/// (<c>{form}/{field}</c>), the files kept in each slot, the pledge, and whether it is saved or submitted.
/// </summary>
public sealed class ApplicationInput
{
    public int Version { get; set; }

    public string? ProjectName { get; set; }

    public string[] Directions { get; set => field = value ?? []; } = [];

    public string? Recommender { get; set; }

    public Dictionary<string, string?> Answers { get; set => field = value ?? []; } = [];

    /// <summary>The files ticked to keep, each <c>{form}/{slot}|{id}</c> (<see cref="FileValue"/>).</summary>
    public string[] Files { get; set => field = value ?? []; } = [];

    /// <summary>The slots the page showed: only their files are replaced by those ticked.</summary>
    public string[] FileSlots { get; set => field = value ?? []; } = [];

    public bool Pledge { get; set; }

    /// <summary><c>submit</c> to submit after saving; anything else saves a draft.</summary>
    public string? Action { get; set; }

    public bool Submits => Action == "submit";

    public static string FileValue(string slot, EntityId file) => $"{slot}|{file}";

    /// <summary>The name of the file input that adds files to a slot; read from the request, not bound.</summary>
    public static string NewFilesName(string slot) => $"NewFiles[{slot}]";

    /// <summary>
    /// The content to save: answers and files of forms not shown now (directions changed) are kept as they were;
    /// files are named by id only, the service fills in the rest.
    /// </summary>
    public ProgramApplicationContent ToContent(ProgramApplicationContent? saved) => new()
    {
        ProjectName = ProjectName,
        Directions = Directions,
        Recommender = EntityId.TryParse(Recommender, out var recommender) ? recommender : null,
        Answers = (saved?.Answers ?? new Dictionary<string, string>())
            .Concat(Answers.Select(a => KeyValuePair.Create(a.Key, a.Value ?? "")))
            .GroupBy(a => a.Key).ToDictionary(g => g.Key, g => g.Last().Value),
        Files = (saved?.Files ?? new Dictionary<string, IReadOnlyList<Attachment>>())
            .Where(f => !FileSlots.Contains(f.Key))
            .Concat(Files.Select(ParseFile).OfType<(string Slot, EntityId Id)>().GroupBy(f => f.Slot)
                .Select(g => KeyValuePair.Create(g.Key, (IReadOnlyList<Attachment>)[.. g.Select(f => Attachment.Named(f.Id))])))
            .ToDictionary(f => f.Key, f => f.Value),
    };

    /// <summary>Adds a file just uploaded to a slot, ticked, so a post refused for another field keeps it.</summary>
    public void Tick(string slot, EntityId file) => Files = [.. Files, FileValue(slot, file)];

    private static (string Slot, EntityId Id)? ParseFile(string value) =>
        value.Split('|') is [var slot, var id] && EntityId.TryParse(id, out var file) ? (slot, file) : null;
}
