namespace Showcase.People;

[GenerateSerializer, Immutable, Alias("showcase.organisation-snapshot")]
public sealed record OrganisationSnapshot(
    [property: Id(0)] OrganisationKey Key,
    [property: Id(1)] OrganisationProfile Profile,
    [property: Id(2)] int Version,
    [property: Id(3)] DateTimeOffset CreatedAt,
    [property: Id(4)] DateTimeOffset UpdatedAt)
{
    [Id(5)] public OrganisationStatus Status { get; init; }

    /// <summary>Why it was rejected or suspended, for the applicant to read.</summary>
    [Id(6)] public string? StatusReason { get; init; }

    public bool IsVerified => Status == OrganisationStatus.Verified;

    public OrganisationSummary ToSummary() => new(Key.Id, Profile.Name, Profile.Kind, Version)
    {
        CreditCode = Profile.CreditCode,
        Status = Status,
        CreatedAt = CreatedAt,
    };
}
