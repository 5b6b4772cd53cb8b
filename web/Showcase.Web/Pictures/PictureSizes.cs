using Showcase.Api.Pictures;
using Showcase.Pictures;
using Showcase.Tenancy;

namespace Showcase.Web.Pictures;

public static class PictureSizes
{
    /// <summary>The thumbnail's size, from the display size it was made with.</summary>
    public static (int Width, int Height) Thumbnail(Picture picture)
    {
        var scale = Math.Min(1.0, (double)PictureLimits.ThumbnailEdge / Math.Max(1, Math.Max(picture.Width, picture.Height)));
        return ((int)Math.Round(picture.Width * scale), (int)Math.Round(picture.Height * scale));
    }

    /// <summary>The address of each of an entity's own pictures by id, for its Markdown body; null for any other id.</summary>
    public static Func<string, string?> Addresses(PictureSet pictures, string tenant) =>
        id => pictures.All.FirstOrDefault(p => p.Id.Value == id) is { } picture ? PortalPaths.Of(tenant).Picture(picture.Id) : null;
}
