using System.Collections.Frozen;
using System.Reflection;
using System.Text.Json;

namespace Showcase.Reference;

/// <summary>Reads the taxonomy files and refuses any that would let bad codes into the catalog.</summary>
public static class TaxonomyLoader
{
    private const string ResourcePrefix = "Showcase.Reference.Data.";

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { ReadCommentHandling = JsonCommentHandling.Skip };

    public static FrozenDictionary<string, Taxonomy> LoadEmbedded(Assembly assembly)
    {
        var files = assembly.GetManifestResourceNames()
            .Where(n => n.StartsWith(ResourcePrefix, StringComparison.Ordinal) && n.EndsWith(".json", StringComparison.Ordinal))
            .Select(name =>
            {
                using var stream = assembly.GetManifestResourceStream(name)!;
                return (name, Parse(stream, name));
            });
        return Check(files);
    }

    /// <summary>Checks the lists together: unique keys and codes, parents that exist, a file named after its key.</summary>
    public static FrozenDictionary<string, Taxonomy> Check(IEnumerable<(string Source, Taxonomy Taxonomy)> files)
    {
        var byKey = new Dictionary<string, Taxonomy>(StringComparer.Ordinal);
        foreach (var (source, taxonomy) in files)
        {
            if (!byKey.TryAdd(taxonomy.Key, taxonomy))
            {
                throw new InvalidDataException($"{source}: the taxonomy key '{taxonomy.Key}' is used twice.");
            }
        }

        foreach (var taxonomy in byKey.Values)
        {
            var parents = taxonomy.ParentKey is null ? taxonomy
                : byKey.GetValueOrDefault(taxonomy.ParentKey) ?? throw new InvalidDataException($"{taxonomy.Key}: parent taxonomy '{taxonomy.ParentKey}' does not exist.");
            foreach (var term in taxonomy.Terms.Where(t => t.Parent is not null && !parents.Contains(t.Parent)))
            {
                throw new InvalidDataException($"{taxonomy.Key}: term '{term.Code}' names parent '{term.Parent}', which is not in '{parents.Key}'.");
            }
        }

        return byKey.ToFrozenDictionary(StringComparer.Ordinal);
    }

    public static Taxonomy Parse(Stream stream, string source)
    {
        var file = JsonSerializer.Deserialize<TaxonomyFile>(stream, Json) ?? throw new InvalidDataException($"{source}: empty taxonomy file.");
        if (string.IsNullOrWhiteSpace(file.Key) || string.IsNullOrWhiteSpace(file.Name) || string.IsNullOrWhiteSpace(file.Version) || file.Terms is null)
        {
            throw new InvalidDataException($"{source}: a taxonomy needs key, name, version and terms.");
        }

        var duplicate = file.Terms.GroupBy(t => t.Code, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null)
        {
            throw new InvalidDataException($"{source}: code '{duplicate.Key}' appears twice.");
        }

        var blank = file.Terms.FirstOrDefault(t => string.IsNullOrWhiteSpace(t.Code) || string.IsNullOrWhiteSpace(t.Name));
        if (blank is not null)
        {
            throw new InvalidDataException($"{source}: every term needs a code and a name ('{blank.Code}').");
        }

        var untranslated = file.Terms.FirstOrDefault(t => string.IsNullOrWhiteSpace(t.English));
        if (string.IsNullOrWhiteSpace(file.English) || string.IsNullOrWhiteSpace(file.EnglishSource) || untranslated is not null)
        {
            throw new InvalidDataException($"{source}: a taxonomy needs its English name, where its English names come from, and an English name for every term ('{untranslated?.Code}').");
        }

        return new Taxonomy(file.Key, file.Name, file.Version, file.Source ?? "", file.Terms, file.ParentTaxonomy, file.English, file.EnglishSource);
    }

    private sealed record TaxonomyFile(string Key, string Name, string? English, string Version, string? Source, string? EnglishSource, string? ParentTaxonomy, TaxonomyTerm[]? Terms);
}
