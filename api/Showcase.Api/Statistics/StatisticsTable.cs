namespace Showcase.Api.Statistics;

/// <summary>How a table is drawn: the page draws the chart from the table itself, so the two never disagree.</summary>
public enum ChartKind
{
    /// <summary>Upright bars per row (years along the bottom), one series per value column.</summary>
    Columns,

    /// <summary>Lying bars per row (long names down the side), one series per value column.</summary>
    Bars,

    /// <summary>A box per row from its five-number summary (the columns after the count).</summary>
    Spread,

    /// <summary>A funnel of the first value column, widest first.</summary>
    Funnel,
}

/// <summary>
/// One table of a portal's statistics: what the page shows beside its chart and what a sheet of the Excel download
/// holds. <see cref="Columns"/> starts with the rows' label column.
/// </summary>
public sealed record StatisticsTable(string Key, string Title, ChartKind Chart, IReadOnlyList<string> Columns, IReadOnlyList<StatisticsRow> Rows, string? Note = null)
{
    public bool IsEmpty => Rows.Count == 0;
}

/// <summary>A row: its label (a link to the listing it counts, where there is one) and one value per value column.</summary>
public sealed record StatisticsRow(string Label, string? Href, IReadOnlyList<decimal?> Values);
