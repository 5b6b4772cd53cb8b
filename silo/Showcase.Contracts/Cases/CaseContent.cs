using Showcase.Common;
using Showcase.Pictures;

namespace Showcase.Cases;

/// <summary>
/// What an author writes for a case. Codes refer to the reference lists (<see cref="Reference.ReferenceData"/>).
/// A draft may be incomplete; publishing needs what the catalog and the 汇总表 show.
/// </summary>
[GenerateSerializer, Immutable, Alias("showcase.case-content")]
public sealed record CaseContent
{
    /// <summary>案例名称 (the 汇总表's 项目名称).</summary>
    [Id(0)] public string? Title { get; init; }

    /// <summary>One or two sentences for listings.</summary>
    [Id(1)] public string? Summary { get; init; }

    /// <summary>The write-up, in Markdown.</summary>
    [Id(2)] public string? Body { get; init; }

    [Id(3)] public CaseSubject Subject { get; init; }

    /// <summary>申报单位 / 实施单位.</summary>
    [Id(4)] public string? Organisation { get; init; }

    [Id(5)] public string? ContactName { get; init; }

    /// <summary>联系方式: mobile number.</summary>
    [Id(6)] public string? ContactPhone { get; init; }

    [Id(7)] public string? ContactEmail { get; init; }

    [Id(8)] public string? Province { get; init; }

    [Id(9)] public string? City { get; init; }

    [Id(10)] public IReadOnlyList<string> Industries { get; init; } = [];

    [Id(11)] public IReadOnlyList<string> Domains { get; init; } = [];

    [Id(12)] public IReadOnlyList<string> Technologies { get; init; } = [];

    /// <summary>Application scenes (设备管理优化, …).</summary>
    [Id(13)] public IReadOnlyList<string> Scenes { get; init; } = [];

    /// <summary>Program, class or direction codes (申报方向).</summary>
    [Id(14)] public IReadOnlyList<string> Programs { get; init; } = [];

    /// <summary>The year the case was selected or written up.</summary>
    [Id(15)] public int? Year { get; init; }

    [Id(16)] public IReadOnlyList<CaseMetric> Metrics { get; init; } = [];

    [Id(17)] public CaseLinks Links { get; init; } = CaseLinks.None;

    /// <summary>Cover and gallery; kept with each revision, so a published revision keeps its pictures while the next is edited.</summary>
    [Id(18)] public PictureSet Pictures { get; init; } = PictureSet.None;

    /// <summary>The title, summary and body in English, for international readers and the bilingual book.</summary>
    [Id(19)] public EnglishText English { get; init; } = EnglishText.None;

    public static CaseContent Empty { get; } = new();

    /// <summary>Value equality over the lists too, so an edit that changes nothing is recognised as such.</summary>
    public bool Equals(CaseContent? other) =>
        other is not null
        && (Title, Summary, Body, Subject, Organisation, ContactName, ContactPhone, ContactEmail, Province, City, Year, Links.Factory, Links.PilotZone)
            == (other.Title, other.Summary, other.Body, other.Subject, other.Organisation, other.ContactName, other.ContactPhone, other.ContactEmail, other.Province, other.City, other.Year, other.Links.Factory, other.Links.PilotZone)
        && Industries.SequenceEqual(other.Industries) && Domains.SequenceEqual(other.Domains)
        && Technologies.SequenceEqual(other.Technologies) && Scenes.SequenceEqual(other.Scenes)
        && Programs.SequenceEqual(other.Programs) && Metrics.SequenceEqual(other.Metrics)
        && Links.Providers.SequenceEqual(other.Links.Providers) && Links.Scenarios.SequenceEqual(other.Links.Scenarios)
        && Pictures.Equals(other.Pictures) && English.Equals(other.English);

    public override int GetHashCode() => HashCode.Combine(Title, Summary, Body, Organisation);
}
