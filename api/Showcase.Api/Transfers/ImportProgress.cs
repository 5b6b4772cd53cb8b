using Showcase.Listings;

namespace Showcase.Api.Transfers;

public enum ImportState
{
    /// <summary>Reading the rows and checking each against the rules; nothing written yet.</summary>
    Checking,

    /// <summary>Every row passed; creating them.</summary>
    Writing,

    /// <summary>All rows are in the catalog.</summary>
    Done,

    /// <summary>The file had problems; nothing was written.</summary>
    Refused,

    /// <summary>Writing failed part-way (the platform, not the file); importing the same file again completes it.</summary>
    Failed,
}

/// <summary>Where an import stands: what a progress page or a polling client shows.</summary>
public sealed record ImportProgress(
    string Id,
    CatalogKind Kind,
    string FileName,
    ImportState State,
    int Total,
    int Checked,
    int Written,
    int Skipped,
    IReadOnlyList<ImportError> Errors,
    DateTimeOffset StartedAt,
    DateTimeOffset? FinishedAt)
{
    public bool IsFinished => State is ImportState.Done or ImportState.Refused or ImportState.Failed;

    /// <summary>0–100: checking is the first half, writing the second.</summary>
    public int Percent => Total == 0 ? (IsFinished ? 100 : 0)
        : State == ImportState.Done ? 100
        : (int)((Checked + (long)Written + Skipped) * 50 / Total);
}
