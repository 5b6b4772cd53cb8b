namespace Showcase.Api.Backups;

/// <summary>The installation's whole-data backup, as the host's <c>backup</c> command makes it, for a download.</summary>
public interface IDataBackups
{
    /// <summary>
    /// Whether this installation keeps its data in the embedded data folder that such a backup copies; a PostgreSQL
    /// deployment is backed up with <c>pg_dump</c> instead.
    /// </summary>
    bool Available { get; }

    /// <summary>A new backup; reading its content to the end and disposing it deletes the working copy.</summary>
    Task<BackupDownload> CreateAsync(bool withKeys, CancellationToken cancellationToken);
}

/// <summary>A finished backup: its content, the name to save it under, and its size in bytes.</summary>
public sealed record BackupDownload(Stream Content, string FileName, long Bytes);
