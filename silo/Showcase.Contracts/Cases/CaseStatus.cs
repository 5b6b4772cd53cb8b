namespace Showcase.Cases;

/// <summary>Where a case's latest revision stands. Only a published revision is public.</summary>
public enum CaseStatus
{
    /// <summary>草稿: being written; a revision of a published case keeps the published one public meanwhile.</summary>
    Draft,

    /// <summary>审核中: submitted, waiting for a curator.</summary>
    InReview,

    /// <summary>已发布.</summary>
    Published,

    /// <summary>已撤回: taken out of the catalog by a curator, with the reason.</summary>
    Withdrawn,
}
