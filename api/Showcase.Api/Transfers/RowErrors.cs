namespace Showcase.Api.Transfers;

/// <summary>One problem in an imported file: the row as Excel numbers it, the column's header, and what is wrong.</summary>
public sealed record ImportError(int Row, string Column, string Message)
{
    public override string ToString() => $"第 {Row} 行“{Column}”列：{Message}";
}

/// <summary>Collects the problems of one row, each tied to its column.</summary>
public sealed class RowErrors(int row)
{
    private readonly List<ImportError> _errors = [];

    public int Row => row;

    public IReadOnlyList<ImportError> All => _errors;

    public void Add(string column, string message) => _errors.Add(new ImportError(row, column, message));
}
