using Microsoft.AspNetCore.Http;
using Showcase.Common;
using Showcase.Files;
using Showcase.Tenancy;

namespace Showcase.Api.Files;

/// <summary>
/// Documents attached to bids and applications: kept under a new id with their owner (<c>bid/{challenge}/{provider}</c>,
/// …) and the name they were uploaded with, only when their bytes are a PDF, Word or Excel file; named in a mutation
/// by id, and then only for the owner they were uploaded for.
/// </summary>
public static class Attachments
{
    public const int MaxBytes = 20 * 1024 * 1024;

    /// <summary>What a page's file input offers: the types kept (the bytes decide).</summary>
    public const string Accept = ".pdf,.docx,.xlsx,application/pdf,application/vnd.openxmlformats-officedocument.wordprocessingml.document,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private const int NameMax = 100;

    /// <summary>Checks and keeps an uploaded document; refused with <c>UNSUPPORTED_FILE</c> or <c>FILE_TOO_LARGE</c>, naming <paramref name="field"/>.</summary>
    public static async Task<Attachment> KeepAsync(
        IFileStore files, TenantId tenant, string owner, IFormFile upload, string? uploadedBy, string field, CancellationToken cancellationToken)
    {
        var bytes = await UploadedFiles.ReadAsync(upload, MaxBytes, field, cancellationToken);
        var type = FileKinds.DocumentType(bytes)
            ?? throw new DomainException(ErrorCodes.UnsupportedFile,
                Sentence.Of("NotAnOfficeFile", upload.FileName), field);
        var name = NameOf(upload.FileName);
        var id = EntityId.New();
        await files.SaveAsync(tenant, id, new StoredFile(type, bytes, owner, name, uploadedBy), cancellationToken);
        return new Attachment(id, name, type, bytes.LongLength);
    }

    /// <summary>
    /// The attachments <paramref name="named"/> by id, each described by the kept file it names (its bytes are not read); <c>NOT_FOUND</c> (naming
    /// <paramref name="field"/>) for an id never uploaded for <paramref name="owner"/>.
    /// </summary>
    public static async Task<IReadOnlyList<Attachment>> ResolveAsync(
        IFileStore files, TenantId tenant, string owner, IReadOnlyList<Attachment> named, string field, CancellationToken cancellationToken)
    {
        var kept = (await UploadedForAsync(files, tenant, owner, named.Select(a => a.Id), cancellationToken)).ToDictionary(a => a.Id);
        var resolved = new List<Attachment>();
        var errors = new List<DomainError>();
        foreach (var attachment in named)
        {
            if (kept.TryGetValue(attachment.Id, out var file))
            {
                resolved.Add(file);
            }
            else
            {
                errors.Add(new DomainError(ErrorCodes.NotFound, Sentence.Of("NoSuchAttachment", attachment.Id), field));
            }
        }

        DomainException.ThrowIfAny(errors);
        return resolved;
    }

    /// <summary>
    /// The documents of <paramref name="ids"/> kept for <paramref name="owner"/>, each once, described without reading
    /// them (name, type, size); ids of files kept for anything else are left out, so no other name is revealed.
    /// </summary>
    public static async Task<IReadOnlyList<Attachment>> UploadedForAsync(
        IFileStore files, TenantId tenant, string owner, IEnumerable<EntityId> ids, CancellationToken cancellationToken)
    {
        var kept = new List<Attachment>();
        foreach (var id in ids.Distinct())
        {
            if (await files.DescribeAsync(tenant, id, cancellationToken) is { } file && file.Owner == owner)
            {
                kept.Add(new Attachment(id, file.Name ?? id.Value, file.ContentType, file.Size));
            }
        }

        return kept;
    }

    /// <summary>The name shown and offered on download: the uploaded file's own name without any folder, at most 100 characters.</summary>
    private static string NameOf(string fileName)
    {
        var name = Path.GetFileName(fileName.Replace('\\', '/')).Trim();
        name = string.Concat(name.Where(c => !char.IsControl(c)));
        if (name.Length == 0)
        {
            return "附件";
        }

        var extension = Path.GetExtension(name);
        return name.Length <= NameMax ? name : name[..(NameMax - extension.Length)] + extension;
    }
}
