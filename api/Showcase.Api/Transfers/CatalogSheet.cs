using Showcase.Audit;
using Showcase.Catalog.Spreadsheets;
using Showcase.Common;
using Showcase.Listings;

namespace Showcase.Api.Transfers;

/// <summary>
/// How one kind of catalog entity goes into and out of a spreadsheet: its columns, reading a row into what the
/// entity's grain takes, checking it with the grain's own rules, creating it, and writing an entity out as a row.
/// </summary>
public abstract class CatalogSheet
{
    public abstract CatalogKind Kind { get; }

    public abstract IReadOnlyList<SheetColumn> Columns { get; }

    /// <summary>The columns an import reads (and a template shows).</summary>
    public IEnumerable<SheetColumn> ImportColumns => Columns.Where(c => !c.ExportOnly);

    /// <summary>Reads one row; problems go to <paramref name="errors"/> and the result is then meaningless.</summary>
    public abstract object Read(SheetTable table, SheetRow row, RowErrors errors);

    /// <summary>What the grain would refuse this item for, once created (and published or listed, with <paramref name="publish"/>).</summary>
    public abstract Task<IReadOnlyList<DomainError>> CheckAsync(IGrainFactory grains, object item, bool publish);

    public abstract Task CreateAsync(IGrainFactory grains, CatalogKey key, object item, Owner owner, Actor by, bool publish, DateOnly today);

    /// <summary>The entity as a row of the full layout, or null when it is gone.</summary>
    public abstract Task<IReadOnlyList<object?>?> ExportAsync(IGrainFactory grains, CatalogKey key, int number);

    /// <summary>The header of the column a rule's field belongs to (<c>metrics[2]</c> → 成效指标).</summary>
    public string HeaderOf(string? field)
    {
        var root = field?.Split('.', '[')[0];
        return Columns.FirstOrDefault(c => c.Fields.Contains(field) || c.Fields.Contains(root))?.Header ?? Columns[1].Header;
    }

    protected static string? Cell(SheetTable table, SheetRow row, string header) => row[table.ColumnOf(header)];
}
