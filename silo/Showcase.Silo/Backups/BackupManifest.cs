namespace Showcase.Silo.Backups;

/// <summary>
/// What a backup holds, written last into it as <c>manifest.json</c>: the version that made it, the database scripts
/// its database has applied (a restore refuses scripts this binary does not know), and each file with its size and
/// SHA-256 (a restore refuses a file that differs, is missing or is not listed).
/// </summary>
public sealed record BackupManifest(
    int Format,
    string MadeBy,
    DateTimeOffset CreatedAt,
    IReadOnlyList<string> Schema,
    bool KeysIncluded,
    IReadOnlyList<BackupEntry> Entries)
{
    public const int CurrentFormat = 1;
    public const string FileName = "manifest.json";
}

/// <summary>One file of a backup: its path inside it (<c>showcase.db</c>, <c>files/…</c>, <c>keys/…</c>), size and SHA-256 (hex).</summary>
public sealed record BackupEntry(string Path, long Bytes, string Sha256);

/// <summary>A backup cannot be made or restored; the message says why in a sentence for the operator.</summary>
public sealed class BackupException(string message) : Exception(message);
