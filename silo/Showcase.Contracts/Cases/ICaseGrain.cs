using Orleans.Concurrency;
using Showcase.Audit;
using Showcase.Common;
using Showcase.Listings;

namespace Showcase.Cases;

/// <summary>
/// One case (案例): draft → in review → published → withdrawn, with every revision kept. Key <c>{tenant}/{id}</c>.
/// A refused request throws <see cref="DomainException"/> and changes nothing.
/// </summary>
[Alias("showcase.case")]
public interface ICaseGrain : ICatalogEntityGrain
{
    /// <summary>Creates the case as a draft; the same call again (a retry) returns it, other content is <c>ALREADY_EXISTS</c>.</summary>
    [Alias("create-draft")]
    Task<CaseSnapshot> CreateDraftAsync(CaseContent content, Owner owner, Actor by);

    /// <summary>
    /// Creates the case and publishes its first revision in one write, with both steps in its history: what an import
    /// and the first-start seeding do. The same call again returns it; other content is <c>ALREADY_EXISTS</c>.
    /// </summary>
    [Alias("create-published")]
    Task<CaseSnapshot> CreatePublishedAsync(CaseContent content, Owner owner, Actor by);

    /// <summary>Deletes a draft that was never published, for good; deleting one already gone does nothing.</summary>
    [Alias("delete-draft")]
    Task DeleteDraftAsync(Actor by);

    /// <summary>
    /// Saves a new revision. Refused with <c>VERSION_CONFLICT</c> when <paramref name="expectedVersion"/> is not the
    /// stored one. A published case stays public with its published revision until the new one is published; a
    /// submitted or withdrawn case goes back to draft.
    /// </summary>
    [Alias("edit")]
    Task<CaseSnapshot> EditAsync(CaseContent content, int expectedVersion, Actor by);

    /// <summary>Sends the latest revision to the curators; it must be publishable.</summary>
    [Alias("submit")]
    Task<CaseSnapshot> SubmitForReviewAsync(Actor by);

    /// <summary>A curator sends a submitted revision back to its authors with what to change.</summary>
    [Alias("return")]
    Task<CaseSnapshot> ReturnToDraftAsync(string note, Actor by);

    /// <summary>Publishes the latest revision (from review, or directly by a curator). Publishing twice is harmless.</summary>
    [Alias("publish")]
    Task<CaseSnapshot> PublishAsync(Actor by);

    /// <summary>Takes the case out of the catalog, with the reason. Withdrawing twice is harmless.</summary>
    [Alias("withdraw")]
    Task<CaseSnapshot> WithdrawAsync(string reason, Actor by);

    /// <summary>The case, or null when it was never created. Interleaves: returns only what is stored.</summary>
    [Alias("get"), AlwaysInterleave]
    Task<CaseSnapshot?> GetAsync();

    /// <summary>Every revision, oldest first.</summary>
    [Alias("revisions"), ReadOnly]
    Task<IReadOnlyList<CaseRevision>> GetRevisionsAsync();

    /// <summary>One kept revision (1 is the first), or null when there is no such revision.</summary>
    [Alias("revision"), AlwaysInterleave]
    Task<CaseRevision?> GetRevisionAsync(int number);
}
