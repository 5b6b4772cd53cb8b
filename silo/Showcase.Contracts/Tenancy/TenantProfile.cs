namespace Showcase.Tenancy;

/// <summary>
/// How a tenant's portal presents itself and what it offers: name, one-line description, default language,
/// switched-on features, who may sign up and the host names that lead straight to it.
/// </summary>
[GenerateSerializer, Immutable, Alias("showcase.tenant-profile")]
public sealed record TenantProfile(
    [property: Id(0)] string Name,
    [property: Id(1)] string Description,
    [property: Id(2)] string DefaultLocale = TenantProfile.Chinese,
    [property: Id(3)] TenantFeatures? Features = null,
    [property: Id(4)] IReadOnlyList<string>? HostNames = null)
{
    public const string Chinese = "zh-CN";
    public const string English = "en";

    public static IReadOnlyList<string> Locales { get; } = [Chinese, English];

    /// <summary>The language a request is read in (its <see cref="System.Globalization.CultureInfo.CurrentUICulture"/>): <see cref="English"/> or <see cref="Chinese"/>.</summary>
    public static string CurrentLanguage => System.Globalization.CultureInfo.CurrentUICulture.Name == English ? English : Chinese;

    /// <summary>Who may join the portal by themselves (<see cref="SignUpMode"/>).</summary>
    [Id(5)] public SignUpMode SignUp { get; init; }

    public TenantFeatures EnabledFeatures => Features ?? TenantFeatures.Default;

    public IReadOnlyList<string> Hosts => HostNames ?? [];

    public bool Equals(TenantProfile? other) =>
        other is not null && Name == other.Name && Description == other.Description && DefaultLocale == other.DefaultLocale
        && EnabledFeatures == other.EnabledFeatures && Hosts.SequenceEqual(other.Hosts) && SignUp == other.SignUp;

    public override int GetHashCode() => HashCode.Combine(Name, Description, DefaultLocale);
}
