using System.Globalization;
using System.Text.RegularExpressions;
using Showcase.Api.Search;
using Showcase.Cases;
using Showcase.Challenges;
using Showcase.Common;
using Showcase.Catalog.Search;
using Showcase.Listings;
using Showcase.Reference;
using Showcase.Scenarios;
using Showcase.Tenancy;

namespace Showcase.Silo.Search;

/// <summary>
/// What the search index holds of a published catalog item: its public content (a case's published revision), with
/// the names of its tags in the text so 钢铁 or 质量管控 find it, and its codes as facets.
/// </summary>
public static partial class CatalogSearchDocuments
{
    /// <summary>The item's document, or null when it is not public (then it must leave the index).</summary>
    public static async Task<SearchDocument?> LoadAsync(IGrainFactory grains, SearchItem item)
    {
        var tenant = item.Tenant.Value;
        var id = item.Id.Value;
        if (item.Kind == SearchKinds.Scenario)
        {
            return await grains.GetScenario(new ScenarioKey(item.Tenant, item.Id)).GetAsync() is { Status: ScenarioStatus.Published } scenario
                ? Scenario(scenario)
                : null;
        }

        if (item.Kind == SearchKinds.Challenge)
        {
            return await grains.GetChallenge(new ChallengeKey(item.Tenant, item.Id)).GetAsync() is { Status: ChallengeStatus.Open } challenge
                ? Challenge(challenge)
                : null;
        }

        var key = new CatalogKey(item.Tenant, item.Id);
        switch (CatalogGrainFactoryExtensions.ParseKindSegment(item.Kind))
        {
            case CatalogKind.Case when await grains.GetCase(key).GetAsync() is { Published: { } published } snapshot:
                return Case(key, snapshot.Version, published.Content, published.SavedAt);

            case CatalogKind.Factory when await grains.GetFactory(key).GetAsync() is { IsPublic: true } factory:
            {
                var p = factory.Profile;
                var industry = p.SubIndustry is null ? [] : new[] { p.SubIndustry };
                return new SearchDocument(tenant, Segment(CatalogKind.Factory), id, factory.Version, p.Name ?? "", p.Enterprise,
                    Text(p.Summary, p.Body, Names(ReferenceData.Sectors, industry), Names(ReferenceData.Technologies, p.Technologies), p.AnsweredTask),
                    Facets(Segment(CatalogKind.Factory), [], [], p.Technologies, p.Province, [], factory.Title.Since.Year.ToString(CultureInfo.InvariantCulture), p.Level),
                    factory.UpdatedAt).WithEnglish(p.English, English(ReferenceData.Sectors, industry), English(ReferenceData.Technologies, p.Technologies));
            }

            case CatalogKind.PilotZone when await grains.GetPilotZone(key).GetAsync() is { IsPublic: true } zone:
            {
                var p = zone.Profile;
                var province = p.Cities.Select(c => ReferenceData.Cities.Find(c)?.Parent).FirstOrDefault(x => x is not null);
                return new SearchDocument(tenant, Segment(CatalogKind.PilotZone), id, zone.Version, p.Name ?? "", Names(ReferenceData.Cities, p.Cities),
                    Text(p.Summary, p.Body, Names(ReferenceData.Industries, p.Industries), string.Join(" ", p.Policies.Select(x => x.Title + " " + x.Summary))),
                    Facets(Segment(CatalogKind.PilotZone), p.Industries, [], [], province, [], zone.Title.Since.Year.ToString(CultureInfo.InvariantCulture), null),
                    zone.UpdatedAt).WithEnglish(p.English, English(ReferenceData.Cities, p.Cities), English(ReferenceData.Industries, p.Industries));
            }

            case CatalogKind.Provider when await grains.GetProvider(key).GetAsync() is { IsPublic: true } provider:
            {
                var p = provider.Profile;
                var industries = p.Capabilities.Select(c => c.Industry).Distinct().ToArray();
                var domains = p.Capabilities.Select(c => c.Domain).Distinct().ToArray();
                var technologies = p.Capabilities.SelectMany(c => c.Technologies).Distinct().ToArray();
                return new SearchDocument(tenant, Segment(CatalogKind.Provider), id, provider.Version, p.Name ?? "", p.Kind is null ? null : ReferenceData.ApplicantKinds.NameOf(p.Kind),
                    Text(p.Summary, p.Body, Names(ReferenceData.Industries, industries), Names(ReferenceData.Domains, domains),
                        Names(ReferenceData.Technologies, technologies), string.Join(" ", p.Qualifications), p.Platform?.PlatformName),
                    Facets(Segment(CatalogKind.Provider), industries, domains, technologies, p.Province, [], null, null),
                    provider.ListedAt ?? provider.UpdatedAt).WithEnglish(p.English, English(ReferenceData.Industries, industries), English(ReferenceData.Domains, domains),
                        English(ReferenceData.Technologies, technologies));
            }

            default:
                return null;
        }
    }

    /// <summary>A case's document from its published content.</summary>
    public static SearchDocument Case(CatalogKey key, long version, CaseContent c, DateTimeOffset publishedAt) =>
        new SearchDocument(key.Tenant.Value, Segment(CatalogKind.Case), key.Id.Value, version, c.Title ?? "", c.Organisation,
            Text(c.Summary, c.Body, Names(ReferenceData.Industries, c.Industries), Names(ReferenceData.Domains, c.Domains),
                Names(ReferenceData.Technologies, c.Technologies), Names(ReferenceData.Scenes, c.Scenes), Names(ReferenceData.Programs, c.Programs),
                string.Join(" ", c.Metrics.Select(m => m.Name))),
            Facets(Segment(CatalogKind.Case), c.Industries, c.Domains, c.Technologies, c.Province, c.Programs, c.Year?.ToString(CultureInfo.InvariantCulture), null),
            publishedAt).WithEnglish(c.English, English(ReferenceData.Industries, c.Industries), English(ReferenceData.Domains, c.Domains),
                English(ReferenceData.Technologies, c.Technologies), English(ReferenceData.Scenes, c.Scenes), English(ReferenceData.Programs, c.Programs));

