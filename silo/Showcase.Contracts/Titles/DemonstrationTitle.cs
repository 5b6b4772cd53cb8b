namespace Showcase.Titles;

/// <summary>
/// A factory's or pilot zone's title: where it stands, since when, until when it is valid (the end of the building
/// period while building, of the three-year validity once recognised), and every step that led here.
/// </summary>
[GenerateSerializer, Immutable, Alias("showcase.demonstration-title")]
public sealed record DemonstrationTitle(
    [property: Id(0)] TitleStatus Status,
    [property: Id(1)] DateOnly Since,
    [property: Id(2)] DateOnly? ValidUntil,
    [property: Id(3)] IReadOnlyList<TitleStep> Steps)
{
    /// <summary>Statuses in which the title is in force and the sweep watches its validity.</summary>
    public static IReadOnlyList<TitleStatus> InForce { get; } = [TitleStatus.Recognised];

    /// <summary>Whether the public catalog shows it (revoked titles are shown, as revoked).</summary>
    public bool IsPublic(bool publicWhileBuilding) => Status switch
    {
        TitleStatus.Recognised or TitleStatus.ReevaluationDue or TitleStatus.Revoked => true,
        TitleStatus.Building => publicWhileBuilding,
        _ => false,
    };

    /// <summary>The day the title was revoked, when it was.</summary>
    public DateOnly? RevokedOn => Status == TitleStatus.Revoked ? Since : null;
}
