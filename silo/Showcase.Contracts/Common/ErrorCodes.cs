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
    public const string InvalidValue = "INVALID_VALUE";

    /// <summary>The step does not follow from where the entity stands (publishing a withdrawn draft, revoking a declared factory).</summary>
    public const string InvalidTransition = "INVALID_TRANSITION";

    /// <summary>The deadline for this step has passed (a bid after the bid deadline).</summary>
    public const string DeadlinePassed = "DEADLINE_PASSED";

    /// <summary>The applicant does not meet the conditions (揭榜条件) of what it applies to.</summary>
    public const string NotEligible = "NOT_ELIGIBLE";

    /// <summary>The item is handling as many requests as it can take: try again in a moment; nothing was changed.</summary>
    public const string Busy = "BUSY";

    /// <summary>The request needs a signed-in person (or a valid access token) and had none.</summary>
    public const string Unauthenticated = "UNAUTHENTICATED";

    /// <summary>The signed-in person may not do this.</summary>
    public const string Forbidden = "FORBIDDEN";

    /// <summary>Wrong login name or password (never says which).</summary>
    public const string InvalidCredentials = "INVALID_CREDENTIALS";

    /// <summary>
    /// Too many requests, or too many wrong passwords from this address or for this login: try again after the time in
    /// the Retry-After header (HTTP 429).
    /// </summary>
    public const string RateLimited = "RATE_LIMITED";

    /// <summary>The person's organisation is not (or no longer) verified by the portal: waiting, rejected or suspended.</summary>
    public const string NotVerified = "NOT_VERIFIED";

    /// <summary>An invitation or password-reset link that is wrong, used or expired.</summary>
    public const string InvalidToken = "INVALID_TOKEN";

    /// <summary>
    /// A dependency (the database, the disk, a host of the cluster) is down for the moment: retry after the time in the
    /// Retry-After header (HTTP 503). A change that timed out may or may not have been made; retry it with the same
    /// operation id where it takes one.
    /// </summary>
    public const string Unavailable = "UNAVAILABLE";

    /// <summary>An uploaded file whose bytes are not one of the kinds accepted there (whatever its name says).</summary>
    public const string UnsupportedFile = "UNSUPPORTED_FILE";

    /// <summary>An uploaded file, or a picture's pixel count, over the stated limit.</summary>
    public const string FileTooLarge = "FILE_TOO_LARGE";
}
