namespace Showcase.Web.Listings;

/// <summary>Provinces as the map names its regions.</summary>
public static class ProvinceNames
{
    private static readonly string[] Suffixes = ["壮族自治区", "回族自治区", "维吾尔自治区", "自治区", "特别行政区", "省", "市"];

    /// <summary>The short name a map region carries: 广西壮族自治区 → 广西, 黑龙江省 → 黑龙江, 北京市 → 北京.</summary>
    public static string ShortName(string name) =>
        Suffixes.FirstOrDefault(suffix => name.EndsWith(suffix, StringComparison.Ordinal)) is { } suffix ? name[..^suffix.Length] : name;
}
