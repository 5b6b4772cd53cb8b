using Showcase.Silo.Backups;

namespace Showcase.Silo.Tenancy.PortalData;

/// <summary>
/// What a portal archive holds, written last into it as <c>manifest.json</c>: the portal, the version that made it,
/// how many states of each kind and files it has, and each entry with its size and SHA-256.
/// </summary>
public sealed record PortalArchiveManifest(
    int Format,
    string MadeBy,
    DateTimeOffset CreatedAt,
    string Tenant,
    string Name,
    IReadOnlyDictionary<string, int> States,
    int Files,
    IReadOnlyList<BackupEntry> Entries)
{
    public const int CurrentFormat = 1;
    public const string FileName = "manifest.json";
    public const string FilesIndex = "files.jsonl";

    public static string StateEntry(string state) => $"state/{state}.jsonl";

    public static string FileEntry(string id) => $"files/{id}";
}

/// <summary>One line of <c>state/{name}.jsonl</c>: a grain's key and its stored state (JSON, history included).</summary>
public sealed record ArchivedState(string Key, System.Text.Json.JsonElement State);

/// <summary>One line of <c>files.jsonl</c>: what is known of a kept file beside its content in <c>files/{id}</c>.</summary>
public sealed record ArchivedFile(string Id, string ContentType, string Owner, string? Name, string? UploadedBy);
