using Showcase.Reference;

namespace Showcase.Programs;

/// <summary>
/// What a program's notice says about applying: how many classes (or directions) one project may cover, who
/// recommends and how many, which form each class uses, which directions count as the same one in an earlier year
/// (a direction already won may not be applied for again), how long the pilot runs, the seed's own schedule, and
/// the rubric a call's experts start from (the criteria the seeds' forms ask applicants to argue).
/// </summary>
public sealed record ProgramRules(
    string Code,
    int? MaxClasses,
    int? MaxDirections,
    int PilotYears,
    IReadOnlyList<RecommenderQuota> Recommenders,
    IReadOnlyDictionary<string, string> Forms,
    string DefaultForm,
    IReadOnlyDictionary<string, IReadOnlyList<string>> SameAs,
    IReadOnlyList<string> ClosedDirections,
    SeedSchedule? SeedSchedule,
    IReadOnlyList<Challenges.RubricCriterion> Rubric)
{
    public string Name => ReferenceData.Programs.NameOf(Code);

    public IEnumerable<TaxonomyTerm> Classes => ReferenceData.Programs.ChildrenOf(Code);

    /// <summary>What an applicant chooses: the directions under each class (a class without directions is its own).</summary>
    public IEnumerable<TaxonomyTerm> Directions => Classes
        .SelectMany(c => ReferenceData.Programs.ChildrenOf(c.Code) is { Count: > 0 } directions ? directions : [c])
        .Where(d => !ClosedDirections.Contains(d.Code));

    public bool OffersDirection(string code) => Directions.Any(d => d.Code == code);

    public string ClassOf(string direction) =>
        ReferenceData.Programs.Find(direction) is { Parent: { } parent } && parent != Code ? parent : direction;

    public string FormOf(string direction) => Forms.GetValueOrDefault(ClassOf(direction)) ?? DefaultForm;

    /// <summary>The forms a project with these directions fills in, in the order of its classes.</summary>
    public IReadOnlyList<string> FormsFor(IEnumerable<string> directions) =>
        directions.Where(OffersDirection).OrderBy(d => d, StringComparer.Ordinal).Select(FormOf).Distinct().ToArray();

    public RecommenderQuota? QuotaOf(string recommenderKind) => Recommenders.FirstOrDefault(r => r.Kind == recommenderKind);

    /// <summary>Whether winning <paramref name="won"/> bars applying for <paramref name="direction"/>.</summary>
    public bool IsSameDirection(string direction, string won) =>
        direction == won || (SameAs.TryGetValue(direction, out var earlier) && earlier.Contains(won));
}

/// <summary>A kind of recommender (部机关相关司局, 地方工业和信息化主管部门, 中央企业集团) and its quota; null when the notice sets none.</summary>
public sealed record RecommenderQuota(string Kind, int? Quota);

/// <summary>The dates the seed notice itself gave, for reference when opening a call.</summary>
public sealed record SeedSchedule(DateOnly? RecommendationDue, DateOnly? ReviewDue, DateOnly? PublicationDue);

/// <summary>A province's own split of recommendations among its cities (广东: 广州、深圳 3, 其他珠三角 2, 粤东西北 1).</summary>
public sealed record QuotaScheme(string Code, string Name, string Province, IReadOnlyDictionary<string, int> Cities, int OtherCities)
{
    public int QuotaOf(string city) => Cities.TryGetValue(city, out var quota) ? quota : OtherCities;
}
