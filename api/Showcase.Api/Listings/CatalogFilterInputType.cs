using GraphQL.Types;
using Showcase.Api.GraphQL;
using Showcase.Common;
using Showcase.Listings;

namespace Showcase.Api.Listings;

/// <summary>The filters of a catalog listing; paging and sorting are separate arguments.</summary>
public sealed class CatalogFilterInputType : InputObjectGraphType<CatalogQuery>
{
    public CatalogFilterInputType()
    {
        Name = "CatalogFilterInput";
        Description = "Values within one filter are alternatives (any of them matches); all given filters must hold. Program and sector codes match their descendants (a program matches its directions).";
        this.Codes("statuses", "Status codes in kebab case: cases `draft`, `in-review`, `published`, `withdrawn`; titles `declared`, `under-review`, `building`, `recognised`, `reevaluation-due`, `revoked`, `rejected`; providers `draft`, `listed`, `delisted`.");
        this.Codes("industries", "`industry` codes.");
        this.Codes("domains", "`domain` codes.");
        this.Codes("technologies", "`technology` codes.");
        this.Codes("programs", "`program` codes: a program, a class or a direction.");
        this.Codes("provinces", "`province` codes.");
        this.Codes("cities", "`city` codes.");
        this.Codes("sectors", "`sector` codes: a sector group or a sub-industry (factories).");
        this.Codes("levels", "`level` codes (factories).");
        Field<IdGraphType>("linkedTo").Description("Only entries linked to this entity: the cases of a factory, a provider's delivered cases, a zone's members.");
        Field<StringGraphType>("titleContains").Description("Only entries whose name contains these characters (use `search` for full-text search).");
    }

    public override object ParseDictionary(IDictionary<string, object?> value) => new CatalogQuery
    {
        Statuses = value.List<string>("statuses"),
        Industries = value.List<string>("industries"),
        Domains = value.List<string>("domains"),
        Technologies = value.List<string>("technologies"),
        Programs = value.List<string>("programs"),
        Provinces = value.List<string>("provinces"),
        Cities = value.List<string>("cities"),
        Sectors = value.List<string>("sectors"),
        Levels = value.List<string>("levels"),
        LinkedTo = value.String("linkedTo") is { } linked && EntityId.TryParse(linked, out var id) ? id : null,
        TitleContains = value.String("titleContains"),
    };
}
