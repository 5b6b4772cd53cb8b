namespace Showcase.Common;

/// <summary>
/// Stable machine codes that travel in GraphQL <c>extensions.code</c>. Never rename one: clients branch on them.
/// </summary>
public static class ErrorCodes
{
    public const string InvalidTenant = "INVALID_TENANT";
    public const string TenantNotFound = "TENANT_NOT_FOUND";
    public const string InvalidId = "INVALID_ID";
    public const string NotFound = "NOT_FOUND";
    public const string AlreadyExists = "ALREADY_EXISTS";
    public const string VersionConflict = "VERSION_CONFLICT";
    public const string Required = "REQUIRED";
    public const string TooLong = "TOO_LONG";
    public const string TooMany = "TOO_MANY";
    public const string UnknownCode = "UNKNOWN_REFERENCE_CODE";
    public const string InvalidPaging = "INVALID_PAGING";
}
