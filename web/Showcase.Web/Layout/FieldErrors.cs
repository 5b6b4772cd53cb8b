using Showcase.Common;

namespace Showcase.Web.Layout;

/// <summary>
/// Ties a refused field to its message for screen readers: the control gets <c>aria-invalid</c> and
/// <c>aria-describedby</c> pointing at the message <see cref="FieldError"/> renders; nothing when the field is fine.
/// </summary>
public static class FieldErrors
{
    public static string MessageId(string field) => $"{field.Replace('.', '-')}-error";

    public static string? DescribedBy(IReadOnlyList<DomainError> errors, string field) =>
        errors.Any(e => e.Field == field) ? MessageId(field) : null;

    public static string? Invalid(IReadOnlyList<DomainError> errors, string field) =>
        errors.Any(e => e.Field == field) ? "true" : null;
}
