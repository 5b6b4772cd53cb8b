using Showcase.People;

namespace Showcase.Api.People.SignUp;

/// <summary>
/// What a person fills in to join a portal: themselves, and either a new organisation (<see cref="Organisation"/>,
/// which waits for verification) or the 统一社会信用代码 of one already here to ask to join (<see cref="JoinCreditCode"/>).
/// </summary>
public sealed record SignUpRequest
{
    public string Login { get; init; } = "";

    public string DisplayName { get; init; } = "";

    public string? Mobile { get; init; }

    public string? Email { get; init; }

    public string Password { get; init; } = "";

    public OrganisationProfile? Organisation { get; init; }

    public string? JoinCreditCode { get; init; }
}

/// <summary>The person who joined, and where they stand.</summary>
public sealed record SignUpResult(AccountSnapshot Account, OrganisationSnapshot Organisation, bool Joining);
