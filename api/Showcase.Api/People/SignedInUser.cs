using Showcase.People;

namespace Showcase.Api.People;

/// <summary>Who a request's principal says it is.</summary>
public sealed record SignedInUser(AccountKey Account, string DisplayName, Membership Membership, bool IsPlatformAdmin, string SecurityStamp);