    /// <summary>A published scenario: what it answers and what it brought, under its industry, domain and technologies.</summary>
    public static SearchDocument Scenario(ScenarioSnapshot scenario)
    {
        var c = scenario.Content;
        var industries = c.Industry is null ? [] : new[] { c.Industry };
        var domains = c.Domain is null ? [] : new[] { c.Domain };
        return new SearchDocument(scenario.Key.Tenant.Value, SearchKinds.Scenario, scenario.Key.Id.Value, scenario.Version, c.Title ?? "",
            string.Join(" · ", new[] { Names(ReferenceData.Industries, industries), Names(ReferenceData.Domains, domains) }.Where(n => n.Length > 0)),
            Text(c.Summary, c.NeedAnswered, c.Benefits, Names(ReferenceData.Stages, c.Stages), Names(ReferenceData.Technologies, c.Technologies)),
            Facets(SearchKinds.Scenario, industries, domains, c.Technologies, null, [], null, null),
            scenario.PublishedAt ?? scenario.UpdatedAt).WithEnglish(c.English, English(ReferenceData.Industries, industries), English(ReferenceData.Domains, domains),
                English(ReferenceData.Stages, c.Stages), English(ReferenceData.Technologies, c.Technologies));
    }

    /// <summary>An open challenge: its goals, background and indicators, under its industry, domain, technologies and province.</summary>
    public static SearchDocument Challenge(ChallengeSnapshot challenge)
    {
        var c = challenge.Content;
        var industries = c.Industry is null ? [] : new[] { c.Industry };
        var domains = c.Domain is null ? [] : new[] { c.Domain };
        return new SearchDocument(challenge.Key.Tenant.Value, SearchKinds.Challenge, challenge.Key.Id.Value, challenge.Version, c.Title ?? "",
            c.BidsDue is { } due ? $"揭榜截止 {due:yyyy-MM-dd}" : null,
            Text(c.Goals, c.Background, string.Join(" ", c.Indicators.Select(i => i.Name)), Names(ReferenceData.Industries, industries),
                Names(ReferenceData.Domains, domains), Names(ReferenceData.Technologies, c.Technologies)),
            Facets(SearchKinds.Challenge, industries, domains, c.Technologies, c.Province, [], (challenge.OpenedAt ?? challenge.UpdatedAt).Year.ToString(CultureInfo.InvariantCulture), null),
            challenge.OpenedAt ?? challenge.UpdatedAt).WithEnglish(c.English, English(ReferenceData.Industries, industries), English(ReferenceData.Domains, domains),
                English(ReferenceData.Technologies, c.Technologies));
    }

    private static string Segment(CatalogKind kind) => CatalogGrainFactoryExtensions.KindSegment(kind);

    private static string Names(Taxonomy taxonomy, IEnumerable<string> codes) => string.Join(" ", codes.Select(taxonomy.NameOf));

    private static string English(Taxonomy taxonomy, IEnumerable<string> codes) =>
        string.Join(" ", codes.Select(code => taxonomy.NameOf(code, TenantProfile.English)));

    /// <summary>The item's English as written (title, summary and body), and its tags' English names, so English words find it by stems.</summary>
    private static SearchDocument WithEnglish(this SearchDocument document, EnglishText english, params string[] tagNames) => document with
    {
        EnglishTitle = string.IsNullOrWhiteSpace(english.Title) ? null : english.Title,
        EnglishText = Text(english.Summary, english.Body) is { Length: > 0 } text ? text : null,
        EnglishTerms = string.Join("\n", tagNames.Where(n => n.Length > 0)) is { Length: > 0 } terms ? terms : null,
    };

    /// <summary>The parts as plain text: Markdown marks (headings, emphasis, quotes, list bullets, link targets) dropped, so snippets read cleanly.</summary>
    private static string Text(params string?[] parts) =>
        Markdown().Replace(Link().Replace(string.Join("\n", parts.Where(p => !string.IsNullOrWhiteSpace(p))), "$1"), "");

    [GeneratedRegex(@"\[([^\]]*)\]\([^)]*\)")]
    private static partial Regex Link();

    [GeneratedRegex(@"(?m)^\s*(#{1,6}|>|[-*+]|\d+\.)\s+|[*_`~]+")]
    private static partial Regex Markdown();

    /// <summary>Program codes count with their ancestors, so filtering by a program finds its directions' items.</summary>
    private static Dictionary<string, IReadOnlyList<string>> Facets(string kind, IReadOnlyList<string> industries, IReadOnlyList<string> domains,
        IReadOnlyList<string> technologies, string? province, IReadOnlyList<string> programs, string? year, string? level) => new()
    {
        [SearchFacets.Kind] = [kind],
        [SearchFacets.Industry] = industries,
        [SearchFacets.Domain] = domains,
        [SearchFacets.Technology] = technologies,
        [SearchFacets.Province] = province is null ? [] : [province],
        [SearchFacets.Program] = programs.SelectMany(Ancestry).Distinct().ToArray(),
        [SearchFacets.Year] = year is null ? [] : [year],
        [SearchFacets.Level] = level is null ? [] : [level],
    };

    private static IEnumerable<string> Ancestry(string code)
    {
        for (var term = ReferenceData.Programs.Find(code); term is not null; term = term.Parent is null ? null : ReferenceData.Programs.Find(term.Parent))
        {
            yield return term.Code;
        }
    }
}
