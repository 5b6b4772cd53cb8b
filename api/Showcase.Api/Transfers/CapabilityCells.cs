using Showcase.Providers;
using Showcase.Reference;
using Showcase.Tenancy;

namespace Showcase.Api.Transfers;

/// <summary>
/// A provider's capabilities in one cell, one per line (or separated by ；): <c>行业/领域：技术、技术</c>, e.g.
/// <c>汽车/质量管控：人工智能、5G</c>; the technologies may be left out.
/// </summary>
public static class CapabilityCells
{
    public const string Example = "汽车/质量管控：人工智能、5G";

    /// <summary>One line per capability, its names in <paramref name="language"/> (which <see cref="Parse"/> reads back too).</summary>
    public static string Format(IEnumerable<Capability> capabilities, string language = TenantProfile.Chinese) => string.Join("\n", capabilities.Select(c =>
        $"{TermCells.Format(ReferenceData.Industries, c.Industry, language)}/{TermCells.Format(ReferenceData.Domains, c.Domain, language)}"
        + (c.Technologies.Count > 0 ? (language == TenantProfile.English ? ": " : "：") + TermCells.Format(ReferenceData.Technologies, c.Technologies, language) : "")));

    public static IReadOnlyList<Capability> Parse(string? cell, string column, RowErrors errors)
    {
        var capabilities = new List<Capability>();
        foreach (var item in (cell ?? "").Split(['\n', '\r', '；', ';'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var (pair, technologies) = item.Split(['：', ':'], 2) is [var p, var t] ? (p, t) : (item, null);
            if (pair.Split(['/', '／', '×'], 2, StringSplitOptions.TrimEntries) is not [var industry, var domain])
            {
                errors.Add(column, "UnreadableCapability", item);
                continue;
            }

            capabilities.Add(new Capability(
                TermCells.ParseOne(ReferenceData.Industries, industry, column, errors) ?? "",
                TermCells.ParseOne(ReferenceData.Domains, domain, column, errors) ?? "",
                TermCells.Parse(ReferenceData.Technologies, technologies, column, errors)));
        }

        return capabilities;
    }
}
