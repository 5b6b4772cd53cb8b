using Showcase.Common;

namespace Showcase.Api.Transfers;

/// <summary>
/// One problem in an imported file: the row as Excel numbers it (0 for the whole import), the column's header (as
/// the file writes it, so in Chinese), and what is wrong — a sentence made from a refusal template, so it reads in
/// the reader's language (<see cref="In"/>) while <see cref="Message"/> stays the Chinese that is logged.
/// </summary>
public sealed record ImportError(int Row, string Column, string Message, string? Template = null, IReadOnlyList<string>? Arguments = null)
{
    /// <summary>A problem with the whole file (row 0) or its header row, from a refusal template.</summary>
    public static ImportError Of(int row, string column, string template, params object[] arguments) =>
        Of(row, column, DomainMessages.Error(ErrorCodes.InvalidValue, null, template, arguments));

    public static ImportError Of(int row, string column, DomainError error) => new(row, column, error.Message, error.Template, error.Arguments);

    /// <summary>What is wrong, in <paramref name="language"/>.</summary>
    public string In(string language) => ToError(null).In(language);

    /// <summary>The problem as a form's refusal of <paramref name="field"/> (a form reads its cells as an import reads them).</summary>
    public DomainError ToError(string? field) => new(ErrorCodes.InvalidValue, Message, field, Template, Arguments);

    public override string ToString() => $"第 {Row} 行“{Column}”列：{Message}";
}

/// <summary>Collects the problems of one row, each tied to its column.</summary>
public sealed class RowErrors(int row)
{
    private readonly List<ImportError> _errors = [];

    public int Row => row;

    public IReadOnlyList<ImportError> All => _errors;

    /// <summary>A problem of <paramref name="column"/>'s cell, from a refusal template; string arguments that are labels read in the reader's language.</summary>
    public void Add(string column, string template, params object[] arguments) => _errors.Add(ImportError.Of(row, column, template, arguments));

    /// <summary>A problem the entity's own rules found in what <paramref name="column"/> held.</summary>
    public void Add(string column, DomainError error) => _errors.Add(ImportError.Of(row, column, error));
}
