using System.Text.Json.Serialization;

namespace Showcase.People;

/// <summary>The kinds of organisation inside a tenant.</summary>
[GenerateSerializer, Alias("showcase.organisation-kind")]
[JsonConverter(typeof(JsonStringEnumConverter<OrganisationKind>))]
public enum OrganisationKind
{
    /// <summary>主办方: the program office, 工信厅, alliance or conference that runs the portal.</summary>
    Organiser = 0,

    /// <summary>企业: a manufacturer that learns from the catalog and posts challenges.</summary>
    Enterprise = 1,

    /// <summary>解决方案供应商: takes up tasks and delivers solutions.</summary>
    Provider = 2,

    /// <summary>推荐单位: a ministry bureau, a local 工信 authority or a central SOE group that recommends applications to programs.</summary>
    Recommender = 3,
}
