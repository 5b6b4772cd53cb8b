using System.Buffers.Text;
using System.Globalization;
using System.Text;
using Showcase.Common;
using Showcase.Listings;

namespace Showcase.Grains.Listings;

/// <summary>
/// A position in a sorted listing: the last item's sort key and id, so the next page starts right after it even when
/// entries were added or removed meanwhile. Opaque to clients (base64url).
/// </summary>
internal static class CatalogCursor
{
    public static string For(CatalogEntry entry, CatalogSort sort)
    {
        var key = sort switch
        {
            CatalogSort.Updated => entry.UpdatedAt.UtcTicks.ToString(CultureInfo.InvariantCulture),
            CatalogSort.Title => entry.Title,
            _ => entry.SortDate.UtcTicks.ToString(CultureInfo.InvariantCulture),
        };
        return Base64Url.EncodeToString(Encoding.UTF8.GetBytes($"{sort}\n{key}\n{entry.Id}"));
    }

    /// <summary>A stand-in entry at the cursor's position, for comparing with the listing's order.</summary>
    public static CatalogEntry Parse(string cursor, CatalogSort sort)
    {
        try
        {
            var parts = Encoding.UTF8.GetString(Base64Url.DecodeFromChars(cursor)).Split('\n');
            if (parts.Length == 3 && parts[0] == sort.ToString() && EntityId.TryParse(parts[2], out var id))
            {
                var at = sort == CatalogSort.Title ? default : new DateTimeOffset(long.Parse(parts[1], CultureInfo.InvariantCulture), TimeSpan.Zero);
                return new CatalogEntry(default, id, sort == CatalogSort.Title ? parts[1] : "", null, "", false, Owner.Nobody,
                    CatalogTags.None, [], null, at, at, 0);
            }
        }
        catch (FormatException)
        {
        }

        throw new DomainException(ErrorCodes.InvalidPaging, Sentence.Of("BadCursor"), "after");
    }
}
