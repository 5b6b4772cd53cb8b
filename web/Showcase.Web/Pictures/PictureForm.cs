using Showcase.Common;
using Showcase.Pictures;

namespace Showcase.Web.Pictures;

/// <summary>
/// The pictures part of an entity's form as the browser posts it: the kept cover and gallery by id, their captions,
/// what to remove. New files come beside it in the same multipart post (<see cref="PictureUploads"/>) and join it,
/// so a form refused for another field keeps the pictures already uploaded.
/// </summary>
public sealed class PictureForm
{
    public string? Cover { get; set; }

    public string? CoverCaption { get; set; }

    public bool RemoveCover { get; set; }

    public string[] Gallery { get; set => field = value ?? []; } = [];

    public Dictionary<string, string?> Captions { get; set => field = value ?? []; } = [];

    public string[] Remove { get; set => field = value ?? []; } = [];

    public static PictureForm From(PictureSet pictures) => new()
    {
        Cover = pictures.Cover?.Id.Value,
        CoverCaption = pictures.Cover?.Caption,
        Gallery = [.. pictures.Gallery.Select(p => p.Id.Value)],
        Captions = pictures.Gallery.ToDictionary(p => p.Id.Value, p => p.Caption),
    };

    /// <summary>The pictures the form asks for, sized from <paramref name="known"/> where it has them (the service sizes the rest from the kept files).</summary>
    public PictureSet ToSet(PictureSet known)
    {
        Picture? One(string? id, string? caption) =>
            EntityId.TryParse(id, out var picture) ? (known.Find(picture) ?? new Picture(picture, 0, 0)) with { Caption = caption } : null;

        return new PictureSet(
            RemoveCover ? null : One(Cover, CoverCaption),
            Gallery.Except(Remove).Select(id => One(id, Captions.GetValueOrDefault(id))).OfType<Picture>().ToArray());
    }
}
