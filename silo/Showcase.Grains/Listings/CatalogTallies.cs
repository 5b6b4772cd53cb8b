using Showcase.Listings;

namespace Showcase.Grains.Listings;

/// <summary>Adds up a directory's public entries into a <see cref="CatalogTally"/>, in one pass over them.</summary>
internal static class CatalogTallies
{
    public static CatalogTally Of(IEnumerable<CatalogEntry> entries)
    {
        var total = 0;
        var byYear = new Dictionary<int, int>();
        var byProvince = new Dictionary<string, int>(StringComparer.Ordinal);
        var byIndustry = new Dictionary<string, int>(StringComparer.Ordinal);
        var byDomain = new Dictionary<string, int>(StringComparer.Ordinal);
        var changes = new Dictionary<(string Domain, string Name, string Unit), List<decimal>>();
        foreach (var e in entries)
        {
            if (!e.IsPublic)
            {
                continue;
            }

            total++;
            if (e.Figures?.Year is { } year)
            {
                Count(byYear, year);
            }

            CountEach(byProvince, e.Provinces);
            CountEach(byIndustry, e.Tags.Industries);
            if (e.Tags.Sector is { } sector && !e.Tags.Industries.Contains(sector))
            {
                Count(byIndustry, sector);
            }

            CountEach(byDomain, e.Tags.Domains);
            AddChanges(changes, e);
        }

        return new CatalogTally(total, byYear, byProvince, byIndustry, byDomain,
            [.. changes.Select(c => MetricSpread.Of(c.Key.Domain, c.Key.Name, c.Key.Unit, c.Value))
                .OrderByDescending(s => s.Count).ThenBy(s => s.Domain, StringComparer.Ordinal).ThenBy(s => s.Name, StringComparer.Ordinal)]);
    }

    /// <summary>Each indicator a case measured, once per case and per domain of the case.</summary>
    private static void AddChanges(Dictionary<(string Domain, string Name, string Unit), List<decimal>> changes, CatalogEntry e)
    {
        var measured = e.Figures?.Changes ?? [];
        for (var d = 0; d < e.Tags.Domains.Count; d++)
        {
            var domain = e.Tags.Domains[d];
            if (IndexOf(e.Tags.Domains, domain) != d)
            {
                continue;
            }

            for (var m = 0; m < measured.Count; m++)
            {
                var change = measured[m];
                if (FirstOf(measured, change) != m)
                {
                    continue;
                }

                var key = (domain, change.Name, change.Unit);
                if (!changes.TryGetValue(key, out var values))
                {
                    changes[key] = values = [];
                }

                values.Add(change.Percent);
            }
        }
    }

    private static void CountEach(Dictionary<string, int> counts, IReadOnlyList<string> keys)
    {
        for (var i = 0; i < keys.Count; i++)
        {
            if (IndexOf(keys, keys[i]) == i)
            {
                Count(counts, keys[i]);
            }
        }
    }

    private static void Count<TKey>(Dictionary<TKey, int> counts, TKey key)
        where TKey : notnull =>
        counts[key] = counts.GetValueOrDefault(key) + 1;

    private static int IndexOf(IReadOnlyList<string> list, string value)
    {
        for (var i = 0; i < list.Count; i++)
        {
            if (string.Equals(list[i], value, StringComparison.Ordinal))
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>The first measured change with the same indicator and unit.</summary>
    private static int FirstOf(IReadOnlyList<MetricChange> measured, MetricChange change)
    {
        for (var i = 0; i < measured.Count; i++)
        {
            if (measured[i].Name == change.Name && measured[i].Unit == change.Unit)
            {
                return i;
            }
        }

        return -1;
    }
}
