using Showcase.Common;

namespace Showcase.Web.Layout;

/// <summary>
/// Ties a refused field to its message for screen readers: the control gets <c>aria-invalid</c> and
/// <c>aria-describedby</c> pointing at the message <see cref="FieldError"/> renders; nothing when the field is fine.
/// </summary>
public static class FieldErrors
{
    public static string MessageId(string field) => $"{field.Replace('.', '-')}-error";

    /// <summary>What was refused about <paramref name="field"/>; empty when it is fine.</summary>
    public static IEnumerable<DomainError> Of(IReadOnlyList<DomainError> errors, string field) => errors.Where(e => e.Field == field);

    public static string? DescribedBy(IReadOnlyList<DomainError> errors, string field) =>
        Of(errors, field).Any() ? MessageId(field) : null;

    public static string? Invalid(IReadOnlyList<DomainError> errors, string field) =>
        Of(errors, field).Any() ? "true" : null;
}
