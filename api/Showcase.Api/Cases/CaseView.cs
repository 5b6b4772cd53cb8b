using Showcase.Cases;

namespace Showcase.Api.Cases;

/// <summary>
/// A case as the current person may read it: owners and curators (<see cref="IsManaged"/>) read the latest revision,
/// its status note and the contacts; everyone else reads only the published revision.
/// </summary>
public sealed record CaseView(CaseSnapshot Snapshot, CaseContent Content, int ContentRevision, bool IsManaged)
{
    public static CaseView Of(CaseSnapshot snapshot, bool managed) =>
        managed || snapshot.Published is null
            ? new CaseView(snapshot, snapshot.Content, snapshot.Revision, managed)
            : new CaseView(snapshot, snapshot.Published.Content, snapshot.Published.Number, false);

    public string Id => Snapshot.Key.Id.Value;

    /// <summary>What the reader sees as the status: the public sees a published case as published even while a revision is being worked on.</summary>
    public CaseStatus Status => IsManaged ? Snapshot.Status : CaseStatus.Published;
}
