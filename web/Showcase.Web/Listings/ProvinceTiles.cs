namespace Showcase.Web.Listings;

/// <summary>
/// A tile-grid map of China: one square per province, placed so neighbours stay roughly where they are on a
/// geographic map (north up, east right). Equal tiles keep small provinces as readable as large ones.
/// </summary>
public static class ProvinceTiles
{
    /// <summary>Province code → (column, row) on a 9 × 9 grid.</summary>
    public static IReadOnlyDictionary<string, (int Column, int Row)> Positions { get; } = new Dictionary<string, (int, int)>
    {
        ["23"] = (8, 0),
        ["15"] = (6, 1), ["22"] = (8, 1),
        ["65"] = (1, 2), ["62"] = (3, 2), ["64"] = (4, 2), ["11"] = (6, 2), ["21"] = (7, 2),
        ["63"] = (2, 3), ["61"] = (4, 3), ["14"] = (5, 3), ["13"] = (6, 3), ["12"] = (7, 3),
        ["54"] = (1, 4), ["51"] = (3, 4), ["50"] = (4, 4), ["41"] = (5, 4), ["37"] = (6, 4),
        ["53"] = (3, 5), ["52"] = (4, 5), ["42"] = (5, 5), ["34"] = (6, 5), ["32"] = (7, 5), ["31"] = (8, 5),
        ["45"] = (4, 6), ["43"] = (5, 6), ["36"] = (6, 6), ["33"] = (7, 6),
        ["44"] = (5, 7), ["35"] = (7, 7),
        ["46"] = (5, 8),
    };

    /// <summary>The short name shown on a tile: 广西壮族自治区 → 广西, 黑龙江省 → 黑龙江.</summary>
    public static string ShortName(string name)
    {
        foreach (var suffix in new[] { "壮族自治区", "回族自治区", "维吾尔自治区", "自治区", "特别行政区", "省", "市" })
        {
            if (name.EndsWith(suffix, StringComparison.Ordinal))
            {
                return name[..^suffix.Length];
            }
        }

        return name;
    }

    /// <summary>A fill from pale to the brand blue by share of the largest count; none is grey.</summary>
    public static string Fill(int count, int max) => count == 0 || max == 0
        ? "#eef2f6"
        : (count * 4 / (max + 1)) switch
        {
            0 => "#c6d8f5",
            1 => "#8fb1e8",
            2 => "#4f7fd0",
            _ => "#0b3d91",
        };

    public static string TextColour(int count, int max) => count > 0 && count * 4 / (max + 1) >= 2 ? "#fff" : "#1f2933";
}
