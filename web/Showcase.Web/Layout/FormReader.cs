using System.Globalization;
using Showcase.Common;

namespace Showcase.Web.Layout;

/// <summary>
/// Reads what a person typed into a form model's text boxes as the values a change takes, noting each value it
/// cannot read as a sentence for its field instead of dropping it, so a form reports every problem in one pass.
/// </summary>
public sealed class FormReader
{
    private readonly List<DomainError> _errors = [];

    /// <summary>The values that could not be read, in the order they were read.</summary>
    public IReadOnlyList<DomainError> Errors => _errors;

    /// <summary>A number such as 300 or 12.5 (full-width digits too); null when blank.</summary>
    public decimal? Decimal(string? text, string field, string label, string example = "300")
    {
        if (Blank(text) is not { } typed)
        {
            return null;
        }

        if (decimal.TryParse(typed.Normalize(System.Text.NormalizationForm.FormKC), NumberStyles.Number, CultureInfo.InvariantCulture, out var value))
        {
            return value;
        }

        return Refuse<decimal>(DomainMessages.Error(ErrorCodes.InvalidValue, field, "NotANumber", label, example, typed));
    }

    /// <summary>A whole number; null when blank.</summary>
    public int? Int(string? text, string field, string label, string example = "3")
    {
        if (Blank(text) is not { } typed)
        {
            return null;
        }

        if (int.TryParse(typed.Normalize(System.Text.NormalizationForm.FormKC), NumberStyles.Integer, CultureInfo.InvariantCulture, out var value))
        {
            return value;
        }

        return Refuse<int>(DomainMessages.Error(ErrorCodes.InvalidValue, field, "NotAnInteger", label, example, typed));
    }

    /// <summary>A <c>datetime-local</c> box's value, read as Beijing time, the time the forms are filled in; null when blank.</summary>
    public DateTimeOffset? ChinaTime(string? text, string field, string label)
    {
        if (Blank(text) is not { } typed)
        {
            return null;
        }

        if (DateTime.TryParse(typed, CultureInfo.InvariantCulture, DateTimeStyles.None, out var local))
        {
            return new DateTimeOffset(local, Common.ChinaTime.Offset);
        }

        return Refuse<DateTimeOffset>(DomainMessages.Error(ErrorCodes.InvalidValue, field, "NotATime", label, typed));
    }

    /// <summary>A date such as 2027-03-31; null when blank; refused in the reader's language, naming <paramref name="label"/>.</summary>
    public DateOnly? Date(string? text, string field, string label, string example) =>
        Date(text, field, typed => DomainMessages.Error(ErrorCodes.InvalidValue, field, "NotADate", label, example, typed));

    /// <summary>A date such as 2027-03-31; null when blank; refused with <paramref name="message"/>.</summary>
    public DateOnly? Date(string? text, string field, string message) => Date(text, field, _ => new DomainError(ErrorCodes.InvalidValue, message, field));

    private DateOnly? Date(string? text, string field, Func<string, DomainError> refusal)
    {
        if (Blank(text) is not { } typed)
        {
            return null;
        }

        if (DateOnly.TryParse(typed, CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return date;
        }

        return Refuse<DateOnly>(refusal(typed));
    }

    /// <summary>Ids typed into one box, separated by commas, 、 or spaces.</summary>
    public EntityId[] Ids(string? text, string field, string label) =>
        Ids((text ?? "").Split([',', '，', '、', ' '], StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries), field, label);

    /// <summary>Ids posted one per value, such as the boxes ticked in a list; blank values are skipped.</summary>
    public EntityId[] Ids(IEnumerable<string> values, string field, string label)
    {
        var typed = values.Where(v => !string.IsNullOrWhiteSpace(v)).Select(v => v.Trim()).ToArray();
        var unreadable = typed.Where(t => !EntityId.TryParse(t, out _)).ToArray();
        if (unreadable.Length > 0)
        {
            _errors.Add(DomainMessages.Error(ErrorCodes.InvalidId, field, "BadIds", label, string.Join("、", unreadable)));
        }

        return typed.Where(t => EntityId.TryParse(t, out _)).Select(EntityId.Parse).ToArray();
    }

    /// <summary>What the form posted but could not take (a refused upload): refused with the rest, its field's rule errors left out.</summary>
    public void Refuse(IEnumerable<DomainError> errors) => _errors.AddRange(errors);

    /// <summary>
    /// Makes the change when every value was read. Otherwise stores nothing and refuses with the unreadable values
    /// and every problem the entity's own <paramref name="rules"/> find in the rest, so all of them show at once.
    /// </summary>

    public async Task<T> ChangeAsync<T>(Func<Task<T>> change, Func<Task<IReadOnlyList<DomainError>>> rules)
    {
        if (_errors.Count == 0)
        {
            return await change();
        }

        var unreadable = _errors.Select(e => e.Field).ToHashSet();
        throw new DomainException([.. _errors, .. (await rules()).Where(e => !unreadable.Contains(e.Field))]);
    }

    /// <summary>Makes the change when every value was read; otherwise stores nothing and refuses with what could not be read.</summary>
    public Task<T> ChangeAsync<T>(Func<Task<T>> change) => ChangeAsync(change, () => Task.FromResult<IReadOnlyList<DomainError>>([]));

    private static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();

    private T? Refuse<T>(DomainError error) where T : struct
    {
        _errors.Add(error);
        return null;
    }
}
